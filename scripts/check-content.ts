/**
 * Validates the whole content tree and prints every problem in every file:
 *   ✘ path:line:col  field  message
 * Exit code 1 when there is any error; warnings alone do not fail.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { messages } from '../src/lib/content/messages.ts';
import { countProblems, formatProblem } from '../src/lib/content/problems.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: '.' },
		today: { type: 'string' },
		quiet: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

if (values.help) {
	console.log(`Kasutus: npm run check [-- --root <kaust>] [--today AAAA-KK-PP] [--quiet]

Kontrollib kõik failid kaustades content/positions, content/units ja content/competencies
ning trükib iga vea kujul "fail:rida:veerg  väli  teade".
  --root    projekti kaust (vaikimisi praegune kaust)
  --today   kuupäev, mille järgi ülevaatuse tähtaegu hinnatakse (vaikimisi täna)
  --quiet   ära trüki hoiatusi, ainult vead`);
	process.exit(0);
}

const started = performance.now();
const { problems, fileCount } = loadContent({ root: resolve(values.root), today: values.today });
const { errors, warnings } = countProblems(problems);
for (const problem of problems) {
	if (values.quiet && problem.severity === 'warning') continue;
	console.log(formatProblem(problem));
}
if (problems.length > 0) console.log('');
console.log(messages.summary(errors, warnings, fileCount) + ` (${Math.round(performance.now() - started)} ms)`);
if (errors > 0) {
	console.log(messages.howToFix());
	process.exitCode = 1;
}
