// `npm run size -- --readme` and `npm run bench -- --readme` write their
// latest figures into README.md between <!-- name --> and <!-- /name -->,
// replacing the previous run's: the README never keeps older figures.
import {readFileSync, writeFileSync} from 'node:fs';

export const wantsReadme = process.argv.includes('--readme');

export function replaceReadmeSection(name, markdown) {
  const readme = readFileSync('README.md', 'utf8');
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
  writeFileSync('README.md', `${readme.slice(0, from + start.length)}\n${markdown.trim()}\n${readme.slice(to)}`);
  console.log(`\nREADME.md: the ${name} section now shows this run.`);
}
