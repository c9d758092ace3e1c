import {css} from 'lit';

/**
 * Theme tokens and the look every element shares. Each `--dn-*` property has a
 * default here, so a clinic sets only the ones it wants to change.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--dn-font-family, inherit);
    font-size: var(--dn-font-size, 1rem);
    line-height: 1.5;
    color: var(--dn-color-text, #212b32);
    --_surface: var(--dn-color-surface, #ffffff);
    --_border: var(--dn-color-border, #aeb7bd);
    --_muted: var(--dn-color-text-muted, #4c6272);
    --_link: var(--dn-color-link, #005eb8);
    --_focus: var(--dn-color-focus, #ffeb3b);
    --_radius: var(--dn-radius, 4px);
    --_space: var(--dn-space, 1rem);
  }

  :host([hidden]) {
    display: none;
  }

  .root {
    background: var(--_surface);
  }

  h2, h3, h4, h5, h6 {
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

  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid transparent;
    background: var(--_focus);
    color: #0b0c0c;
    box-shadow: 0 -2px var(--_focus), 0 4px #0b0c0c;
    text-decoration: none;
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
    }
    .root {
      background: none;
    }
    a {
      color: #000;
    }
  }
`;
