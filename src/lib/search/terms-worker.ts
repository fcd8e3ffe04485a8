/**
 * Worker thread of prefetchSearchTerms (prefetch.ts): computes forPage for every text it is given, in
 * order, and sends the terms back in batches, so that the build's main thread finds them ready.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSearchTerms } from './index.ts';

export interface TermsBatch {
	/** Index of the batch's first text in the texts sent. */
	start: number;
	terms: string[][];
}

const BATCH = 100;
const texts = (workerData as { texts: string[] }).texts;
const searchTerms = await createSearchTerms();
for (let start = 0; start < texts.length; start += BATCH) {
	const batch: TermsBatch = { start, terms: texts.slice(start, start + BATCH).map((text) => searchTerms.forPage(text)) };
	parentPort?.postMessage(batch);
}
