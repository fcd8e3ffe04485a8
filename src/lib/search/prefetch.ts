/**
 * The search terms of the pages a build is about to render, computed ahead on a worker thread. Astro
 * renders pages one after another on one thread; on 5,000 positions the Estonian analysis took 3–5 s of
 * it, while the machine's other core idled. The worker runs ahead of the pages, so the render only looks
 * the terms up. Any text it was not given, and every text when the worker cannot run, goes through the
 * analyser on this thread, with the same result (tests/search/prefetch.test.ts).
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createSearchTerms, type SearchTerms } from './index.ts';
import type { TermsBatch, TermsRequest } from './terms-worker.ts';

export interface PageTerms {
	/** The page's extra index terms; the same as SearchTerms.forPage. */
	forPage(text: string): Promise<string[]>;
	/** Pages answered from the worker's results and pages computed on this thread, so far. */
	counts(): { prefetched: number; computedHere: number };
}

/**
 * Heap limits of the worker thread, in MiB: a few times what it keeps (the dictionary, about 30 MiB, and the
 * texts, two bytes a character), so that it collects before it grows. Without them V8 let the thread take
 * about 200 MiB at 5,000 positions, on top of the build's own peak.
 */
function workerLimits(texts: readonly string[]): {
	maxOldGenerationSizeMb: number;
	maxYoungGenerationSizeMb: number;
} {
	const textMiB = (texts.reduce((sum, text) => sum + text.length, 0) * 2) / 2 ** 20;
	return { maxOldGenerationSizeMb: Math.ceil(256 + 4 * textMiB), maxYoungGenerationSizeMb: 16 };
}

/** Below this many texts the worker's start-up (the dictionary, about a third of a second) is not worth it. */
export const MIN_TEXTS_FOR_WORKER = 500;

/**
 * `worker` is the path of terms-worker.ts: in a build, this module is bundled elsewhere, so the caller
 * says where the source is. Without it, or with few texts, everything is computed on this thread.
 * `later` are texts known only after the first ones (the build starts the thread as soon as the pages'
 * own texts are known); the thread takes them after the first, and a page asking for one of them before
 * they are known waits for them.
 */
export function prefetchSearchTerms(
	texts: readonly string[],
	worker?: string,
	later?: Promise<readonly string[]>,
): PageTerms {
	let local: Promise<SearchTerms> | undefined;
	let prefetched = 0;
	let computedHere = 0;
	const counts = () => ({ prefetched, computedHere });
	const computeHere = async (text: string) => {
		computedHere += 1;
		return (await (local ??= createSearchTerms())).forPage(text);
	};
	if (worker === undefined || texts.length < MIN_TEXTS_FOR_WORKER || !existsSync(worker))
		return { forPage: computeHere, counts };

	const all = [...texts];
	const ready = new Map<string, string[]>();
	const waiting = new Map<string, ((terms: string[] | undefined) => void)[]>();
	const expected = new Set(texts);
	let finished = false;
	const finish = () => {
		finished = true;
		// Whatever the worker did not deliver is computed here.
		for (const [, resolvers] of waiting) for (const resolve of resolvers) resolve(undefined);
		waiting.clear();
	};
	const thread = new Worker(worker, { resourceLimits: workerLimits(texts) });
	thread.postMessage({ texts: all, last: later === undefined } satisfies TermsRequest);
	// Settles once the later texts are sent (or have failed: then they are computed here).
	const laterSent = (later ?? Promise.resolve([]))
		.then((more) => {
			if (later === undefined) return;
			const fresh = [...new Set(more)].filter((text) => !expected.has(text));
			for (const text of fresh) expected.add(text);
			all.push(...fresh);
			thread.postMessage({ texts: fresh, last: true } satisfies TermsRequest);
		})
		.catch(() => thread.postMessage({ texts: [], last: true } satisfies TermsRequest));
	thread.on('message', ({ start, terms }: TermsBatch) => {
		terms.forEach((pageTerms, offset) => {
			const text = all[start + offset];
			ready.set(text, pageTerms);
			for (const resolve of waiting.get(text) ?? []) resolve(pageTerms);
			waiting.delete(text);
		});
	});
	thread.on('error', (error: Error) => {
		console.warn(
			`Otsinguterminite lõim katkes, arvutan ülejäänud terminid siin: ${error.message}`,
		);
		finish();
	});
	// The thread ends by itself after the last texts.
	thread.on('exit', finish);

	return {
		async forPage(text) {
			if (!expected.has(text)) await laterSent;
			let terms = ready.get(text);
			if (!terms && !finished && expected.has(text)) {
				terms = await new Promise<string[] | undefined>((resolve) => {
					const list = waiting.get(text) ?? [];
					list.push(resolve);
					waiting.set(text, list);
				});
			}
			if (!terms) return computeHere(text);
			prefetched += 1;
			return terms;
		},
		counts,
	};
}
