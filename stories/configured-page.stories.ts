import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/index.js';
import {asElement} from './story.js';

/**
 * A clinic page configured once: a <dn-config> around every element gives
 * them the same region, clinic contact, theme, reviewer and e-stim setting.
 */
export default {
  title: 'Configuration/Configured page',
  parameters: {layout: 'padded'},
} satisfies Meta;

const page = (theme: string) =>
  html`<dn-config
    region="GB"
    clinic-name="Riverside Physio"
    clinic-phone="020 7946 0000"
    after-hours="Out of hours, leave a message and we call you back by 9 am."
    theme=${theme}
    reviewed-by="Dr A. Patel, physiotherapist"
    reviewed-on="2026-11-20"
    e-stim
  >
    <dn-red-flags></dn-red-flags>
    <dn-side-effects variant="summary"></dn-side-effects>
    <dn-aftercare></dn-aftercare>
    <dn-contraindication-check></dn-contraindication-check>
  </dn-config>`;

export const RiversidePhysio: StoryObj = {name: 'Riverside Physio (United Kingdom)', render: () => asElement(page('light'))};
export const RiversidePhysioDark: StoryObj = {name: 'Riverside Physio, dark theme', render: () => asElement(page('dark'))};
