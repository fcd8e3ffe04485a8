/**
 * Worker thread of loadContentParallel: parses its share of the content files and sends back plain
 * data (values, problems and what each file's locator is made from; a function cannot be sent).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseJob, type ParseJob } from './load.ts';
import type { ParsedFile } from './parse-file.ts';

export type WorkerResult = { index: number; parsed?: Omit<ParsedFile<unknown>, 'locate' | 'problems'>; problems: ParsedFile<unknown>['problems'] }[];

/** A batch of results, or the end of the share; the parent reads each batch while later ones are parsed. */
export type WorkerMessage = { results: WorkerResult } | { done: true };

/** Files per message: small enough that the parent's copying overlaps the parsing, large enough to be cheap. */
const BATCH = 250;

const { jobs, offset, step } = workerData as { jobs: ParseJob[]; offset: number; step: number };
let results: WorkerResult = [];
for (let index = offset; index < jobs.length; index += step) {
	const { parsed, problems } = parseJob(jobs[index]);
	results.push({
		index,
		problems,
		parsed: parsed && { id: parsed.id, file: parsed.file, value: parsed.value, source: parsed.source },
	});
	if (results.length === BATCH) {
		parentPort?.postMessage({ results } satisfies WorkerMessage);
		results = [];
	}
}
if (results.length > 0) parentPort?.postMessage({ results } satisfies WorkerMessage);
parentPort?.postMessage({ done: true } satisfies WorkerMessage);
