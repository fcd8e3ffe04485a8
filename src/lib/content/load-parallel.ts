/**
 * loadContent over worker threads, for `npm run check` on large trees: parsing is nearly all of the
 * time and every file is independent, so the workers take the files in small runs from a shared
 * counter. The result, problems and their order are the same as loadContent's
 * (tests/content/load-parallel.test.ts).
 */
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { assembleContent, listContent, loadContent, todayIso, type LoadedContent, type LoadOptions, type ParseJob } from './load.ts';
import { locatorFrom, type ParsedFile } from './parse-file.ts';
import type { WorkerData, WorkerMessage, WorkerResult } from './parse-worker.ts';

/**
 * Each thread compiles the parser's modules (zod, js-yaml, yaml, the schemas) anew; with V8's compile
 * cache on disk a thread starts about 0.1 s sooner. Only the threads get it: the build's own process
 * also loads the bundle Astro writes anew for every build, which would only fill the cache.
 */
const COMPILE_CACHE = process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache');

/** Below this many files the threads' start-up (loading the parser in each) costs more than it saves. */
const MIN_FILES_PER_WORKER = 500;

export async function loadContentParallel({ root, today = todayIso() }: LoadOptions, threads = availableParallelism()): Promise<LoadedContent> {
	const { jobs, problems, fileCount } = listContent(root);
	const workers = Math.min(threads, Math.floor(jobs.length / MIN_FILES_PER_WORKER));
	if (workers < 2) return loadContent({ root, today });

	const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
	const shares = await Promise.all(Array.from({ length: workers }, () => runWorker({ jobs, next })));
	const slots = new Array<WorkerResult[number] | undefined>(jobs.length);
	for (const share of shares) for (const result of share) slots[result.index] = result;

	const parsedFiles: ParsedFile<unknown>[] = [];
	const kinds: ParseJob['kind'][] = [];
	for (const [index, result] of slots.entries()) {
		if (!result) throw new Error(`content file ${jobs[index].file} was not parsed`);
		problems.push(...result.problems);
		if (result.parsed) {
			parsedFiles.push({ ...result.parsed, problems: result.problems, locate: locatorFrom(result.parsed.source) });
			kinds.push(jobs[index].kind);
		}
	}
	return assembleContent(parsedFiles, kinds, problems, fileCount, today);
}

function runWorker(workerData: WorkerData): Promise<WorkerResult> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), {
			workerData,
			env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE },
		});
		const results: WorkerResult = [];
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
