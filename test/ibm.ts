/**
 * IBM's Equal Access accessibility checker (accessibility-checker-engine), the
 * rules engine of IBM's checker tools, run in the test page beside axe. It
 * walks open shadow roots itself. The engine ships its rules inside ace.js: it
 * makes no network request (a test checks that).
 */

interface AceResult {
  ruleId: string;
  reasonId: string;
  value: [policy: 'VIOLATION' | 'RECOMMENDATION' | 'INFORMATION', outcome: 'PASS' | 'FAIL' | 'POTENTIAL' | 'MANUAL'];
  path: {dom: string};
  message: string;
  snippet: string;
}

interface Ace {
  Checker: new () => {check(node: Node, rulesets: string[]): Promise<{results: AceResult[]}>};
}

const ENGINE = '/node_modules/accessibility-checker-engine/ace.js';

let engine: Promise<Ace> | undefined;

/** ace.js is a classic script that declares `var ace`; run it in a function scope instead of the page's. */
function loadEngine(): Promise<Ace> {
  engine ??= fetch(ENGINE)
    .then((response) => {
      if (!response.ok) throw new Error(`${ENGINE}: ${response.status}`);
      return response.text();
    })
    .then((code) => new Function(`${code}\nreturn ace;`)() as Ace);
  return engine;
}

/** WCAG 2.2 A and AA, IBM's mapping of its rules. */
const RULESET = 'WCAG_2_2';

/**
 * Fails with every definite violation (not the "potential" ones, which ask a
 * person to check) that IBM's engine finds inside `element`, shadow DOM included.
 */
export async function expectNoIbmViolations(element: Element): Promise<void> {
  const ace = await loadEngine();
  const {results} = await new ace.Checker().check(element, [RULESET]);
  const violations = results.filter(({value: [policy, outcome]}) => policy === 'VIOLATION' && outcome === 'FAIL');
  if (violations.length === 0) return;
  const report = violations.map((v) => `${v.ruleId} (${v.reasonId}): ${v.message}\n  ${v.path.dom}\n  ${v.snippet.slice(0, 120)}`);
  throw new Error(`IBM accessibility checker violations:\n${report.join('\n')}`);
}

/** Every result, for tests of the checker itself. */
export async function ibmResults(element: Element): Promise<AceResult[]> {
  const ace = await loadEngine();
  return (await new ace.Checker().check(element, [RULESET])).results;
}
