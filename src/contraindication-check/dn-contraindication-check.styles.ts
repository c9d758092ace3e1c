import {css} from 'lit';

/*
 * .focus-ring is a two-tone ring for what the element moves focus to (a question, the error
 * summary, Check your answers, the result, the Start again question): the yellow is 12.6:1 on the
 * dark surface, the near-black 19:1 on the light one. Radios are at least 24 px, the target size,
 * whatever the site's root font size. (Notes here, not in the CSS, which ships as written.)
 */

export const contraindicationCheckStyles = css`
  .intro {
    margin-block-end: var(--_space);
  }

  .question {
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .focus-ring:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px #0b0c0c;
  }

  .question--error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: var(--_space);
  }

  .question__legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: 700;
    font-size: 1.1em;
  }

  .progress {
    display: block;
    color: var(--_muted);
    margin-block-end: 0.25em;
  }

  .radios {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }

  .radio {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 44px;
  }

  .radio input {
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    margin: 0;
    accent-color: var(--_normal);
  }

  .radio input:focus {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_focus);
  }

  .radio label {
    cursor: pointer;
  }

  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-block-end: 0.5em;
  }

  .error-summary {
    border: 4px solid var(--_error);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }

  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .error-summary a {
    display: inline-block;
    min-block-size: 24px;
    color: var(--_error);
    font-weight: 700;
  }

  .error-summary a:focus {
    color: #0b0c0c;
  }

  .check__list {
    margin: 0 0 var(--_space);
  }

  .check__row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.25em 1em;
    align-items: baseline;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--_border);
  }

  .check__row dt {
    grid-column: 1 / -1;
    font-weight: 700;
  }

  .check__row dd {
    margin: 0;
  }

  .check__row a {
    display: inline-block;
    min-block-size: 24px;
  }

  .confirm {
    margin-block-start: var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_text);
  }

  .confirm p {
    font-weight: 700;
  }

  .result {
    border: 1px solid var(--_result-color);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block: var(--_space);
  }

  .result--stop {
    --_result-color: var(--_emergency);
    border-width: 4px;
    border-inline-start-width: 8px;
  }

  .result--discuss {
    --_result-color: var(--_urgent);
    border-style: dashed;
    border-inline-start-style: solid;
  }

  .result--clear {
    --_result-color: var(--_normal);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: var(--_space);
  }

  button {
    font: inherit;
    min-block-size: 44px;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_button);
    background: var(--_button);
    color: var(--_button-text);
    font-weight: 700;
    cursor: pointer;
  }

  button.secondary {
    background: var(--_surface);
    color: var(--_text);
  }

  button:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px #0b0c0c;
  }

  button:disabled,
  input:disabled + label {
    opacity: 0.55;
    cursor: not-allowed;
  }

  .privacy {
    color: var(--_muted);
  }

  .print-only {
    display: none;
  }

  .print-only table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block-end: var(--_space);
  }

  .print-only th,
  .print-only td {
    border: 1px solid #000;
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }

  @media print {
    .interactive {
      display: none;
    }
    .print-only {
      display: block;
    }
  }
`;
