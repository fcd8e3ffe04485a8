/**
 * Build benchmark: for each corpus size, generates a content tree, builds this site and a minimal
 * Astro + Pagefind baseline over the same Markdown, and prints one table with ours/baseline ratios.
 *   npm run bench                      500, 2,000 and 5,000 positions, one run each
 *   npm run bench -- --full            … and 20,000
 *   npm run bench -- --sizes 500,2000 --runs 3
 * Never part of npm test. Results go to bench/runs/<date>-<machine>.md (not committed); see
 * bench/README.md. The steps live in bench/lib/: options, workspace (roots and cold builds),
 * build-run (one measured build or check), measure, site-stats, machine, report.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { log, timedBuild, timedCheck } from '../bench/lib/build-run.ts';
import { machine, readLoad, type MachineInfo } from '../bench/lib/machine.ts';
import { hasGnuTime } from '../bench/lib/measure.ts';
import { readOptions, type BenchOptions, type Target } from '../bench/lib/options.ts';
import { formatReport } from '../bench/lib/report.ts';
import type { CheckRun, SizeResult } from '../bench/lib/results.ts';
import { classifyBaseline, classifyOurs, siteStats } from '../bench/lib/site-stats.ts';
import { discard, prepare, projectRoot, routeFiles, snapshot } from '../bench/lib/workspace.ts';
import { generateCorpus, writeCorpus } from '../src/lib/generate/corpus.ts';
import { buildPools, type Pools } from '../src/lib/generate/pools.ts';

const options = readOptions(projectRoot);

/** Where one run keeps its files: build logs, and earlier output moved out of the way. */
interface Workspace {
	tmp: string;
	logDir: string;
	trash: string;
	sources: Record<Target, string>;
	pools: Pools;
}

/**
 * One corpus size: generate it into both roots, time its check, then build each site `runs` times.
 */
async function measureSize(count: number, space: Workspace): Promise<SizeResult> {
	const { runs, seed, targets } = options;
	const started = performance.now();
	const corpus = generateCorpus({ count, seed, pools: space.pools });
	const dir = join(space.tmp, String(count));
	const roots: Record<Target, string> = {
		ours: join(dir, 'ours'),
		baseline: join(dir, 'baseline'),
	};
	let corpusBytes = 0;
	for (const target of ['ours', 'baseline'] as const) {
		prepare(roots[target], space.sources[target]);
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

	const check = await timedCheck(['--root', roots.ours, '--quiet']);
	entry.validation = {
		wallMs: check.result.wallMs,
		cpuMs: check.result.cpuMs,
		inProcessMs: check.inProcessMs,
		peakRssTree: check.result.peakRssTree,
		exitCode: check.result.exitCode,
		summary: check.summary,
	};
	log(`${count}: validation ${(check.result.wallMs / 1000).toFixed(1)} s — ${check.summary}`);

	for (let runIndex = 1; runIndex <= runs; runIndex += 1) {
		// Alternate the order so that neither build always runs on a machine warmed (or loaded) by
		// the other.
		const order = runIndex % 2 === 1 ? targets : [...targets].reverse();
		for (const target of order) {
			const slot = (entry.builds[target] ??= { samples: [] });
			const { sample, ok, tail } = await timedBuild(
				roots[target],
				target,
				count,
				runIndex,
				space.logDir,
				space.trash,
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
	if (!options.keep) discard(dir, space.trash);
	return entry;
}

/** `npm run check` over a larger corpus, every problem printed: the check's own scale figure. */
async function measureCheck(space: Workspace): Promise<CheckRun> {
	const corpus = generateCorpus({
		count: options.checkCount,
		seed: options.seed,
		pools: space.pools,
	});
	const dir = join(space.tmp, 'check');
	writeCorpus(dir, corpus.files);
	log(`check: ${corpus.files.length} files…`);
	// What `npm run check -- --root <dir>` runs, without npm's own start-up; every problem is
	// printed.
	const { result, summary, inProcessMs } = await timedCheck(['--root', dir]);
	log(`check: ${(result.wallMs / 1000).toFixed(1)} s — ${summary}`);
	if (!options.keep) discard(dir, space.trash);
	return {
		count: options.checkCount,
		files: corpus.files.length,
		wallMs: result.wallMs,
		cpuMs: result.cpuMs,
		inProcessMs,
		peakRssTree: result.peakRssTree,
		summary,
	};
}

/**
 * Writes the report and every number to the results folder, under a name for the day and machine.
 */
function writeResults(
	info: MachineInfo,
	settings: BenchOptions,
	report: string,
	results: readonly SizeResult[],
	check: CheckRun | undefined,
): string {
	const outDir = resolve(settings.out);
	mkdirSync(outDir, { recursive: true });
	const base = `${info.date.slice(0, 10)}-${info.nproc}cpu-${Math.round(info.memoryGiB)}gb-${info.cpu
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}`;
	let name = base;
	for (let n = 2; existsSync(join(outDir, `${name}.md`)); n += 1) name = `${base}-${n}`;
	writeFileSync(join(outDir, `${name}.md`), report);
	const { sizes, runs, seed } = settings;
	writeFileSync(
		join(outDir, `${name}.json`),
		JSON.stringify({ machine: info, sizes, runs, seed, results, check }, null, '\t') + '\n',
	);
	return join(outDir, `${name}.md`);
}

async function main(): Promise<void> {
	const info = machine();
	const tmp = mkdtempSync(join(tmpdir(), 'ska-bench-'));
	const space: Workspace = {
		tmp,
		logDir: join(tmp, 'logs'),
		trash: join(tmp, 'trash'),
		sources: snapshot(tmp),
		pools: buildPools(projectRoot),
	};
	mkdirSync(space.logDir, { recursive: true });
	log(
		`working in ${tmp}; ${hasGnuTime ? '' : 'no /usr/bin/time (apt-get install time): CPU time and single-process RSS will be missing; '}sizes ${options.sizes.join(', ')}, ${options.runs} run(s)`,
	);
	info.routeFiles = routeFiles(space.sources.ours);
	const results: SizeResult[] = [];
	for (const count of options.sizes) results.push(await measureSize(count, space));
	const checkRun = options.skipCheck ? undefined : await measureCheck(space);

	info.loadAfter = readLoad();
	const report = formatReport(info, options, results, checkRun);
	console.log(report);
	const file = writeResults(info, options, report, results, checkRun);
	log(`results: ${file}${options.keep ? `; logs and builds kept in ${tmp}` : ''}`);
	if (!options.keep) rmSync(tmp, { recursive: true, force: true });
	if (results.some((entry) => Object.values(entry.builds).some((slot) => slot?.failed)))
		process.exitCode = 1;
}

await main();
