import {css} from 'lit';

/**
 * The theme comes from the element's `theme` attribute or from the configuration: the element sets
 * the custom state theme-light, theme-dark or theme-auto. The attribute rules stay for browsers
 * without custom states. (A selector list with :state() would be dropped whole by those browsers,
 * hence separate rules.)
 *
 * The defaults that change in the dark theme, for theme="dark" and for theme="auto" in a dark
 * colour scheme. The normal tier is lighter than the light theme's #005eb8 (2.4:1 on the dark
 * surface): #1a73c9 is 3.2:1 against the surface, as a border must be, with white text 4.8:1.
 *
 * --_focus-ring is a single-colour ring for controls that take only an outline (WebKit draws no
 * box-shadow on a native radio): near-black on the light surface (19:1), the focus yellow on the
 * dark one (12.6:1).
 *
 * (Notes live in these JS comments, not in the CSS: a CSS comment ships in the bundle.)
 */
const darkPalette = css`
  color-scheme: dark;
  --_default-text: #f0f4f5;
  --_default-text-muted: #c2ccd1;
  --_default-surface: #1b262e;
  --_default-border: #6b7b85;
  --_default-link: #8cc2ff;
  --_default-highlight: #243847;
  --_default-dot-empty: #4a5961;
  --_default-error: #ff8a80;
  --_default-normal: #1a73c9;
  --_default-focus-ring: var(--_focus);
`;

/**
 * Sizes: spacing is in em and the host's font size defaults to `medium`, the reader's own browser
 * text size, so a site's root size (html { font-size: 62.5% }) never shrinks an element, while
 * the reader's own setting still scales it. The host resets inherited text properties of the page
 * that would reshape the layout, and carries the surface colour as well as the text colour, so a
 * checker reading the host never sees light text on the page's white.
 *
 * Focus: the `:host a:focus` rules outrank each element's own link and disclosure colours (a
 * focused #8cc2ff label on the yellow was 1.5:1 in the dark theme): focused text is always
 * near-black on yellow.
 *
 * Theme tokens and the look every element shares. Each `--dn-*` property has a
 * default here, so a clinic sets only the ones it wants to change.
 */
export const baseStyles = css`
  /* Light palette (default). Every colour a clinic can set is a --dn-* property. */
  :host {
    color-scheme: light;
    --_default-text: #212b32;
    --_default-text-muted: #4c6272;
    --_default-surface: #ffffff;
    --_default-border: #aeb7bd;
    --_default-link: #005eb8;
    --_default-highlight: #e8f1f8;
    --_default-dot-empty: #d8dde0;
    --_default-emergency: #d5281b;
    --_default-urgent: #ffb81c;
    --_default-normal: #005eb8;
    --_default-button: #007f3b;
    --_default-error: #d5281b;
    --_default-focus-ring: #0b0c0c;
  }

  :host([theme='dark']) {
    ${darkPalette}
  }

  :host(:state(theme-dark)) {
    ${darkPalette}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }

    :host(:state(theme-auto)) {
      ${darkPalette}
    }
  }

  :host {
    --_text: var(--dn-color-text, var(--_default-text));
    --_muted: var(--dn-color-text-muted, var(--_default-text-muted));
    --_surface: var(--dn-color-surface, var(--_default-surface));
    --_border: var(--dn-color-border, var(--_default-border));
    --_link: var(--dn-color-link, var(--_default-link));
    --_focus: var(--dn-color-focus, #ffeb3b);
    --_focus-ring: var(--_default-focus-ring);
    --_highlight: var(--dn-color-highlight, var(--_default-highlight));
    --_accent: var(--dn-color-accent, var(--_link));
    --_dot: var(--dn-color-dot, var(--_link));
    --_dot-empty: var(--dn-color-dot-empty, var(--_default-dot-empty));
    --_emergency: var(--dn-color-emergency, var(--_default-emergency));
    --_emergency-text: var(--dn-color-emergency-text, #ffffff);
    --_urgent: var(--dn-color-urgent, var(--_default-urgent));
    --_urgent-text: var(--dn-color-urgent-text, #212b32);
    --_normal: var(--dn-color-normal, var(--_default-normal));
    --_normal-text: var(--dn-color-normal-text, #ffffff);
    --_button: var(--dn-color-button, var(--_default-button));
    --_button-text: var(--dn-color-button-text, #ffffff);
    --_error: var(--dn-color-error, var(--_default-error));
    --_radius: var(--dn-radius, 4px);
    --_space: var(--dn-space, 1em);

    display: block;
    font-family: var(--dn-font-family, inherit);
    font-size: var(--dn-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    font-style: normal;
    font-weight: 400;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }

  :host([hidden]) {
    display: none;
  }

  .root {
    background: var(--_surface);
    color: var(--_text);
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 0.75);
    line-height: 1.3;
  }

  .title {
    font-size: 1.5em;
  }

  ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: 0.25em;
  }

  p {
    margin: 0 0 var(--_space);
  }

  a {
    color: var(--_link);
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }

  :host :is(a, summary):focus {
    outline: 3px solid transparent;
    background: var(--_focus);
    color: #0b0c0c;
    box-shadow:
      0 -2px var(--_focus),
      0 4px #0b0c0c;
    text-decoration: none;
  }

  /* Phone numbers stay whole and left to right inside any sentence. */
  .phone {
    white-space: nowrap;
  }

  .signs > li > ul {
    margin-block: 0.25em 0;
  }

  .sign-note {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }

  /* Warning signs outside <dn-red-flags>: a tier's border, thick for emergency, dashed for urgent. */
  .not-normal {
    border-inline-start: 4px solid var(--_tier-color);
    padding-inline-start: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }

  .not-normal--emergency {
    --_tier-color: var(--_emergency);
    border-inline-start-width: 6px;
  }

  .not-normal--urgent {
    --_tier-color: var(--_urgent);
    border-inline-start-style: dashed;
  }

  .not-normal__heading {
    font-size: 1em;
    margin-block-end: 0.25em;
  }

  :host :is(a, summary):focus * {
    color: #0b0c0c;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  .footer {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .footer p {
    margin-block-end: 0.5em;
  }

  .footer summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    min-height: 24px;
  }

  .footer ol {
    margin: 0.5em 0 0;
    padding-inline-start: 1.5em;
  }

  @media print {
    :host {
      color: #000;
      background: none;
    }
    .root {
      background: none;
    }
    a {
      color: #000;
    }
    .not-normal {
      --_tier-color: #000;
    }
  }
`;
