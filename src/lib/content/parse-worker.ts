/**
 * Worker thread of loadContentParallel: parses its share of the content files and sends back plain
 * data (values, problems and what each file's locator is made from; a function cannot be sent).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PositionBodySchema } from '../../../schemas/position.ts';
import { parseJob, type ParseJob } from './load.ts';
import type { ParsedFile } from './parse-file.ts';

export type WorkerResult = { index: number; parsed?: Omit<ParsedFile<unknown>, 'locate' | 'problems'>; problems: ParsedFile<unknown>['problems'] }[];

/** A batch of results, or the end of the share; the parent reads each batch while later ones are parsed. */
export type WorkerMessage = { results: WorkerResult } | { done: true };

/** Files per message: small enough that the parent's copying overlaps the parsing, large enough to be cheap. */
const BATCH = 250;

/**
 * Files a thread takes at a time from the shared counter. Threads share the work as they go, not by a
 * fixed split: on a shared machine one thread often runs slower, and with a fixed half each the other
 * waited for it at the end (0.1–0.35 s at 10,000 files).
 */
const CLAIM = 32;

/**
 * What a parser thread is given: every job, the counter of the next unclaimed one (shared), and which
 * fields of a position to send back: `frontmatter` leaves out the body, which only pages read.
 */
export interface WorkerData {
	jobs: ParseJob[];
	next: Int32Array;
	fields: 'all' | 'frontmatter';
}

const { jobs, next, fields } = workerData as WorkerData;

const BODY_FIELDS = Object.keys(PositionBodySchema.shape);

/** A value as the parent asked for it: without the body fields for `frontmatter`. */
function sendable<T>(value: T): T {
	if (fields === 'all' || value === null || typeof value !== 'object') return value;
	const copy = { ...value } as Record<string, unknown>;
	for (const field of BODY_FIELDS) delete copy[field];
	return copy as T;
}

let results: WorkerResult = [];
for (let start = Atomics.add(next, 0, CLAIM); start < jobs.length; start = Atomics.add(next, 0, CLAIM)) {
	for (let index = start; index < Math.min(start + CLAIM, jobs.length); index += 1) {
		const { parsed, problems } = parseJob(jobs[index]);
		results.push({
			index,
			problems,
			parsed: parsed && { id: parsed.id, file: parsed.file, value: sendable(parsed.value), partial: sendable(parsed.partial), source: parsed.source },
		});
		if (results.length === BATCH) {
			parentPort?.postMessage({ results } satisfies WorkerMessage);
			results = [];
		}
	}
}
if (results.length > 0) parentPort?.postMessage({ results } satisfies WorkerMessage);
parentPort?.postMessage({ done: true } satisfies WorkerMessage);
