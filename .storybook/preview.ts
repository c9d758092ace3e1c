import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import {supportedRegions} from '../src/content/regions.js';
import {allLocales} from '../src/generated/locale-codes.js';

// Autodocs tables (attributes, properties, events, slots, parts, CSS properties) come from the manifest.
setCustomElementsManifest(manifest);

const choices = (name: string, values: readonly string[]) => [
  {value: '', title: `${name}: as in the story`},
  ...values.map((value) => ({value, title: `${name}: ${value}`})),
];

/** Applies the toolbar's language, region, theme and direction to the story's element. */
const withToolbarGlobals: Decorator = (story, {globals}) => {
  const element = story() as HTMLElement;
  if (globals.locale) element.setAttribute('lang', globals.locale);
  if (globals.region && element.localName === 'dn-red-flags') element.setAttribute('region', globals.region);
  if (globals.theme) element.setAttribute('theme', globals.theme);
  const frame = document.createElement('div');
  if (globals.dir) frame.dir = globals.dir;
  if (element.getAttribute('theme') === 'dark') frame.style.background = '#11181d';
  frame.append(element);
  return frame;
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    a11y: {test: 'error'},
  },
  globalTypes: {
    locale: {
      description: 'Language of the elements',
      toolbar: {title: 'Language', icon: 'globe', items: choices('Language', allLocales), dynamicTitle: true},
    },
    region: {
      description: 'Region of <dn-red-flags>',
      toolbar: {title: 'Region', icon: 'location', items: choices('Region', supportedRegions), dynamicTitle: true},
    },
    theme: {
      description: 'Theme',
      toolbar: {title: 'Theme', icon: 'contrast', items: choices('Theme', ['light', 'dark', 'auto']), dynamicTitle: true},
    },
    dir: {
      description: 'Text direction of the page',
      toolbar: {title: 'Direction', icon: 'transfer', items: choices('Direction', ['ltr', 'rtl']), dynamicTitle: true},
    },
  },
  initialGlobals: {locale: '', region: '', theme: '', dir: ''},
  decorators: [withToolbarGlobals],
};

export default preview;
