import {css} from 'lit';

export const whatToExpectStyles = css`
  .lead {
    font-size: 1.1em;
  }

  .section {
    margin-block-end: calc(var(--_space) * 1.25);
  }

  .section__heading {
    font-size: 1.2em;
  }

  .book {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    box-sizing: border-box;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    background: var(--_button);
    color: var(--_button-text);
    font-weight: 700;
    text-decoration: none;
  }

  @media print {
    .section {
      break-inside: avoid;
    }
    .book {
      background: none;
      color: #000;
      border: 2px solid #000;
    }
  }
`;
