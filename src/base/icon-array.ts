import {css, svg, type SVGTemplateResult} from 'lit';

const COLUMNS = 10;
/** A cell's size in the grid's units; the dot patterns below are drawn for it. */
const CELL = 10;

/**
 * Cells `from` (inclusive) to `to` (exclusive) of the 10 × 10 grid, row by
 * row, as one path of as few rectangles as possible: one attribute for the
 * whole layer rather than an element per run of dots.
 */
function cellsPath(from: number, to: number): string {
  let path = '';
  const rect = (column: number, row: number, columns: number, rows: number) =>
    (path += `M${column * CELL} ${row * CELL}h${columns * CELL}v${rows * CELL}h${-columns * CELL}z`);
  let cell = from;
  while (cell < to) {
    const row = Math.floor(cell / COLUMNS);
    const column = cell % COLUMNS;
    const fullRows = column === 0 ? Math.floor((to - cell) / COLUMNS) : 0;
    if (fullRows > 0) {
      rect(0, row, COLUMNS, fullRows);
      cell += fullRows * COLUMNS;
    } else {
      const count = Math.min(to - cell, COLUMNS - column);
      rect(column, row, count, 1);
      cell += count;
    }
  }
  return path;
}

/** The dot patterns every icon array of an element uses; render once per shadow root. */
export function renderIconArrayPatterns(): SVGTemplateResult {
  return svg`
    <svg class="icon-array-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="dot-empty" width="10" height="10" patternUnits="userSpaceOnUse">
          <circle cx="5" cy="5" r="3.2" class="dot dot--empty"></circle>
        </pattern>
        <pattern id="dot-full" width="10" height="10" patternUnits="userSpaceOnUse">
          <circle cx="5" cy="5" r="3.6" class="dot dot--full"></circle>
        </pattern>
        <pattern id="dot-range" width="10" height="10" patternUnits="userSpaceOnUse">
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
      <path d=${cellsPath(0, 100)} fill="url(#dot-empty)"></path>
      <path d=${cellsPath(0, low)} fill="url(#dot-full)"></path>
      <path d=${cellsPath(low, high)} fill="url(#dot-range)"></path>
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
