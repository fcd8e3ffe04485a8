/**
 * Worker thread of prefetchSearchTerms (prefetch.ts): computes forPage for every text it is sent, in
 * order, and sends the terms back in batches, so that the build's main thread finds them ready. The
 * analyser loads while the first texts are on their way; after the message marked last, the thread
 * finishes its queue and ends.
 */
import { parentPort } from 'node:worker_threads';
import { createSearchTerms, type SearchTerms } from './index.ts';

/** Texts for the thread, appended to those sent before; `last` ends the thread once all are done. */
export interface TermsRequest {
	texts: string[];
	last: boolean;
}

export interface TermsBatch {
	/** Index of the batch's first text among all texts sent, in order. */
	start: number;
	terms: string[][];
}

/**
 * Texts per message. The first pages wait for the first batch, so batches start at one text and double up
 * to this size, which keeps messages few once the thread is ahead of the pages.
 */
const BATCH = 128;

const analyser = createSearchTerms();
const queue: string[] = [];
let last = false;
let next = 0;
let size = 1;
let running: Promise<void> | undefined;

async function work(): Promise<void> {
	const searchTerms: SearchTerms = await analyser;
	// Synchronous to the end of the queue: texts that arrive meanwhile are taken by the next run.
	while (next < queue.length) {
		const start = next;
		const texts = queue.slice(start, start + size);
		next += texts.length;
		size = Math.min(size * 2, BATCH);
		parentPort?.postMessage({
			start,
			terms: texts.map((text) => searchTerms.forPage(text)),
		} satisfies TermsBatch);
	}
}

function drain(): void {
	running ??= work().finally(() => {
		running = undefined;
		if (next < queue.length) drain();
		else if (last) parentPort?.close();
	});
}

parentPort?.on('message', (request: TermsRequest) => {
	queue.push(...request.texts);
	last ||= request.last;
	drain();
});
