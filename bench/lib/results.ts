/** The shapes of a benchmark run's results, as the report prints them and the .json keeps them. */
import type { BuildPhases, RouteTime, RunResult } from './measure.ts';
import type { PageKind, SiteStats } from './site-stats.ts';
import type { Target } from './options.ts';

export type { MachineInfo } from './machine.ts';

export interface RouteSummary {
	kind: PageKind;
	routes: number;
	totalMs: number;
	maxMs: number;
}

export interface BuildSample {
	run: number;
	result: Omit<RunResult, 'lines'>;
	phases: BuildPhases;
	/** Render time per page kind, from Astro's per-route log lines. */
	routes: RouteSummary[];
	slowest: RouteTime[];
}

export interface SizeResult {
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

export interface CheckRun {
	count: number;
	files: number;
	wallMs: number;
	cpuMs?: number;
	inProcessMs?: number;
	peakRssTree: number;
	summary: string;
}
