import {css, svg, type SVGTemplateResult} from 'lit';

const COLUMNS = 10;
const CELL = 10;

/** Cells `from` (inclusive) to `to` (exclusive) of the 10 × 10 grid, row by row, as few rects as possible. */
function cells(from: number, to: number, pattern: string): SVGTemplateResult[] {
  const rects: SVGTemplateResult[] = [];
  const rect = (column: number, row: number, columns: number, rows: number) =>
    svg`<rect x=${column * CELL} y=${row * CELL} width=${columns * CELL} height=${rows * CELL} fill="url(#${pattern})"></rect>`;
  let cell = from;
  while (cell < to) {
    const row = Math.floor(cell / COLUMNS);
    const column = cell % COLUMNS;
    const fullRows = column === 0 ? Math.floor((to - cell) / COLUMNS) : 0;
    if (fullRows > 0) {
      rects.push(rect(0, row, COLUMNS, fullRows));
      cell += fullRows * COLUMNS;
    } else {
      const count = Math.min(to - cell, COLUMNS - column);
      rects.push(rect(column, row, count, 1));
      cell += count;
    }
  }
  return rects;
}

/** The dot patterns every icon array of an element uses; render once per shadow root. */
export function renderIconArrayPatterns(): SVGTemplateResult {
  return svg`
    <svg class="icon-array-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="dot-empty" width=${CELL} height=${CELL} patternUnits="userSpaceOnUse">
          <circle cx="5" cy="5" r="3.2" class="dot dot--empty"></circle>
        </pattern>
        <pattern id="dot-full" width=${CELL} height=${CELL} patternUnits="userSpaceOnUse">
          <circle cx="5" cy="5" r="3.6" class="dot dot--full"></circle>
        </pattern>
        <pattern id="dot-range" width=${CELL} height=${CELL} patternUnits="userSpaceOnUse">
          <circle cx="5" cy="5" r="3" class="dot dot--range"></circle>
        </pattern>
      </defs>
    </svg>
  `;
}

/**
 * 100 dots with `low` of them filled, and dots `low` to `high` ringed when
 * the figure is a range. Decorative: the frequency sentence beside it is the
 * text alternative, so screen readers hear the figure once.
 */
export function renderIconArray({low, high}: {low: number; high: number}): SVGTemplateResult {
  return svg`
    <svg class="icon-array" part="icon-array" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      ${cells(0, 100, 'dot-empty')} ${cells(0, low, 'dot-full')} ${cells(low, high, 'dot-range')}
    </svg>
  `;
}

export const iconArrayStyles = css`
  .icon-array-patterns {
    position: absolute;
  }
  .icon-array {
    display: block;
    inline-size: 6.5em;
    block-size: 6.5em;
    flex: none;
  }
  :dir(rtl) .icon-array {
    transform: scaleX(-1);
  }
  .dot--empty {
    fill: var(--_dot-empty);
  }
  .dot--full {
    fill: var(--_dot);
  }
  .dot--range {
    fill: var(--_surface);
    stroke: var(--_dot);
    stroke-width: 1.4;
  }
  @media print {
    .dot--empty {
      fill: #ccc;
    }
    .dot--full {
      fill: #000;
    }
    .dot--range {
      stroke: #000;
    }
  }
  @media (forced-colors: active) {
    .dot--empty {
      fill: GrayText;
    }
    .dot--full {
      fill: CanvasText;
    }
    .dot--range {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
`;
