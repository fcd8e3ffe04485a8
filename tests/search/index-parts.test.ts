/**
 * A search index in parts (src/lib/search/build/index-build.ts, rechunk.ts): the pages indexed by
 * Pagefind as four parts of interleaved pages, re-chunked, and searched together, must find what one
 * index of all pages finds, each part holding only its own pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SEARCH_PARTS_PATH } from '../../src/lib/search/query.ts';
import { openSearch } from './support/pagefind-node.ts';
import {
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

describe('parts indexed apart and re-chunked', () => {
	test('parts indexed apart together find the same pages as one index, for every word, compound and filter', async () => {
		const { split, splitRechunked, before, filteredBefore, moreBefore } = indexes;
		expect(splitRechunked.parts).toBe(4);
		expect(
			JSON.parse(
				readFileSync(join(split, ...SEARCH_PARTS_PATH.split('/').filter(Boolean)), 'utf8'),
			),
		).toEqual(['/pagefind/osa-2/', '/pagefind/osa-3/', '/pagefind/osa-4/']);
		const search = await openSearch(join(split, 'pagefind'));
		try {
			const urls = async (query: string | null, options?: Record<string, unknown>) =>
				(await search.results(query, options)).map(({ url }) => url).sort();
			for (const word of VOCABULARY)
				expect([word, await urls(word)]).toEqual([
					word,
					before
						.get(word)!
						.map(({ url }) => url)
						.sort(),
				]);
			for (const [query, found] of moreBefore)
				expect([query, await urls(query)]).toEqual([query, found]);
			for (const [word, found] of filteredBefore)
				expect([
					word,
					await urls(word === 'null' ? null : word, { filters: { osakond: ['o3'] } }),
				]).toEqual([word, found]);
			// Pages from every part are found.
			expect(
				search.fetched
					.filter((path) => path.endsWith('.pf_fragment'))
					.map((path) => path.split('/')[0]),
			).toEqual(expect.arrayContaining(['fragment', 'osa-2', 'osa-3', 'osa-4']));
		} finally {
			search.close();
		}
	});

	test('each part holds its own pages, with their fragments, chunks and filters (the sort keys’ taken out), and nothing else', () => {
		const { split, sortKeys } = indexes;
		for (const [part, folder] of ['', 'osa-2', 'osa-3', 'osa-4'].entries()) {
			const bundle = join(split, 'pagefind', folder);
			const [, pages, chunks, filters] = readMeta(bundle);
			const urls = pages.map(
				([name]) =>
					(
						JSON.parse(
							gunzipSync(
								readFileSync(join(bundle, 'fragment', `${name}.pf_fragment`)),
							)
								.subarray(12)
								.toString(),
						) as { url: string }
					).url,
			);
			expect(urls.sort()).toEqual(
				[...sortKeys.keys()].filter((_, n) => n % 4 === part).sort(),
			);
			expect(readdirSync(join(bundle, 'fragment')).sort()).toEqual(
				pages.map(([hash]) => `${hash}.pf_fragment`).sort(),
			);
			expect(readdirSync(join(bundle, 'index')).sort()).toEqual(
				chunks.map(([, , name]) => `${name}.pf_index`).sort(),
			);
			expect(filters.map(([name]) => name)).toEqual(['osakond']);
			expect(readdirSync(join(bundle, 'filter')).sort()).toEqual(
				filters.map(([, name]) => `${name}.pf_filter`).sort(),
			);
			expect(readdirSync(bundle).filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
			if (part > 0)
				expect(readdirSync(bundle).sort()).toEqual(
					[
						'filter',
						'fragment',
						'index',
						'pagefind-entry.json',
						readdirSync(bundle).find((name) => name.endsWith('.pf_meta')),
					].sort(),
				);
		}
	});
});
