/**
 * Parser thread of loadContentParallel: parses its share of the content files (parse-share.ts) and
 * sends the results to the main thread in batches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseNextClaim, type ShareData, type ShareResult } from './parse-share.ts';

/** A batch of results, or the end of the share; the parent reads each batch while later ones are parsed. */
export type WorkerMessage = { results: ShareResult } | { done: true };

/** Files per message: small enough that the parent's copying overlaps the parsing, large enough to be cheap. */
const BATCH = 250;

const data = workerData as ShareData;

let results: ShareResult = [];
for (let claimed = parseNextClaim(data); claimed.length > 0; claimed = parseNextClaim(data)) {
	results.push(...claimed);
	if (results.length >= BATCH) {
		parentPort?.postMessage({ results } satisfies WorkerMessage);
		results = [];
	}
}
if (results.length > 0) parentPort?.postMessage({ results } satisfies WorkerMessage);
parentPort?.postMessage({ done: true } satisfies WorkerMessage);
