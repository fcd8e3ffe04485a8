/** The command line of `npm run bench`. */
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export type Target = 'ours' | 'baseline';

export interface BenchOptions {
	sizes: number[];
	runs: number;
	seed: number;
	checkCount: number;
	skipCheck: boolean;
	targets: readonly Target[];
	keep: boolean;
	out: string;
}

const USAGE = `Usage: npm run bench [-- --sizes 500,2000] [--full] [--runs K] [--seed S] [--only ours|baseline]

Generates a corpus per size, builds this site and the baseline (bench/baseline/) against it in a
temporary directory, and writes bench/runs/<date>-<machine>.md (and .json).
  --sizes        corpus sizes in positions (default 500,2000,5000)
  --full         add 20,000 to the default sizes
  --runs         builds per size and site; the table shows medians (default 1)
  --seed         corpus seed (default 1)
  --check-count  positions for the separate "npm run check" timing (default 10000)
  --skip-check   skip that timing
  --only         build only "ours" or only "baseline"
  --keep         keep the temporary directory (corpora, dist/, build logs)
  --out          results folder (default bench/runs, not committed)`;

function readArgs(projectRoot: string) {
	try {
		return parseArgs({
			options: {
				sizes: { type: 'string' },
				full: { type: 'boolean', default: false },
				runs: { type: 'string', default: '1' },
				seed: { type: 'string', default: '1' },
				'check-count': { type: 'string', default: '10000' },
				'skip-check': { type: 'boolean', default: false },
				only: { type: 'string' },
				keep: { type: 'boolean', default: false },
				out: { type: 'string', default: join(projectRoot, 'bench', 'runs') },
				help: { type: 'boolean', short: 'h', default: false },
			},
		}).values;
	} catch (error) {
		console.log(`✘ ${(error as Error).message}\nSee: npm run bench -- --help`);
		process.exit(2);
	}
}

/** Reads the command line; prints the help or every problem and exits, as the other scripts do. */
export function readOptions(projectRoot: string): BenchOptions {
	const values = readArgs(projectRoot);
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	const sizes = (values.sizes ?? (values.full ? '500,2000,5000,20000' : '500,2000,5000'))
		.split(',')
		.map((s) => Number(s.trim().replace(/_/g, '')));
	const runs = Number(values.runs);
	const seed = Number(values.seed);
	const checkCount = Number(values['check-count']);
	const targets =
		values.only === undefined ? (['ours', 'baseline'] as const) : ([values.only] as Target[]);
	const bad = [
		...sizes
			.filter((n) => !Number.isInteger(n) || n < 1)
			.map((n) => `--sizes: "${n}" is not a positive whole number`),
		...(!Number.isInteger(runs) || runs < 1
			? [`--runs: "${values.runs}" is not a positive whole number`]
			: []),
		...(!Number.isInteger(seed) ? [`--seed: "${values.seed}" is not a whole number`] : []),
		...(!Number.isInteger(checkCount) || checkCount < 1
			? [`--check-count: "${values['check-count']}" is not a positive whole number`]
			: []),
		...(targets.some((t) => t !== 'ours' && t !== 'baseline')
			? [`--only: "${values.only}" must be ours or baseline`]
			: []),
	];
	if (bad.length > 0) {
		for (const message of bad) console.log(`✘ ${message}`);
		console.log('See: npm run bench -- --help');
		process.exit(1);
	}
	return {
		sizes,
		runs,
		seed,
		checkCount,
		skipCheck: values['skip-check'],
		targets,
		keep: values.keep,
		out: values.out,
	};
}
