// How the fallback is compared with the element it stands in for, in the
// browser tests and in the WordPress end-to-end test. `textBlocks` must stay
// self-contained (no imports, no outer names): the end-to-end test sends its
// source text to the page.

/**
 * The text of every block in `root` (a fallback, or an element's shadow root):
 * each heading, paragraph, list item, term, description, legend and summary,
 * with its own text only (not that of blocks inside it), white space folded.
 * Text in style, script and svg is not text a reader sees; blocks inside
 * `skip` (a selector) are left out.
 */
export function textBlocks(root, skip) {
  const BLOCK = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, legend, summary';
  const blocks = new Map();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style, script, svg')) continue;
    if (skip && parent.closest(skip)) continue;
    const block = parent.closest(BLOCK);
    if (!block || !(root.contains ? root.contains(block) : true)) continue;
    blocks.set(block, (blocks.get(block) ?? '') + node.data);
  }
  return [...blocks]
    .map(([block, text]) => ({
      tag: block.localName,
      sign: block.getAttribute('data-sign') ?? undefined,
      text: text.replace(/\s+/g, ' ').trim(),
    }))
    .filter((block) => block.text !== '');
}
