/**
 * loadContent over threads, for `npm run check` and the build on large trees: parsing is nearly all of
 * the time and every file is independent, so the main thread and one worker thread per other core take
 * the files in small runs from a shared counter. The result, problems and their order are the same as
 * loadContent's (tests/content/load-parallel.test.ts).
 */
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
	assembleContent,
	checkAssembled,
	listContent,
	loadContent,
	todayIso,
	type CheckedContent,
	type LoadedContent,
	type LoadOptions,
	type ParseJob,
} from './load.ts';
import { locatorFrom, type ParsedFile } from './parse-file.ts';
import type { Problem } from './problems.ts';
import { parseNextClaim, type ShareData, type ShareResult } from './parse-share.ts';
import type { WorkerMessage } from './parse-worker.ts';

/**
 * Each thread compiles the parser's modules (zod, js-yaml, yaml, the schemas) anew; with V8's compile
 * cache on disk a thread starts about 0.1 s sooner. Only the threads get it: the build's own process
 * also loads the bundle Astro writes anew for every build, which would only fill the cache.
 */
const COMPILE_CACHE = process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache');

/** Below this many files per thread a worker's start-up (loading the parser) costs more than it saves. */
const MIN_FILES_PER_THREAD = 500;

/**
 * How many threads parse: one per core (the main thread and `threads - 1` workers), fewer for a small
 * tree; under 2, loadContent parses in this thread alone.
 */
function threadCount(files: number, threads: number): number {
	return Math.min(threads, Math.floor(files / MIN_FILES_PER_THREAD));
}

export async function loadContentParallel({ root, today = todayIso() }: LoadOptions, threads = availableParallelism()): Promise<LoadedContent> {
	const { jobs, problems, fileCount } = listContent(root);
	const parsing = threadCount(jobs.length, threads);
	if (parsing < 2) return loadContent({ root, today });
	const parsed = await parseOnThreads(jobs, parsing, 'all', problems);
	return assembleContent(parsed.files, parsed.kinds, problems, fileCount, today);
}

/**
 * The problems loadContentParallel finds, for `npm run check`, which builds no pages: the threads
 * send each position without its body (the rules that read the body have run there) and no model is
 * built. Copying the bodies between threads, keeping them and building the model's relations took
 * 1.7 s of the check's 13.5 s of CPU at 10,000 positions (src/lib/content/README.md).
 */
export async function checkContentParallel({ root, today = todayIso() }: LoadOptions, threads = availableParallelism()): Promise<CheckedContent> {
	const { jobs, problems, fileCount } = listContent(root);
	const parsing = threadCount(jobs.length, threads);
	if (parsing < 2) return loadContent({ root, today });
	const parsed = await parseOnThreads(jobs, parsing, 'frontmatter', problems);
	return { problems: checkAssembled(parsed.files, parsed.kinds, problems, today), fileCount };
}

/**
 * Parses every job on this thread and `threads - 1` workers; each file's problems are added to
 * `problems`, in the jobs' order.
 */
async function parseOnThreads(jobs: ParseJob[], threads: number, fields: ShareData['fields'], problems: Problem[]) {
	const data: ShareData = { jobs, next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)), fields };
	const workers = Array.from({ length: threads - 1 }, () => runWorker(data));
	const shares = await Promise.all([parseHere(data), ...workers]);
	const slots = new Array<ShareResult[number] | undefined>(jobs.length);
	for (const share of shares) for (const result of share) slots[result.index] = result;

	const files: ParsedFile<unknown>[] = [];
	const kinds: ParseJob['kind'][] = [];
	for (const [index, result] of slots.entries()) {
		if (!result) throw new Error(`content file ${jobs[index].file} was not parsed`);
		problems.push(...result.problems);
		if (result.parsed) {
			files.push({ ...result.parsed, problems: result.problems, locate: locatorFrom(result.parsed.source) });
			kinds.push(jobs[index].kind);
		}
	}
	return { files, kinds };
}

/**
 * This thread's share. It starts while the workers still load the parser (which this thread has
 * loaded already), and lets their batches in between its own runs of files, so their copying is not
 * left to the end.
 */
async function parseHere(data: ShareData): Promise<ShareResult> {
	const results: ShareResult = [];
	for (let claimed = parseNextClaim(data); claimed.length > 0; claimed = parseNextClaim(data)) {
		results.push(...claimed);
		await new Promise((resolve) => setImmediate(resolve));
	}
	return results;
}

function runWorker(workerData: ShareData): Promise<ShareResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), {
			workerData,
			env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE },
		});
		const results: ShareResult = [];
		worker.on('message', (message: WorkerMessage) => {
			if ('done' in message) resolve(results);
			else for (const result of message.results) results.push(result);
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`content parser thread exited with code ${code}`));
			else reject(new Error('content parser thread exited before it had sent every file'));
		});
	});
}
