import {css} from 'lit';

export const sideEffectsStyles = css`
  .lead {
    font-size: 1.1em;
  }

  .section {
    margin-block-end: calc(var(--_space) * 1.5);
  }

  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block-end: calc(var(--_space) * 0.5);
    background: var(--_surface);
  }

  .item summary {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    min-height: 44px;
    box-sizing: border-box;
    padding: 0.6em var(--_space);
    cursor: pointer;
    color: var(--_link);
  }

  /* A chevron that points to the name when closed and down when open: the state is visible, not only announced. */
  .item summary::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.25em;
    border: solid currentColor;
    border-width: 0 0.18em 0.18em 0;
    transform: translateY(-0.1em) rotate(-45deg);
  }

  :dir(rtl) .item summary::before {
    transform: translateY(-0.1em) rotate(135deg);
  }

  .item details[open] > summary::before {
    transform: translateY(-0.25em) rotate(45deg);
  }

  .item summary:hover .item__name {
    text-decoration-thickness: 3px;
  }

  .item__name {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .item__figure {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .item__body {
    padding: 0 var(--_space) var(--_space);
  }

  .label {
    font-size: 1em;
    font-weight: 700;
    margin-block-end: 0.25em;
  }

  .frequency {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }

  .frequency p {
    margin: 0;
  }

  .summary-list {
    margin: 0 0 var(--_space);
  }

  .summary-item {
    margin-block-end: 0.75em;
  }

  .summary-item dt {
    font-weight: 700;
  }

  .summary-item dd {
    margin: 0;
  }

  .rare-event {
    margin-block-end: var(--_space);
  }

  @media print {
    .item {
      break-inside: avoid;
    }
    .item summary {
      color: #000;
    }
    .item summary::marker {
      content: '';
    }
  }
`;
