/**
 * The search terms of the pages a build is about to render, computed ahead on a worker thread. Astro
 * renders pages one after another on one thread; at 5,000 positions the Estonian analysis took about
 * 2.8 s of it, while the machine's other core idled. The render only looks the terms up. A text the
 * worker was not given, and every text when it cannot run, goes through the analyser on this thread,
 * with the same result (tests/search/prefetch.test.ts).
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createSearchTerms, type SearchTerms } from './index.ts';
import type { TermsBatch } from './terms-worker.ts';

export interface PageTerms {
	/** The page's extra index terms; the same as SearchTerms.forPage. */
	forPage(text: string): Promise<string[]>;
	/** Pages answered from the worker's results and pages computed on this thread, so far. */
	counts(): { prefetched: number; computedHere: number };
}

/** Below this many texts the worker's start-up (the dictionary, about a third of a second) does not pay. */
export const MIN_TEXTS_FOR_WORKER = 500;

/**
 * `worker` is the path of terms-worker.ts (in a build this module is bundled elsewhere); without it,
 * or with few texts, everything is computed on this thread.
 */
export function prefetchSearchTerms(texts: readonly string[], worker?: string): PageTerms {
	let local: Promise<SearchTerms> | undefined;
	let [prefetched, computedHere] = [0, 0];
	const counts = () => ({ prefetched, computedHere });
	const computeHere = async (text: string) => {
		computedHere += 1;
		return (await (local ??= createSearchTerms())).forPage(text);
	};
	if (worker === undefined || texts.length < MIN_TEXTS_FOR_WORKER || !existsSync(worker))
		return { forPage: computeHere, counts };

	// Each text's terms, or undefined if the thread ends without them.
	const pending = new Map(
		texts.map((text) => [text, Promise.withResolvers<string[] | undefined>()]),
	);
	// Heap limits a few times what it keeps (the dictionary, about 30 MiB, and the texts): without
	// them V8 let the thread take about 200 MiB at 5,000 positions, on top of the build's own peak.
	const textMiB = texts.reduce((sum, text) => sum + text.length, 0) / 2 ** 19;
	const resourceLimits = {
		maxOldGenerationSizeMb: Math.ceil(256 + 4 * textMiB),
		maxYoungGenerationSizeMb: 16,
	};
	const thread = new Worker(worker, { workerData: texts, resourceLimits });
	thread.on('message', ({ start, terms }: TermsBatch) =>
		terms.forEach((pageTerms, i) => pending.get(texts[start + i])!.resolve(pageTerms)),
	);
	thread.on('error', (error: Error) =>
		console.warn(
			`Otsinguterminite lõim katkes, arvutan ülejäänud terminid siin: ${error.message}`,
		),
	);
	thread.on('exit', () => {
		for (const { resolve } of pending.values()) resolve(undefined);
	});
	return {
		async forPage(text) {
			const terms = await pending.get(text)?.promise;
			if (!terms) return computeHere(text);
			prefetched += 1;
			return terms;
		},
		counts,
	};
}
