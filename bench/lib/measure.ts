/**
 * Runs a command and measures it: wall time, CPU time and peak RSS. Peak RSS is sampled from /proc
 * for the whole process tree (Astro's node process plus the Pagefind binary it spawns), because
 * /usr/bin/time only reports the largest single process. Output lines are time-stamped on arrival,
 * so phases can be read off Astro's log.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface LogLine {
	/** Milliseconds since the command started. */
	at: number;
	text: string;
}

export interface RunResult {
	command: string[];
	exitCode: number;
	wallMs: number;
	/** user + system CPU of the command and its children (from /usr/bin/time), when available. */
	cpuMs?: number;
	/** Largest single process (ru_maxrss from /usr/bin/time), bytes. */
	maxRssSingle?: number;
	/** Largest sum of RSS over the process tree seen while sampling, bytes. */
	peakRssTree: number;
	/**
	 * The processes at that moment: "pagefind_extend 1692 + MainThread 84" (MiB, Linux command
	 * names).
	 */
	peakRssParts: string;
	lines: LogLine[];
}

const TIME = '/usr/bin/time';
const PAGE = 4096;

export const hasGnuTime = existsSync(TIME);

/** All descendants of `root` (and root itself), from the ppid field of /proc/<pid>/stat. */
function processTree(root: number): number[] {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name may contain spaces and parentheses; fields resume after the last
			// ')'.
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const list = children.get(ppid);
			if (list) list.push(Number(name));
			else children.set(ppid, [Number(name)]);
		} catch {
			// The process ended between readdir and read.
		}
	}
	const tree: number[] = [];
	const queue = [root];
	while (queue.length > 0) {
		const pid = queue.pop() as number;
		tree.push(pid);
		queue.push(...(children.get(pid) ?? []));
	}
	return tree;
}

/** The tree's RSS and what it is made of: one entry per process, named by its command. */
function treeRss(root: number): { total: number; parts: string } {
	let total = 0;
	const parts: string[] = [];
	for (const pid of processTree(root)) {
		try {
			const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
			const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
			total += rss;
			// GNU time itself is a few hundred KiB: not worth naming.
			if (rss >= 16 * 2 ** 20) parts.push(`${name} ${Math.round(rss / 2 ** 20)}`);
		} catch {
			// Gone already.
		}
	}
	return { total, parts: parts.join(' + ') };
}

function parseTime(stderr: string): { cpuMs?: number; maxRssSingle?: number } {
	const number = (label: string) => {
		const match = new RegExp(`${label}: ([\\d.]+)`).exec(stderr);
		return match ? Number(match[1]) : undefined;
	};
	const user = number('User time \\(seconds\\)');
	const system = number('System time \\(seconds\\)');
	const rss = number('Maximum resident set size \\(kbytes\\)');
	return {
		cpuMs: user !== undefined && system !== undefined ? (user + system) * 1000 : undefined,
		maxRssSingle: rss !== undefined ? rss * 1024 : undefined,
	};
}

export function run(
	command: string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv; sampleMs?: number },
): Promise<RunResult> {
	const argv = hasGnuTime ? [TIME, '-v', ...command] : command;
	const started = performance.now();
	const child = spawn(argv[0], argv.slice(1), {
		cwd: options.cwd,
		env: { ...process.env, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const lines: LogLine[] = [];
	let stderr = '';
	const collect = (stream: NodeJS.ReadableStream, keepText: boolean) => {
		let pending = '';
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			const at = performance.now() - started;
			if (keepText) stderr += chunk;
			pending += chunk;
			const parts = pending.split('\n');
			pending = parts.pop() ?? '';
			for (const text of parts) lines.push({ at, text });
		});
		stream.on('end', () => {
			if (pending !== '') lines.push({ at: performance.now() - started, text: pending });
		});
	};
	collect(child.stdout, false);
	collect(child.stderr, true);
	let peakRssTree = 0;
	let peakRssParts = '';
	const sample = () => {
		if (child.pid === undefined) return;
		const { total, parts } = treeRss(child.pid);
		if (total > peakRssTree) [peakRssTree, peakRssParts] = [total, parts];
	};
	const timer = setInterval(sample, options.sampleMs ?? 100);
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(timer);
			const wallMs = performance.now() - started;
			resolve({
				command,
				exitCode: code ?? 1,
				wallMs,
				peakRssTree,
				peakRssParts,
				lines,
				...parseTime(stderr),
			});
		});
	});
}

/** Time from the first line matching `from` to the first later line matching `to`, in ms. */
export function between(lines: readonly LogLine[], from: RegExp, to: RegExp): number | undefined {
	const start = lines.find((line) => from.test(line.text));
	if (!start) return undefined;
	const end = lines.find((line) => line.at >= start.at && line !== start && to.test(line.text));
	return end ? end.at - start.at : undefined;
}

/** Phases of an `astro build`, read off its log (Astro 7 wording). */
export interface BuildPhases {
	/** Start until "[content] Syncing content": Node start-up, config and Vite initialisation. */
	startupMs?: number;
	/** Content layer: loaders (our parser and validation, or glob() with Markdown rendering). */
	contentMs?: number;
	/** Vite bundling of the static entry points. */
	bundleMs?: number;
	/** Rendering every route to HTML. */
	renderMs?: number;
	/** The astro:build:done hooks, i.e. Pagefind indexing. */
	pagefindMs?: number;
}

export function buildPhases(lines: readonly LogLine[]): BuildPhases {
	const first = (pattern: RegExp) => lines.find((line) => pattern.test(line.text));
	const syncing = first(/\[content\] Syncing content/);
	const routes = first(/generating static routes/);
	// The route generation ends with an unprefixed "✓ Completed in"; the next one is "[build] ✓
	// Completed in".
	const routesDone = routes
		? lines.find(
				(line) =>
					line.at >= routes.at &&
					/^(?:\d\d:\d\d:\d\d\s+)?✓ Completed in/.test(line.text.trim()),
			)
		: undefined;
	const index = first(/search index: \d+ pages/);
	return {
		startupMs: syncing?.at,
		contentMs: between(lines, /\[content\] Syncing content/, /\[content\] Synced content/),
		bundleMs: between(lines, /Building static entrypoints/, /generating static routes/),
		renderMs: routes && routesDone ? routesDone.at - routes.at : undefined,
		pagefindMs: routesDone && index ? index.at - routesDone.at : undefined,
	};
}

export interface RouteTime {
	/** Output path as Astro logs it, e.g. /ametikohad/x/index.html. */
	route: string;
	ms: number;
}

/**
 * Per-route render times from the "├─ /path/index.html (+12ms)" lines Astro prints while
 * generating.
 */
export function routeTimes(lines: readonly LogLine[]): RouteTime[] {
	const times: RouteTime[] = [];
	for (const line of lines) {
		const match = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(line.text);
		if (match)
			times.push({ route: match[1], ms: Number(match[2]) * (match[3] === 's' ? 1000 : 1) });
	}
	return times;
}
