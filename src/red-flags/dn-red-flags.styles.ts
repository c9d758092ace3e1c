import {css} from 'lit';

/*
 * Each tier differs by more than colour: emergency has a thick solid border,
 * urgent a dashed one and normal a thin one, so the tiers survive greyscale
 * print and colour blindness.
 */
export const redFlagsStyles = css`
  .tier {
    margin-block-end: var(--_space);
    border: 1px solid var(--_tier-color);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }

  .tier--emergency {
    --_tier-color: var(--_emergency);
    --_tier-text: var(--_emergency-text);
    border-width: 4px;
  }

  .tier--urgent {
    --_tier-color: var(--_urgent);
    --_tier-text: var(--_urgent-text);
    border-width: 4px;
    border-style: dashed;
  }

  .tier--normal {
    --_tier-color: var(--_normal);
    --_tier-text: var(--_normal-text);
  }

  .tier__heading {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_tier-color);
    color: var(--_tier-text);
    font-size: 1.2em;
  }

  .tier__body {
    padding: var(--_space) var(--_space) 0;
  }

  .call {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 700;
    font-size: 1.1em;
  }

  .tier--emergency .call {
    background: var(--_emergency);
    border-color: var(--_emergency);
    color: var(--_emergency-text);
  }

  .tier--emergency .call:focus {
    background: var(--_focus);
    color: #0b0c0c;
  }

  @media print {
    .tier {
      --_tier-color: #000;
      --_tier-text: #000;
      break-inside: avoid;
    }
    .tier--emergency {
      border-width: 6px;
    }
    .tier__heading {
      background: none;
      border-block-end: 1px solid #000;
    }
    .tier--emergency .call {
      background: none;
      color: #000;
    }
  }

  @media (forced-colors: active) {
    .tier__heading {
      border-block-end: 1px solid CanvasText;
    }
  }
`;
