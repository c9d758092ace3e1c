/** Estimated syllables in an English word (the usual vowel-group heuristic). */
export function syllables(word: string): number {
  let letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return 1; // a number or symbol is read as about one syllable
  if (letters.length <= 3) return 1;
  letters = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, letters.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

export interface Readability {
  grade: number;
  words: number;
  sentences: number;
}

/** Flesch-Kincaid grade of text blocks; each block ends a sentence even without a full stop. */
export function fleschKincaid(blocks: readonly string[]): Readability {
  const sentences = blocks.flatMap((block) => block.split(/(?<=[.!?:])\s+/)).filter((s) => /[a-z0-9]/i.test(s));
  const words = sentences.flatMap((sentence) => sentence.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)));
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  const grade = 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
  return {grade: Math.round(grade * 10) / 10, words: words.length, sentences: sentences.length};
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, summary';

/**
 * The text blocks a patient reads in an element: headings, paragraphs, list
 * items and disclosure labels, each without the blocks nested inside it.
 * Citations are left out: they are titles of published works.
 */
export function patientTextBlocks(root: ParentNode): string[] {
  return [...root.querySelectorAll(BLOCKS)]
    .filter((block) => !block.closest('[data-citations]'))
    .map((block) => {
      const copy = block.cloneNode(true) as Element;
      copy.querySelectorAll(BLOCKS).forEach((nested) => nested.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    })
    .filter(Boolean);
}
