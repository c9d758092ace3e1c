/** Registers every dn-widgets element; import a single element from "dn-widgets/<name>.js" instead to ship less. */
export {DnRedFlags} from './elements/red-flags.js';
export {DnElement} from './base/dn-element.js';
