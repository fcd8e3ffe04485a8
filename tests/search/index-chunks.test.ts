/**
 * The re-chunked Pagefind index (src/lib/search/build/rechunk.ts): a real index built by Pagefind,
 * re-chunked into many small chunks and searched with the bundle's own pagefind.js, which must find
 * the same pages with the same scores as from Pagefind's own chunks, and load one chunk per word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cutCost } from '../../src/lib/search/build/chunks.ts';
import { SEARCH_PARTS_PATH, SORT_ORDERS_PATH } from '../../src/lib/search/query.ts';
import { sortResults } from '../../src/lib/search/rerank.ts';
import { openSearch } from './support/pagefind-node.ts';
import {
	chunkWordLists,
	cutCosts,
	holding,
	readMeta,
	rechunkedIndexes,
	VOCABULARY,
	type RechunkedIndexes,
} from './support/rechunked-index.ts';

let indexes: RechunkedIndexes;
beforeAll(async () => {
	indexes = await rechunkedIndexes();
}, 60_000);
afterAll(() => indexes.close());

describe('a re-chunked index', () => {
	test('is cut into many chunks, none of them between words that begin one another or share more than two letters', () => {
		const { site, rechunked, chunksBefore } = indexes;
		expect(rechunked.parts).toBe(1);
		expect(
			readFileSync(join(site, ...SEARCH_PARTS_PATH.split('/').filter(Boolean)), 'utf8'),
		).toBe('[]');
		expect(chunksBefore).toBe(1);
		expect(rechunked.chunks).toBeGreaterThanOrEqual(10);
		expect(cutCosts(join(site, 'pagefind'))).toEqual(Array(rechunked.chunks - 1).fill(0));
	});

	test('finds the same pages with the same scores for every word', async () => {
		const { site, before } = indexes;
		const search = await openSearch(join(site, 'pagefind'));
		try {
			// The same pages with the same scores, in the same order; the ids are the renamed fragments.
			const pagesOf = (results: { score: number; url: string }[]) =>
				results.map(({ score, url }) => ({ score, url }));
			for (const word of VOCABULARY) {
				const results = await search.results(word);
				expect([word, pagesOf(results)]).toEqual([word, pagesOf(before.get(word)!)]);
				for (const { id } of results) expect(id).toMatch(/^et_[0-9a-f]{10}_\d+$/);
			}
		} finally {
			search.close();
		}
	});

	test('loads the one chunk whose range holds a query word, whether the index holds it, only longer words or none', async () => {
		const bundle = join(indexes.tiny, 'pagefind');
		expect(Math.max(...cutCosts(bundle))).toBeGreaterThanOrEqual(1000);
		const ranges = readMeta(bundle)[2];
		const chunks = chunkWordLists(bundle);
		// Around each cut inside a family of words: the words on both sides and a longer word after the last,
		// which none of Pagefind's own ranges holds (they end at the shortest beginning that tells chunks apart).
		const queries = chunks.slice(1).flatMap((words, i) => {
			const last = chunks[i].at(-1)!;
			return cutCost(last, words[0]) > 0 ? [last, `${last}konto`, words[0]] : [];
		});
		expect(queries.length).toBeGreaterThan(0);
		const chunkOf = (word: string) =>
			holding(
				ranges.map(([from, to]) => ({ from, to })),
				word,
			).map((i) => `index/${ranges[i][2]}.pf_index`);
		for (const query of queries) {
			// A new pagefind.js each time: it keeps the chunks it has loaded.
			const search = await openSearch(bundle);
			try {
				await search.results(query);
				const loaded = search.fetched.filter((path) => path.startsWith('index/'));
				// Pagefind looks up the word as typed and its stem, a beginning of it.
				const beginnings = Array.from(query, (_, n) =>
					Array.from(query)
						.slice(0, n + 1)
						.join(''),
				).flatMap(chunkOf);
				expect([query, loaded]).toEqual([query, expect.arrayContaining(chunkOf(query))]);
				expect([
					query,
					loaded.length <= 2 && loaded.every((path) => beginnings.includes(path)),
				]).toEqual([query, true]);
			} finally {
				search.close();
			}
		}
	}, 60_000);

	test('the metadata lists exactly the chunk files there are, and no sort orders', () => {
		const { site } = indexes;
		const bundle = join(site, 'pagefind');
		const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
			languages: { et: { hash: string } };
		};
		expect(readdirSync(bundle).filter((name) => name.endsWith('.pf_meta'))).toEqual([
			`pagefind.${entry.languages.et.hash}.pf_meta`,
		]);
		const meta = readMeta(bundle);
		expect(meta[2].map(([, , name]) => `${name}.pf_index`).sort()).toEqual(
			readdirSync(join(bundle, 'index')).sort(),
		);
		expect(meta[4]).toEqual([]);
	});

	test('the sort orders list the result ids by the pages’ sort keys, from one index or from parts, and order search results by them', async () => {
		const { site, split, sortKeys } = indexes;
		for (const dir of [site, split]) {
			const orders = join(dir, ...SORT_ORDERS_PATH.split('/').filter(Boolean));
			expect(readdirSync(orders).sort()).toEqual(['muudetud.json', 'pealkiri.json']);
			const search = await openSearch(join(dir, 'pagefind'));
			try {
				const urlOf = new Map((await search.results(null)).map(({ id, url }) => [id, url]));
				expect(urlOf.size).toBe(150);
				for (const name of ['pealkiri', 'muudetud'] as const) {
					const keys = (
						JSON.parse(readFileSync(join(orders, `${name}.json`), 'utf8')) as string[]
					).map((id) => sortKeys.get(urlOf.get(id)!)![name]!);
					// Every page with the key, each once, ascending as text.
					expect(keys).toHaveLength(
						[...sortKeys.values()].filter((page) => page[name] !== undefined).length,
					);
					expect(keys).toEqual([...keys].sort());
				}
				const byDate = JSON.parse(
					readFileSync(join(orders, 'muudetud.json'), 'utf8'),
				) as string[];
				expect(byDate).toHaveLength(135);
				const found = await search.results('töö');
				const sorted = sortResults(found, byDate, true);
				expect(new Set(sorted)).toEqual(new Set(found));
				const dated = sorted.filter(({ id }) => byDate.includes(id));
				expect(dated.map(({ id }) => byDate.indexOf(id))).toEqual(
					dated.map(({ id }) => byDate.indexOf(id)).sort((x, y) => y - x),
				);
				expect(sorted.slice(dated.length).map(({ id }) => id)).toEqual(
					found.filter(({ id }) => !byDate.includes(id)).map(({ id }) => id),
				);
			} finally {
				search.close();
			}
		}
	});
});
