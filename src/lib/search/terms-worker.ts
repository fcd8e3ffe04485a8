/**
 * Worker thread of prefetchSearchTerms (prefetch.ts): computes forPage for every text of its
 * workerData, in order, and sends the terms back in batches that start at one text and double up to
 * BATCH, so that the first pages wait little and messages stay few once the thread is ahead.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSearchTerms } from './index.ts';

export interface TermsBatch {
	/** Index of the batch's first text among the texts. */
	start: number;
	terms: string[][];
}

const BATCH = 128;
const texts = workerData as string[];
const searchTerms = await createSearchTerms();
for (
	let start = 0, size = 1;
	start < texts.length;
	start += size, size = Math.min(2 * size, BATCH)
) {
	const terms = texts.slice(start, start + size).map((text) => searchTerms.forPage(text));
	parentPort!.postMessage({ start, terms } satisfies TermsBatch);
}
