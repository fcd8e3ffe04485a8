/**
 * One measured build of a site (ours as `npm run build` runs it, the baseline as a bare `astro
 * build`) and one measured content check, each in its own process.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPhases, routeTimes, run, type RunResult } from './measure.ts';
import type { Target } from './options.ts';
import type { BuildSample, RouteSummary } from './results.ts';
import { classifyBaseline, classifyOurs, type PageKind } from './site-stats.ts';
import { CACHES, discard, projectRoot } from './workspace.ts';

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const node = process.execPath;

/**
 * Runs scripts/check-content.ts with `args`; the summary is its last "N faili kontrollitud" line.
 */
export async function timedCheck(
	args: readonly string[],
): Promise<{ result: RunResult; summary: string; inProcessMs?: number }> {
	const result = await run([node, join(projectRoot, 'scripts', 'check-content.ts'), ...args], {
		cwd: projectRoot,
	});
	const summary =
		result.lines
			.map((line) => line.text)
			.filter((text) => /faili kontrollitud/.test(text))
			.at(-1) ??
		`FAILED (exit ${result.exitCode}): ${result.lines.find((line) => line.text.trim() !== '')?.text ?? ''}`;
	return {
		result,
		summary: summary.trim(),
		inProcessMs: Number(/\((\d+) ms\)/.exec(summary)?.[1]) || undefined,
	};
}

export async function timedBuild(
	root: string,
	target: Target,
	count: number,
	runIndex: number,
	logDir: string,
	trash: string,
): Promise<{ sample: BuildSample; ok: boolean; tail: string }> {
	for (const cache of CACHES) discard(join(root, cache), trash);
	log(`${count}: building ${target} (run ${runIndex})…`);
	// Ours is built the way npm run build does it (Astro, then the finishing steps in the same
	// script); the baseline is a bare astro build with Pagefind in its build:done hook.
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
