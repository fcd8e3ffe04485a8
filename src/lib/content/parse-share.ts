/**
 * One thread's share of loadContentParallel's parsing (load-parallel.ts), the same on the main thread
 * and on a parser thread (parse-worker.ts): files claimed from a shared counter, parsed, and returned
 * as plain data (values, problems and what each file's locator is made from; a function cannot be
 * sent between threads).
 */
import { PositionBodySchema } from '../../../schemas/position.ts';
import { parseJob, type ParseJob } from './load.ts';
import type { ParsedFile } from './parse-file.ts';

export type ShareResult = {
	index: number;
	parsed?: Omit<ParsedFile<unknown>, 'locate' | 'problems'>;
	problems: ParsedFile<unknown>['problems'];
}[];

/**
 * What every parsing thread is given: every job, the counter of the next unclaimed one (shared), and
 * which fields of a position to return: `frontmatter` leaves out the body, which only pages read.
 */
export interface ShareData {
	jobs: ParseJob[];
	next: Int32Array;
	fields: 'all' | 'frontmatter';
}

/**
 * Files a thread takes at a time from the shared counter. Threads share the work as they go, not by a
 * fixed split: on a shared machine one thread often runs slower, and with a fixed half each the other
 * waited for it at the end (0.1–0.35 s at 10,000 files).
 */
const CLAIM = 32;

const BODY_FIELDS = Object.keys(PositionBodySchema.shape);

/** A value as the caller asked for it: without the body fields for `frontmatter`. */
function shaped<T>(value: T, fields: ShareData['fields']): T {
	if (fields === 'all' || value === null || typeof value !== 'object') return value;
	const copy = { ...value } as Record<string, unknown>;
	for (const field of BODY_FIELDS) delete copy[field];
	return copy as T;
}

/** Claims the next run of jobs and parses it; an empty result when every job has been claimed. */
export function parseNextClaim({ jobs, next, fields }: ShareData): ShareResult {
	const start = Atomics.add(next, 0, CLAIM);
	const results: ShareResult = [];
	for (let index = start; index < Math.min(start + CLAIM, jobs.length); index += 1) {
		const { parsed, problems } = parseJob(jobs[index]);
		results.push({
			index,
			problems,
			parsed: parsed && {
				id: parsed.id,
				file: parsed.file,
				value: shaped(parsed.value, fields),
				partial: shaped(parsed.partial, fields),
				source: parsed.source,
			},
		});
	}
	return results;
}
