/**
 * The entry of dist/dn-widgets.classic.js, the bundle for a classic
 * `<script src>` (tag managers, jQuery's $.getScript, optimisation plugins
 * that cannot load a module). It registers every element exactly as the module
 * bundle does and exports nothing: the build wraps it in a function, so it
 * leaves no global name behind. A classic page configures the elements with
 * `<dn-config>` (its attributes, or its `config` property for the whole object).
 */
import './index.js';
