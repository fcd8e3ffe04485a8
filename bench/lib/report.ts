/**
 * The Markdown report of a benchmark run: one section per table, medians of the runs, ours /
 * baseline ratios. Numbers are printed, never judged: the README quotes the current figures.
 */
import { median, type PageKind } from './site-stats.ts';
import type { BuildSample, CheckRun, MachineInfo, SizeResult } from './results.ts';

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

export function formatReport(
	info: MachineInfo,
	settings: { runs: number; seed: number },
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
		`- runs per size and site: ${settings.runs} (medians shown); corpus seed ${settings.seed}; cold builds (dist/, .astro/ and node_modules/.astro|.vite moved away before each, deleted at the end of the run)`,
	);
	out.push(
		`- site snapshot (copied once at the start of the run and used for every size; others edit the project concurrently): ${info.routeFiles.length} route files in src/pages — ${info.routeFiles.join(', ')}`,
	);
	out.push('');
	out.push(
		...buildsSection(results),
		...growthSection(results),
		...routesSection(results),
		...pagesSection(results),
		...corpusSection(results, check),
	);
	out.push('');
	return out.join('\n');
}

/**
 * The builds: medians per size and site, with ours / baseline ratios, and what the tree held at its
 * peak.
 */
function buildsSection(results: readonly SizeResult[]): string[] {
	const out: string[] = [];
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
		'Phases are read off the build log: start-up = until "Syncing content"; content = content layer (our parser and validation / glob() with Markdown rendering); bundle = Vite; render = "generating static routes"; Pagefind = from the end of rendering to "search index: N pages" (ours: after Astro has exited; the re-chunking and the per-position open-data files after it count in wall time only; baseline: the astro:build:done hook). Peak RSS tree sums every process of the build (node + the Pagefind binary), sampled every 100 ms.',
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
	return out;
}

/** How time and memory grow with the corpus. */
function growthSection(results: readonly SizeResult[]): string[] {
	const out: string[] = [];
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
	return out;
}

/** Render time per page kind, from Astro's per-route log lines. */
function routesSection(results: readonly SizeResult[]): string[] {
	const out: string[] = [];
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
	return out;
}

/** HTML, CSS and JS per page kind. */
function pagesSection(results: readonly SizeResult[]): string[] {
	const out: string[] = [];
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
	return out;
}

/**
 * Corpus generation, its validation and the separate `npm run check` timing; failed builds last.
 */
function corpusSection(results: readonly SizeResult[], check: CheckRun | undefined): string[] {
	const out: string[] = [];
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
	return out;
}
