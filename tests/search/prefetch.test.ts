import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../src/lib/generate/corpus.ts';
import { createSearchTerms, type SearchTerms } from '../../src/lib/search/index.ts';
import { MIN_TEXTS_FOR_WORKER, prefetchSearchTerms } from '../../src/lib/search/prefetch.ts';

const WORKER = join(process.cwd(), 'src/lib/search/terms-worker.ts');

let direct: SearchTerms;
let texts: string[];

beforeAll(async () => {
	direct = await createSearchTerms();
	// Page texts as a build has them: a generated corpus's position bodies, each a distinct text.
	const corpus = generateCorpus({
		count: MIN_TEXTS_FOR_WORKER + 100,
		seed: 7,
		sourceRoot: process.cwd(),
	});
	texts = [
		...new Set(
			corpus.files
				.filter((file) => file.path.startsWith('content/positions/'))
				.map((file) => file.text.split('\n---\n')[1] ?? ''),
		),
	];
	expect(texts.length).toBeGreaterThanOrEqual(MIN_TEXTS_FOR_WORKER);
}, 60_000);

describe('search terms computed ahead on a worker thread', () => {
	test('give every page the terms the analyser gives it, in any order, from the worker', async () => {
		const terms = prefetchSearchTerms(texts, WORKER);
		const order = [...texts.keys()].reverse();
		const results = await Promise.all(order.map((index) => terms.forPage(texts[index])));
		order.forEach((index, position) =>
			expect(results[position], `text ${index}`).toEqual(direct.forPage(texts[index])),
		);
		expect(terms.counts()).toEqual({ prefetched: texts.length, computedHere: 0 });
	}, 60_000);

	test('compute a text the worker was not given on this thread, with the same result', async () => {
		const terms = prefetchSearchTerms(texts, WORKER);
		const other = 'Riigihangete korraldamine ja SKAIS-i kasutajatugi';
		expect(await terms.forPage(other)).toEqual(direct.forPage(other));
		expect(await terms.forPage(texts[0])).toEqual(direct.forPage(texts[0]));
		expect(terms.counts()).toEqual({ prefetched: 1, computedHere: 1 });
	}, 60_000);

	test('without the worker file, or with few texts, compute everything on this thread', async () => {
		for (const terms of [
			prefetchSearchTerms(texts, join(process.cwd(), 'no-such-worker.ts')),
			prefetchSearchTerms(texts.slice(0, 10), WORKER),
		]) {
			for (const text of texts.slice(0, 10))
				expect(await terms.forPage(text)).toEqual(direct.forPage(text));
			expect(terms.counts()).toEqual({ prefetched: 0, computedHere: 10 });
		}
	}, 60_000);
});
