/**
 * Validates the whole content tree and prints every problem in every file:
 *   ✘ path:line:col  field  message
 * Exit code 1 when there is any error; warnings alone do not fail.
 * With --format github the problems are printed as GitHub Actions workflow commands instead, so a
 * pull request shows them as annotations on the changed lines.
 */
import { enableCompileCache } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { messages } from '../src/lib/content/messages.ts';
import {
	countProblems,
	escapeControl,
	formatProblem,
	sortProblems,
	type Problem,
} from '../src/lib/content/problems.ts';
import { touchedFiles } from '../src/lib/content/touched.ts';
import { findPersonalDataInHistory } from '../src/lib/content/history-guard.ts';

const FORMATS = ['text', 'github'] as const;
type Format = (typeof FORMATS)[number];

/** Escapes a workflow command's message (GitHub's rules: %, CR and LF). */
export function escapeGithubData(value: string): string {
	// Other control characters (an ESC sequence in a file's text) are written visibly, as in the text output.
	return escapeControl(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a workflow command property value: the message rules plus ':' and ','. */
export function escapeGithubProperty(value: string): string {
	return escapeGithubData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One problem as a GitHub Actions workflow command:
 *   ::error file=<path>,line=<l>,col=<c>,title=<field>::<message>
 * `file` must be relative to the repository root; problems about a whole file carry no line.
 */
export function formatGithubProblem(problem: Problem, file = problem.file): string {
	const properties = [`file=${escapeGithubProperty(file)}`];
	if (problem.line > 0) {
		properties.push(`line=${problem.line}`, `col=${Math.max(problem.column, 1)}`);
	}
	if (problem.field !== '') properties.push(`title=${escapeGithubProperty(problem.field)}`);
	return `::${problem.severity} ${properties.join(',')}::${escapeGithubData(problem.message)}`;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			root: { type: 'string', default: '.' },
			today: { type: 'string' },
			quiet: { type: 'boolean', default: false },
			base: { type: 'string' },
			format: { type: 'string', default: 'text' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});

	if (values.help) {
		console.log(`Kasutus: npm run check [-- --root <kaust>] [--today AAAA-KK-PP] [--quiet [--base <haru>]] [--format text|github]

Kontrollib kõik failid kaustades content/positions, content/units ja content/competencies
ja otsingu sünonüümide loendi content/search/synonyms.yaml ning trükib iga vea kujul "fail:rida:veerg  väli  teade".
  --root    projekti kaust (vaikimisi praegune kaust)
  --today   kuupäev, mille järgi ülevaatuse tähtaegu hinnatakse (vaikimisi täna)
  --quiet   trüki hoiatused ainult failide kohta, mida muudatus puudutab (git: erinevus
            sihtharuga ja uued failid); vead trükitakse alati kõik
  --base    sihtharu, millega muudatust võrrelda (vaikimisi pull requesti sihtharu
            GitHub Actionsis, muidu main)
  --format  väljundi kuju: text (vaikimisi) või github (GitHub Actionsi märkused
            pull requesti failide juures)`);
		return;
	}
	if (!(FORMATS as readonly string[]).includes(values.format)) {
		console.error(`Tundmatu väljundi kuju "${values.format}". Lubatud: ${FORMATS.join(', ')}.`);
		process.exitCode = 1;
		return;
	}
	const format = values.format as Format;

	const started = performance.now();
	// The parser is loaded only now, after V8's compile cache is on (load-parallel.ts gives it to the threads).
	enableCompileCache();
	const { checkContentParallel } = await import('../src/lib/content/load-parallel.ts');
	const root = resolve(values.root);
	// Large trees are parsed on every core; a few hundred files are parsed in this thread.
	const loaded = await checkContentParallel({ root, today: values.today });
	// The search synonym list HR keeps is content too (src/lib/search/synonyms.ts).
	const { readSynonyms } = await import('../src/lib/search/synonyms.ts');
	const synonyms = readSynonyms(root);
	const fileCount = loaded.fileCount + 1;
	// The site publishes earlier versions and commit subjects too (redacted); HR is told what git still holds.
	const problems = sortProblems([
		...loaded.problems,
		...synonyms.problems,
		...findPersonalDataInHistory(root),
	]);
	const { errors, warnings } = countProblems(problems);
	// Annotations need paths relative to the repository root, which is the working directory in CI.
	const fromCwd = (file: string) =>
		relative(process.cwd(), join(root, file)).split(sep).join('/');
	// --quiet: warnings only for the files this change touched, so a pull request shows its own.
	const touched = values.quiet ? touchedFiles(root, values.base) : undefined;
	const shown = problems.filter(
		(problem) =>
			!values.quiet ||
			problem.severity === 'error' ||
			(touched?.files.has(problem.file) ?? false),
	);
	// One console.log for all of them (the empty line after them included): one per problem took
	// 0.17-0.36 s of the check's profile with 7,000 warnings.
	const lines = shown.map((problem) =>
		format === 'github'
			? formatGithubProblem(problem, fromCwd(problem.file))
			: formatProblem(problem),
	);
	if (lines.length > 0) console.log(`${lines.join('\n')}\n`);
	console.log(
		messages.summary(errors, warnings, fileCount) +
			` (${Math.round(performance.now() - started)} ms)`,
	);
	const hidden = problems.length - shown.length;
	if (hidden > 0)
		console.log(
			touched
				? messages.warningsHidden(hidden, touched.base)
				: messages.warningsHiddenNoGit(hidden),
		);
	if (errors > 0) {
		console.log(messages.howToFix());
		process.exitCode = 1;
	}
}

if (import.meta.main) await main();
