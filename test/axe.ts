import 'axe-core/axe.min.js';
import type {AxeResults, RunOptions} from 'axe-core';

const axe = (window as unknown as {axe: {run(context: Element, options: RunOptions): Promise<AxeResults>}}).axe;

const WCAG_22_A_AA: RunOptions = {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']},
  // WCAG 2.2's target size (2.5.8) is off by default in axe.
  rules: {'target-size': {enabled: true}},
  resultTypes: ['violations'],
};

/** Fails with every violation of WCAG 2.2 A and AA (and axe's best practices) inside `element`. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const {violations} = await axe.run(element, WCAG_22_A_AA);
  if (violations.length === 0) return;
  const report = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.html.slice(0, 120)).join('\n  ')}`);
  throw new Error(`Accessibility violations:\n${report.join('\n')}`);
}
