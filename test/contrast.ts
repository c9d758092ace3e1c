/** WCAG 2 contrast, computed from what the browser renders. */

type Rgba = [number, number, number, number];

export function parseColor(value: string): Rgba | undefined {
  const match = value.match(/rgba?\(([^)]+)\)/);
  if (!match) return undefined;
  const [r, g, b, a = '1'] = match[1].split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

function parentAcrossShadow(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/** The colour behind `element`: its own background and its ancestors', composited, over white. */
export function backgroundOf(element: Element | null): Rgba {
  const layers: Rgba[] = [];
  for (let node = element; node; node = parentAcrossShadow(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color[3] > 0) {
      layers.push(color);
      if (color[3] === 1) break;
    }
  }
  return layers.reverse().reduce<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

export function colorOf(element: Element): Rgba {
  return over(parseColor(getComputedStyle(element).color)!, backgroundOf(element));
}

/** Colours that mark focus on `element`: a visible outline, box-shadows, and a background of its own. */
export function indicatorColors(element: Element): Rgba[] {
  const style = getComputedStyle(element);
  const colors: Rgba[] = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) {
    const outline = parseColor(style.outlineColor);
    if (outline && outline[3] > 0) colors.push(outline);
  }
  for (const match of style.boxShadow.matchAll(/rgba?\([^)]+\)/g)) {
    const shadow = parseColor(match[0]);
    if (shadow && shadow[3] > 0) colors.push(shadow);
  }
  const background = parseColor(style.backgroundColor);
  if (background && background[3] > 0) colors.push(background);
  return colors;
}
