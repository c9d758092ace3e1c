// Fails when a translation is missing or stale, or when the generated locale
// modules are out of date with locales/*.xlf. Fix with `npm run localize`,
// then translate what it reports.
import {execFileSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';

const watched = [
  ...readdirSync('locales').filter((f) => f.endsWith('.xlf')).map((f) => `locales/${f}`),
  ...readdirSync('src/generated/locales').map((f) => `src/generated/locales/${f}`),
  'src/generated/locale-codes.ts',
];
const snapshot = () => new Map(watched.map((file) => [file, readFileSync(file, 'utf8')]));

const before = snapshot();
const run = (args) => execFileSync('npx', ['lit-localize', ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
run(['extract']);
const buildOutput = run(['build']);
const after = snapshot();

const problems = [];
for (const [file, text] of before) {
  if (after.get(file) !== text) problems.push(`${file} was out of date with the source messages (now regenerated: review and commit it)`);
}
for (const line of buildOutput.split('\n')) {
  if (/missing/i.test(line)) problems.push(line.trim());
}
for (const file of watched.filter((f) => f.endsWith('.xlf'))) {
  const units = readFileSync(file, 'utf8').match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
  for (const unit of units) {
    if (!unit.includes('<target')) problems.push(`${file}: ${unit.match(/id="([^"]+)"/)[1]} has no translation`);
  }
}

if (problems.length > 0) {
  console.error(`Translations are not complete:\n- ${[...new Set(problems)].join('\n- ')}`);
  process.exit(1);
}
console.log(`Translations complete: ${watched.filter((f) => f.endsWith('.xlf')).join(', ')}`);
