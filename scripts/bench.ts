/**
 * Build benchmark: for each corpus size, generates a content tree, builds this site and a minimal
 * Astro + Pagefind baseline over the same Markdown, and prints one table with ours/baseline ratios.
 *   npm run bench                      500, 2,000 and 5,000 positions, one run each
 *   npm run bench -- --full            … and 20,000
 *   npm run bench -- --sizes 500,2000 --runs 3
 * Never part of npm test. Results go to bench/runs/<date>-<machine>.md (not committed); see bench/README.md.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism, hostname, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
	buildPhases,
	hasGnuTime,
	routeTimes,
	run,
	type BuildPhases,
	type RouteTime,
	type RunResult,
} from '../bench/lib/measure.ts';
import {
	classifyBaseline,
	classifyOurs,
	median,
	siteStats,
	type PageKind,
	type SiteStats,
} from '../bench/lib/site-stats.ts';
import { generateCorpus, writeCorpus } from '../src/lib/generate/corpus.ts';
import { buildPools } from '../src/lib/generate/pools.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
/** What our site needs besides content/ and node_modules/ to build. */
const PROJECT_FILES = [
	'src',
	'schemas',
	'public',
	'scripts',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];
/** The output and the caches Astro and Vite keep: moved away before every build so each one is cold. */
const CACHES = ['dist', '.dist-builds', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

/**
 * Moves an earlier build's files out of the way instead of deleting them; everything is deleted at the
 * end of the run. These machines' root file system is ext4 without a journal: for some 30 s after many
 * files are deleted, creating a file scans past the deleted inodes (perf: `find_inode_bit` →
 * `recently_deleted`, a fifth of Pagefind's CPU). Deleting dist/ right before a 5,000-position build made
 * it 5–10 s slower, more for the site that writes more files; a build in a fresh clone never pays that.
 */
function discard(path: string, trash: string): void {
	if (!existsSync(path)) return;
	mkdirSync(trash, { recursive: true });
	renameSync(path, join(trash, String(readdirSync(trash).length)));
}

const OPTIONS = {
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
} as const;

function readArgs() {
	try {
		return parseArgs({ options: OPTIONS }).values;
	} catch (error) {
		console.log(`✘ ${(error as Error).message}\nSee: npm run bench -- --help`);
		process.exit(2);
	}
}

const values = readArgs();

if (values.help) {
	console.log(`Usage: npm run bench [-- --sizes 500,2000] [--full] [--runs K] [--seed S] [--only ours|baseline]

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
  --out          results folder (default bench/runs, not committed)`);
	process.exit(0);
}

const sizes = (values.sizes ?? (values.full ? '500,2000,5000,20000' : '500,2000,5000'))
	.split(',')
	.map((s) => Number(s.trim().replace(/_/g, '')));
const runs = Number(values.runs);
const seed = Number(values.seed);
const checkCount = Number(values['check-count']);
const targets =
	values.only === undefined
		? (['ours', 'baseline'] as const)
		: ([values.only] as ('ours' | 'baseline')[]);
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

type Target = 'ours' | 'baseline';

interface RouteSummary {
	kind: PageKind;
	routes: number;
	totalMs: number;
	maxMs: number;
}

interface BuildSample {
	run: number;
	result: Omit<RunResult, 'lines'>;
	phases: BuildPhases;
	/** Render time per page kind, from Astro's per-route log lines. */
	routes: RouteSummary[];
	slowest: RouteTime[];
}

interface SizeResult {
	count: number;
	files: number;
	corpusBytes: number;
	generateMs: number;
	validation?: {
		wallMs: number;
		cpuMs?: number;
		inProcessMs?: number;
		peakRssTree: number;
		exitCode: number;
		summary: string;
	};
	builds: Partial<Record<Target, { samples: BuildSample[]; site?: SiteStats; failed?: string }>>;
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const node = process.execPath;

function machine() {
	const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
	const version = (name: string) => {
		try {
			return (
				JSON.parse(
					readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'),
				) as { version: string }
			).version;
		} catch {
			return '?';
		}
	};
	return {
		date: new Date().toISOString(),
		host: hostname(),
		nproc: availableParallelism(),
		memoryGiB: totalmem() / 1024 ** 3,
		cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
		node: process.version,
		astro: version('astro'),
		pagefind: version('pagefind'),
		loadBefore: readLoad(),
		routeFiles: [] as string[],
		loadAfter: '',
	};
}

function readLoad(): string {
	try {
		return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
	} catch {
		return '?';
	}
}

/** A node_modules of symlinks to the project's packages: shared code, but Astro's and Vite's caches stay per root. */
function linkModules(root: string): void {
	const target = join(root, 'node_modules');
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
		if (name === '.astro' || name === '.vite' || name === '.cache') continue;
		symlinkSync(join(projectRoot, 'node_modules', name), join(target, name));
	}
}

/**
 * Copies the site and the baseline once, at the start: others edit the project while the benchmark
 * runs, and every size must build the same site or growth with N means nothing.
 */
function snapshot(tmp: string): Record<Target, string> {
	const ours = join(tmp, 'snapshot', 'ours');
	for (const name of PROJECT_FILES)
		if (existsSync(join(projectRoot, name)))
			cpSync(join(projectRoot, name), join(ours, name), { recursive: true });
	const baseline = join(tmp, 'snapshot', 'baseline');
	cpSync(join(projectRoot, 'bench', 'baseline'), baseline, { recursive: true });
	return { ours, baseline };
}

function routeFiles(site: string): string[] {
	const pages = join(site, 'src', 'pages');
	return readdirSync(pages, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(pages.length + 1))
		.sort();
}

function prepare(root: string, source: string): void {
	cpSync(source, root, { recursive: true });
	linkModules(root);
}

async function build(
	root: string,
	target: Target,
	count: number,
	runIndex: number,
	logDir: string,
	trash: string,
): Promise<{ sample: BuildSample; ok: boolean; tail: string }> {
	for (const cache of CACHES) discard(join(root, cache), trash);
	log(`${count}: building ${target} (run ${runIndex})…`);
	// Ours is built the way npm run build does it (Astro, then the finishing steps in the same script);
	// the baseline is a bare astro build with Pagefind in its build:done hook.
	const command =
		target === 'ours'
			? [node, 'scripts/build-site.ts', '--out', 'dist']
			: [node, 'node_modules/astro/bin/astro.mjs', 'build'];
	const result = await run(command, {
		cwd: root,
		env: { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
	});
	const { lines, ...rest } = result;
	writeFileSync(
		join(logDir, `${target}-${count}-run${runIndex}.log`),
		lines.map((line) => `${(line.at / 1000).toFixed(3).padStart(9)}  ${line.text}`).join('\n'),
	);
	const ok = result.exitCode === 0;
	log(
		`${count}: ${target} ${ok ? 'done' : `FAILED (exit ${result.exitCode})`} in ${(result.wallMs / 1000).toFixed(1)} s, peak RSS ${(result.peakRssTree / 2 ** 20).toFixed(0)} MiB`,
	);
	const times = routeTimes(lines);
	const classify = target === 'ours' ? classifyOurs : classifyBaseline;
	const byKind = new Map<PageKind, RouteSummary>();
	for (const time of times) {
		const kind: PageKind = time.route.endsWith('.html') ? classify(time.route) : 'data';
		const summary = byKind.get(kind) ?? { kind, routes: 0, totalMs: 0, maxMs: 0 };
		summary.routes += 1;
		summary.totalMs += time.ms;
		summary.maxMs = Math.max(summary.maxMs, time.ms);
		byKind.set(kind, summary);
	}
	const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 8);
	return {
		sample: {
			run: runIndex,
			result: rest,
			phases: buildPhases(lines),
			routes: [...byKind.values()],
			slowest,
		},
		ok,
		tail: lines
			.slice(-15)
			.map((line) => line.text)
			.join('\n'),
	};
}

async function main(): Promise<void> {
	const info = machine();
	const tmp = mkdtempSync(join(tmpdir(), 'ska-bench-'));
	const logDir = join(tmp, 'logs');
	const trash = join(tmp, 'trash');
	mkdirSync(logDir, { recursive: true });
	log(
		`working in ${tmp}; ${hasGnuTime ? '' : 'no /usr/bin/time (apt-get install time): CPU time and single-process RSS will be missing; '}sizes ${sizes.join(', ')}, ${runs} run(s)`,
	);
	const sources = snapshot(tmp);
	info.routeFiles = routeFiles(sources.ours);
	const pools = buildPools(projectRoot);
	const results: SizeResult[] = [];

	for (const count of sizes) {
		const started = performance.now();
		const corpus = generateCorpus({ count, seed, pools });
		const dir = join(tmp, String(count));
		const roots: Record<Target, string> = {
			ours: join(dir, 'ours'),
			baseline: join(dir, 'baseline'),
		};
		let corpusBytes = 0;
		for (const target of ['ours', 'baseline'] as const) {
			prepare(roots[target], sources[target]);
			corpusBytes = writeCorpus(roots[target], corpus.files);
		}
		const generateMs = performance.now() - started;
		log(
			`${count}: corpus of ${corpus.files.length} files (${(corpusBytes / 2 ** 20).toFixed(1)} MiB) ready in ${(generateMs / 1000).toFixed(1)} s`,
		);
		const entry: SizeResult = {
			count,
			files: corpus.files.length,
			corpusBytes,
			generateMs,
			builds: {},
		};
		results.push(entry);

		const check = await run(
			[
				node,
				join(projectRoot, 'scripts', 'check-content.ts'),
				'--root',
				roots.ours,
				'--quiet',
			],
			{ cwd: projectRoot },
		);
		const summary =
			check.lines
				.map((line) => line.text)
				.filter((text) => /faili kontrollitud/.test(text))
				.at(-1) ??
			`FAILED (exit ${check.exitCode}): ${check.lines.find((line) => line.text.trim() !== '')?.text ?? ''}`;
		entry.validation = {
			wallMs: check.wallMs,
			cpuMs: check.cpuMs,
			inProcessMs: Number(/\((\d+) ms\)/.exec(summary)?.[1]) || undefined,
			peakRssTree: check.peakRssTree,
			exitCode: check.exitCode,
			summary: summary.trim(),
		};
		log(`${count}: validation ${(check.wallMs / 1000).toFixed(1)} s — ${summary.trim()}`);

		for (let runIndex = 1; runIndex <= runs; runIndex += 1) {
			// Alternate the order so that neither build always runs on a machine warmed (or loaded) by the other.
			const order = runIndex % 2 === 1 ? targets : [...targets].reverse();
			for (const target of order) {
				const slot = (entry.builds[target] ??= { samples: [] });
				const { sample, ok, tail } = await build(
					roots[target],
					target,
					count,
					runIndex,
					logDir,
					trash,
				);
				slot.samples.push(sample);
				if (!ok) {
					slot.failed = tail;
					continue;
				}
				if (runIndex === runs)
					slot.site = siteStats(
						join(roots[target], 'dist'),
						target === 'ours' ? classifyOurs : classifyBaseline,
					);
			}
		}
		if (!values.keep) discard(dir, trash);
	}

	let checkRun: CheckRun | undefined;
	if (!values['skip-check']) {
		const corpus = generateCorpus({ count: checkCount, seed, pools });
		const dir = join(tmp, 'check');
		writeCorpus(dir, corpus.files);
		log(`check: ${corpus.files.length} files…`);
		// What `npm run check -- --root <dir>` runs, without npm's own start-up; every problem is printed.
		const result = await run(
			[node, join(projectRoot, 'scripts', 'check-content.ts'), '--root', dir],
			{ cwd: projectRoot },
		);
		const summary =
			result.lines
				.map((line) => line.text)
				.filter((text) => /faili kontrollitud/.test(text))
				.at(-1) ??
			`FAILED (exit ${result.exitCode}): ${result.lines.find((line) => line.text.trim() !== '')?.text ?? ''}`;
		checkRun = {
			count: checkCount,
			files: corpus.files.length,
			wallMs: result.wallMs,
			cpuMs: result.cpuMs,
			inProcessMs: Number(/\((\d+) ms\)/.exec(summary)?.[1]) || undefined,
			peakRssTree: result.peakRssTree,
			summary: summary.trim(),
		};
		log(`check: ${(result.wallMs / 1000).toFixed(1)} s — ${summary.trim()}`);
		if (!values.keep) discard(dir, trash);
	}

	info.loadAfter = readLoad();
	const report = formatReport(info, results, checkRun);
	console.log(report);
	const outDir = resolve(values.out);
	mkdirSync(outDir, { recursive: true });
	const base = `${info.date.slice(0, 10)}-${info.nproc}cpu-${Math.round(info.memoryGiB)}gb-${info.cpu
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}`;
	let name = base;
	for (let n = 2; existsSync(join(outDir, `${name}.md`)); n += 1) name = `${base}-${n}`;
	writeFileSync(join(outDir, `${name}.md`), report);
	writeFileSync(
		join(outDir, `${name}.json`),
		JSON.stringify({ machine: info, sizes, runs, seed, results, check: checkRun }, null, '\t') +
			'\n',
	);
	log(
		`results: ${join(outDir, `${name}.md`)}${values.keep ? `; logs and builds kept in ${tmp}` : ''}`,
	);
	if (!values.keep) rmSync(tmp, { recursive: true, force: true });
	if (results.some((entry) => Object.values(entry.builds).some((slot) => slot?.failed)))
		process.exitCode = 1;
}

// ---- report -------------------------------------------------------------------------------------------

const s = (ms: number | undefined) =>
	ms === undefined || Number.isNaN(ms) ? '–' : (ms / 1000).toFixed(1);
const mib = (bytes: number | undefined) =>
	bytes === undefined || Number.isNaN(bytes) ? '–' : (bytes / 2 ** 20).toFixed(0);
const kb = (bytes: number | undefined) =>
	bytes === undefined || Number.isNaN(bytes) ? '–' : (bytes / 1024).toFixed(1);
const ratio = (a: number | undefined, b: number | undefined) =>
	a === undefined || b === undefined || !b ? '–' : `${(a / b).toFixed(2)}×`;
const med = (
	samples: readonly BuildSample[],
	pick: (sample: BuildSample) => number | undefined,
) => {
	const values = samples
		.map(pick)
		.filter((v): v is number => v !== undefined && !Number.isNaN(v));
	return values.length === 0 ? undefined : median(values);
};

interface CheckRun {
	count: number;
	files: number;
	wallMs: number;
	cpuMs?: number;
	inProcessMs?: number;
	peakRssTree: number;
	summary: string;
}

function formatReport(
	info: ReturnType<typeof machine>,
	results: readonly SizeResult[],
	check: CheckRun | undefined,
): string {
	const out: string[] = [];
	out.push(`# Build benchmark ${info.date.slice(0, 10)}`, '');
	out.push(`- date: ${info.date}`);
	out.push(
		`- machine: ${info.nproc} CPUs (${info.cpu}), ${info.memoryGiB.toFixed(1)} GiB RAM, host ${info.host}`,
	);
	out.push(`- software: Node ${info.node}, Astro ${info.astro}, Pagefind ${info.pagefind}`);
	out.push(
		`- load average (1/5/15 min) before: ${info.loadBefore}; after: ${info.loadAfter} — the machine is shared, so compare ratios, not absolute seconds`,
	);
	out.push(
		`- runs per size and site: ${runs} (medians shown); corpus seed ${seed}; cold builds (dist/, .astro/ and node_modules/.astro|.vite moved away before each, deleted at the end of the run)`,
	);
	out.push(
		`- site snapshot (copied once at the start of the run and used for every size; others edit the project concurrently): ${info.routeFiles.length} route files in src/pages — ${info.routeFiles.join(', ')}`,
	);
	out.push('');
	out.push('## Builds', '');
	out.push(
		'| positions | site | wall s | CPU s | peak RSS tree MiB | max RSS 1 proc MiB | start-up s | content s | bundle s | render s | Pagefind s | dist MiB | dist files | position page median / max KiB |',
	);
	out.push(
		'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	);
	for (const entry of results) {
		for (const target of ['ours', 'baseline'] as const) {
			const slot = entry.builds[target];
			if (!slot) continue;
			const x = slot.samples;
			const position = slot.site?.kinds.position;
			out.push(
				`| ${entry.count} | ${target}${slot.failed ? ' (FAILED)' : ''} | ${s(med(x, (v) => v.result.wallMs))} | ${s(med(x, (v) => v.result.cpuMs))} | ${mib(med(x, (v) => v.result.peakRssTree))} | ${mib(med(x, (v) => v.result.maxRssSingle))} | ` +
					`${s(med(x, (v) => v.phases.startupMs))} | ${s(med(x, (v) => v.phases.contentMs))} | ${s(med(x, (v) => v.phases.bundleMs))} | ${s(med(x, (v) => v.phases.renderMs))} | ${s(med(x, (v) => v.phases.pagefindMs))} | ` +
					`${mib(slot.site?.bytes)} | ${slot.site?.files ?? '–'} | ${kb(position?.medianHtml)} / ${kb(position?.maxHtml)} |`,
			);
		}
		const ours = entry.builds.ours?.samples;
		const baseline = entry.builds.baseline?.samples;
		if (ours && baseline) {
			out.push(
				`| ${entry.count} | **ours / baseline** | **${ratio(
					med(ours, (v) => v.result.wallMs),
					med(baseline, (v) => v.result.wallMs),
				)}** | **${ratio(
					med(ours, (v) => v.result.cpuMs),
					med(baseline, (v) => v.result.cpuMs),
				)}** | ` +
					`**${ratio(
						med(ours, (v) => v.result.peakRssTree),
						med(baseline, (v) => v.result.peakRssTree),
					)}** | ${ratio(
						med(ours, (v) => v.result.maxRssSingle),
						med(baseline, (v) => v.result.maxRssSingle),
					)} | | ` +
					`${ratio(
						med(ours, (v) => v.phases.contentMs),
						med(baseline, (v) => v.phases.contentMs),
					)} | | ${ratio(
						med(ours, (v) => v.phases.renderMs),
						med(baseline, (v) => v.phases.renderMs),
					)} | ${ratio(
						med(ours, (v) => v.phases.pagefindMs),
						med(baseline, (v) => v.phases.pagefindMs),
					)} | | | |`,
			);
		}
	}
	out.push('');
	out.push(
		'Phases are read off the build log: start-up = until "Syncing content"; content = content layer (our parser and validation / glob() with Markdown rendering); bundle = Vite; render = "generating static routes"; Pagefind = from the end of rendering to "search index: N pages" (ours: after Astro has exited; the per-position open-data files and the query expansions, written beside it, count in wall time only; baseline: the astro:build:done hook). Peak RSS tree sums every process of the build (node + the Pagefind binary), sampled every 100 ms.',
	);
	out.push('');
	out.push(
		'What the tree held at its peak (MiB per process, Linux command names: MainThread = node, pagefind_extend = Pagefind), last run:',
		'',
	);
	for (const entry of results) {
		for (const target of ['ours', 'baseline'] as const) {
			const last = entry.builds[target]?.samples.at(-1);
			if (last?.result.peakRssParts)
				out.push(`- ${entry.count} ${target}: ${last.result.peakRssParts}`);
		}
	}
	out.push('');

	out.push('## Growth with N', '');
	const grown = results.filter((entry) => entry.builds.ours || entry.builds.baseline);
	if (grown.length >= 2) {
		const first = grown[0];
		const last = grown[grown.length - 1];
		out.push(
			`Exponent b in time ≈ a·N^b between N = ${first.count} and ${last.count} (1 = linear). Per-position ms = wall / positions.`,
			'',
		);
		out.push(
			'| site | b (wall) | b (CPU) | b (peak RSS) | ' +
				grown.map((entry) => `ms/position @${entry.count}`).join(' | ') +
				' |',
		);
		out.push('| --- | ---: | ---: | ---: | ' + grown.map(() => '---:').join(' | ') + ' |');
		for (const target of ['ours', 'baseline'] as const) {
			const metric = (
				entry: SizeResult,
				pick: (sample: BuildSample) => number | undefined,
			) => {
				const samples = entry.builds[target]?.samples;
				return samples ? med(samples, pick) : undefined;
			};
			const exponent = (pick: (sample: BuildSample) => number | undefined) => {
				const a = metric(first, pick);
				const b = metric(last, pick);
				return a && b
					? (Math.log(b / a) / Math.log(last.count / first.count)).toFixed(2)
					: '–';
			};
			const perPosition = grown.map((entry) => {
				const wall = metric(entry, (v) => v.result.wallMs);
				return wall === undefined ? '–' : (wall / entry.count).toFixed(1);
			});
			out.push(
				`| ${target} | ${exponent((v) => v.result.wallMs)} | ${exponent((v) => v.result.cpuMs)} | ${exponent((v) => v.result.peakRssTree)} | ${perPosition.join(' | ')} |`,
			);
		}
		out.push('');
	}

	out.push('## Render time per page kind', '');
	out.push(
		'From Astro\'s per-route log lines ("(+12ms)"), last run. The first route of a dynamic page also pays for its getStaticPaths(). Our site renders several pages at a time (build.concurrency in astro.config.mjs), so its per-route times overlap: they sum to more than the render phase, and a route\'s time includes waiting for the others.',
		'',
	);
	out.push(
		'| positions | site | kind | routes | total render s | ms per route | slowest route ms |',
	);
	out.push('| ---: | --- | --- | ---: | ---: | ---: | ---: |');
	for (const entry of results) {
		for (const target of ['ours', 'baseline'] as const) {
			const sample = entry.builds[target]?.samples.at(-1);
			if (!sample) continue;
			for (const route of [...sample.routes].sort((a, b) => b.totalMs - a.totalMs)) {
				out.push(
					`| ${entry.count} | ${target} | ${route.kind} | ${route.routes} | ${s(route.totalMs)} | ${(route.totalMs / route.routes).toFixed(1)} | ${route.maxMs.toFixed(0)} |`,
				);
			}
		}
	}
	out.push('');
	const largest = results.at(-1);
	const slow = largest?.builds.ours?.samples.at(-1)?.slowest;
	if (largest && slow && slow.length > 0) {
		out.push(
			`Slowest routes of our build at ${largest.count} positions: ${slow.map((time) => `${time.route.replace(/index\.html$/, '')} ${(time.ms / 1000).toFixed(2)} s`).join('; ')}`,
			'',
		);
	}

	out.push('## Pages: HTML, CSS and JS per page kind', '');
	out.push(
		'CSS = referenced stylesheets + inline <style>; JS = referenced <script src> + inline scripts (directly referenced files only), median over the pages of each kind.',
		'',
	);
	out.push(
		'| positions | site | kind | pages | HTML median KiB | HTML max KiB | CSS KiB (files) | JS KiB (files) |',
	);
	out.push('| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |');
	const kinds: PageKind[] = ['position', 'position sub-page', 'unit', 'competency', 'index'];
	for (const entry of results) {
		for (const target of ['ours', 'baseline'] as const) {
			const site = entry.builds[target]?.site;
			if (!site) continue;
			for (const kind of kinds) {
				const k = site.kinds[kind];
				if (!k) continue;
				out.push(
					`| ${entry.count} | ${target} | ${kind} | ${k.pages} | ${kb(k.medianHtml)} | ${kb(k.maxHtml)} | ${kb(k.css)} (${k.cssFiles}) | ${kb(k.js)} (${k.jsFiles}) |`,
				);
			}
			out.push(
				`| ${entry.count} | ${target} | pagefind/ | ${site.pagefindFiles} files | | | ${mib(site.pagefindBytes)} MiB | |`,
			);
		}
	}
	out.push('');

	out.push('## Corpus generation and validation', '');
	out.push(
		'| positions | files | corpus MiB | generate + write ×2 s | check wall s | check CPU s | check in-process s | check peak RSS MiB | check says |',
	);
	out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
	for (const entry of results) {
		const v = entry.validation;
		out.push(
			`| ${entry.count} | ${entry.files} | ${mib(entry.corpusBytes)} | ${s(entry.generateMs)} | ${s(v?.wallMs)} | ${s(v?.cpuMs)} | ${s(v?.inProcessMs)} | ${mib(v?.peakRssTree)} | ${v?.summary ?? '–'} |`,
		);
	}
	if (check) {
		out.push('');
		out.push(
			`\`npm run check\` over ${check.files} files (${check.count} positions, every warning printed): **${s(check.wallMs)} s** wall, ${s(check.cpuMs)} s CPU, ${s(check.inProcessMs)} s in-process, peak RSS ${mib(check.peakRssTree)} MiB — ${check.summary}`,
		);
	}
	for (const entry of results) {
		for (const target of ['ours', 'baseline'] as const) {
			const failed = entry.builds[target]?.failed;
			if (failed)
				out.push(
					'',
					`### ${target} build failed at ${entry.count} positions`,
					'',
					'```',
					failed,
					'```',
				);
		}
	}
	out.push('');
	return out.join('\n');
}

await main();
