import {css} from 'lit';

export const aftercareStyles = css`
  .now {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_highlight);
    margin-block-end: var(--_space);
  }

  .now p {
    margin: 0;
  }

  .now p + p {
    margin-block-start: 0.5em;
  }

  .lists {
    display: grid;
    gap: 0 calc(var(--_space) * 2);
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
  }

  .timeline {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }

  .stage {
    position: relative;
    padding-inline-start: calc(var(--_space) * 1.75);
    padding-block-end: var(--_space);
  }

  .stage::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.4rem;
    inset-block: 0.35rem 0;
    border-inline-start: 2px solid var(--_border);
  }

  .stage::after {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.35rem;
    inline-size: 0.9rem;
    block-size: 0.9rem;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    background: var(--_surface);
    box-sizing: border-box;
  }

  .stage:last-child::before {
    display: none;
  }

  .stage[aria-current='step']::after {
    background: var(--_accent);
  }

  .stage__title {
    font-size: 1em;
    font-weight: 700;
    margin: 0;
  }

  .stage__text {
    margin: 0.25em 0 0;
  }

  .you-are-here {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-size: 0.85em;
    font-weight: 700;
  }

  @media print {
    .now {
      background: none;
      border-color: #000;
    }
    .stage::after {
      border-color: #000;
    }
    .stage[aria-current='step']::after {
      background: #000;
    }
  }
`;
