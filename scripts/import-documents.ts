/**
 * Converts existing job descriptions into content files:
 *   npm run import -- [--out <dir>] [--dry-run] [--force] [--title <t>] [--unit <u>] <file or folder…>
 * Inputs: .txt (text extracted from the signed PDFs), .docx, text-layer .pdf, or folders of them; a
 * directive with several annexes gives one file per annex. Output:
 * content/positions/<osakond>/<id>.md under --out (default: the project root). Prints one line per
 * file with what needs attention, then a summary table; exit code 1 when any file needs attention.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { IsoDateSchema } from '../schemas/shared.ts';
import { importMessages } from '../src/lib/import/messages.ts';
import { formatOutcome, formatSummary, formatTable } from '../src/lib/import/report.ts';
import { runImport } from '../src/lib/import/run.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

function fail(message: string): never {
	console.error(`✘ ${message}`);
	process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
	return parseArgs({
		allowPositionals: true,
		options: {
			out: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
			today: { type: 'string' },
			title: { type: 'string' },
			unit: { type: 'string' },
		},
	});
}
try {
	parsed = parse();
} catch (error) {
	// parseArgs explains in English; the user gets Estonian with the offending option.
	const { code, message } = error as NodeJS.ErrnoException;
	const option = /'(-{1,2}[^'\s]+)/u.exec(message)?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') fail(importMessages.unknownOption(option));
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
		fail(importMessages.optionValueMissing(option));
	fail(importMessages.badArguments());
}
const { values, positionals } = parsed;

if (values.help) {
	console.log(importMessages.usage());
	process.exit(0);
}
if (positionals.length === 0) fail(importMessages.noFiles());
if (values.today !== undefined && !IsoDateSchema.safeParse(values.today).success)
	fail(importMessages.badToday(values.today));

// npm runs scripts in the project root; paths the user typed are relative to where they typed them.
const cwd = process.env.INIT_CWD ?? process.cwd();
const interactive = process.stdout.isTTY === true;
const { outcomes, exitCode } = await runImport({
	inputs: positionals,
	cwd,
	root: projectRoot,
	out: values.out === undefined ? projectRoot : resolve(cwd, values.out),
	dryRun: values['dry-run'],
	force: values.force,
	...(values.today === undefined ? {} : { today: values.today }),
	...(values.title === undefined ? {} : { title: values.title }),
	...(values.unit === undefined ? {} : { unit: values.unit }),
	// On a terminal a transient progress line; piped output gets one line per file.
	onStart: (input, index, total) =>
		interactive
			? process.stdout.write(`\r\x1b[K[${index + 1}/${total}] ${input} …`)
			: console.log(`[${index + 1}/${total}] ${input}`),
});
if (interactive) process.stdout.write('\r\x1b[K');

for (const outcome of outcomes) {
	for (const line of formatOutcome(outcome)) console.log(line);
	if (values['dry-run'] && outcome.imported) {
		console.log(
			`\n----- ${outcome.imported.path} -----\n${outcome.imported.markdown}----- lõpp -----\n`,
		);
	}
}
console.log('');
for (const line of formatTable(outcomes)) console.log(line);
console.log('');
for (const line of formatSummary(outcomes)) console.log(line);
process.exitCode = exitCode;
