/**
 * The re-chunked Pagefind index (src/lib/search/build/chunks.ts, rechunk.ts): the chunk plan on its own, and a real
 * index built by the pagefind binary, re-chunked into many small chunks and searched with the bundle's own
 * pagefind.js, which must find the same pages with the same scores as from Pagefind's own chunks.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import fc from 'fast-check';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	chunkGroups,
	chunkRanges,
	cutCost,
	mergeVocabularies,
	type ChunkSizes,
	type WordEntry,
} from '../../src/lib/search/build/chunks.ts';
import { rechunkSearchIndex, type Rechunked } from '../../src/lib/search/build/rechunk.ts';
import {
	SEARCH_PARTS_PATH,
	SORT_ORDERS_PATH,
	sortKeyFilter,
	sortResults,
} from '../../src/lib/search/query.ts';
import { closePagefind, openSearch, pageHtml } from './support/pagefind-node.ts';

/** chunkGroups as the index of each chunk's first word. */
function planChunks(words: readonly { word: string; size: number }[], options: ChunkSizes) {
	const starts: number[] = [];
	let start = 0;
	for (const group of chunkGroups(words, options)) {
		starts.push(start);
		start += group.length;
	}
	return starts;
}

/** Orders words as Pagefind's Rust does: by UTF-8 bytes, which is code point order. */
const byCodePoint = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
/** The chunks whose range holds `word`, as the browser tests it first (from ≤ word ≤ to). */
const holding = (ranges: { from: string; to: string }[], word: string) =>
	ranges.flatMap(({ from, to }, i) =>
		byCodePoint(from, word) <= 0 && byCodePoint(word, to) <= 0 ? [i] : [],
	);

describe('chunk ranges', () => {
	test('a chunk starts at the shortest beginning that tells it from the chunk before, as Pagefind writes it, and ends just below the next', () => {
		// The chunks of Pagefind 1.5's own get_prefixes tests.
		expect(chunkRanges([['apple'], ['apricot', 'banana'], ['peach']])).toEqual([
			{ from: '', to: 'apq\u{10FFFF}' },
			{ from: 'apr', to: 'o\u{10FFFF}' },
			{ from: 'p', to: '\u{10FFFF}' },
		]);
		expect(chunkRanges([['cath'], ['cathartic']])).toEqual([
			{ from: '', to: 'cath`\u{10FFFF}' },
			{ from: 'catha', to: '\u{10FFFF}' },
		]);
		expect(chunkRanges([['yacht']])).toEqual([{ from: '', to: '\u{10FFFF}' }]);
	});

	test('letters are compared as code points, and a range never ends in a surrogate', () => {
		expect(chunkRanges([['–toetus'], ['–tööd']])).toEqual([
			{ from: '', to: '–tõ\u{10FFFF}' },
			{ from: '–tö', to: '\u{10FFFF}' },
		]);
		expect(chunkRanges([['𝔞b'], ['𝔞c']])).toEqual([
			{ from: '', to: '𝔞b\u{10FFFF}' },
			{ from: '𝔞c', to: '\u{10FFFF}' },
		]);
		expect(chunkRanges([['a\u{D7FF}'], ['a\u{E000}']])[0].to).toBe('a\u{D7FF}\u{10FFFF}');
	});

	test('every word (without U+10FFFF, which is no character), in the index or not, falls in exactly one range, and each index word in its own chunk’s', () => {
		const letters = fc.constantFrom(
			'a',
			'b',
			'k',
			'z',
			'õ',
			'ä',
			'ü',
			'–',
			'𝔞',
			'\u{E000}',
			'\0',
		);
		const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((list) => list.join(''));
		const chunked = fc
			.uniqueArray(word, { minLength: 1, maxLength: 40 })
			.chain((list) =>
				fc.tuple(
					fc.constant([...list].sort(byCodePoint)),
					fc
						.uniqueArray(fc.integer({ min: 1, max: list.length }), { maxLength: 10 })
						.map((cuts) => cuts.filter((cut) => cut < list.length)),
				),
			)
			.map(([list, cuts]) =>
				[0, ...cuts.sort((x, y) => x - y)].map((start, i, starts) =>
					list.slice(start, starts[i + 1] ?? list.length),
				),
			);
		fc.assert(
			fc.property(chunked, fc.array(word), (chunks, queries) => {
				const ranges = chunkRanges(chunks);
				for (const [i, words] of chunks.entries())
					for (const w of words) expect([w, holding(ranges, w)]).toEqual([w, [i]]);
				for (const query of queries)
					expect([query, holding(ranges, query)]).toEqual([query, [expect.any(Number)]]);
			}),
		);
	});
});

describe('the words of parts indexed apart', () => {
	const word = fc.stringMatching(/^[a-zõäöü]{1,8}$/);
	/** A part's word list as Pagefind writes it (ascending), each entry with bytes of its own. */
	const part = fc
		.uniqueArray(word, { maxLength: 30 })
		.map((words) =>
			words
				.sort()
				.map((w): WordEntry => ({ word: w, bytes: encode([w, [[0, [1], []]], []]) })),
		);

	test('every part gets every word of all parts, in index order: its own entries as they were, the others with no pages', () => {
		fc.assert(
			fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
				const merged = mergeVocabularies(parts);
				const all = [...new Set(parts.flat().map(({ word }) => word))].sort();
				expect(merged).toHaveLength(parts.length);
				for (const [n, words] of merged.entries()) {
					expect(words.map(({ word }) => word)).toEqual(all);
					const own = new Map(parts[n].map((entry) => [entry.word, entry]));
					for (const entry of words) {
						if (own.has(entry.word)) expect(entry).toBe(own.get(entry.word));
						else expect(decode(entry.bytes)).toEqual([entry.word, [], []]);
					}
				}
			}),
		);
	});
});

describe('cut cost', () => {
	test('nothing between words that share two letters or fewer', () => {
		expect(cutCost('aruanne', 'büroo')).toBe(0);
		expect(cutCost('kasu', 'kaal')).toBe(0);
		expect(cutCost('kasu', 'katus')).toBe(0);
	});

	test('a partial word between words sharing more, and most after a word that begins the next', () => {
		expect(cutCost('kasutaja', 'kasvatus')).toBe(3);
		expect(cutCost('jarelevalvet', 'jarelkontroll')).toBe(5);
		expect(cutCost('jarelevalve', 'jarelevalvealase')).toBeGreaterThanOrEqual(1000);
		expect(cutCost('jarelevalve', 'jarelevalvealase')).toBeGreaterThan(
			cutCost('jarelevalvet', 'jarelkontroll'),
		);
	});
});

describe('chunk plan', () => {
	const words = fc
		.uniqueArray(fc.stringMatching(/^[abc]{1,6}$/), { minLength: 1, maxLength: 80 })
		.chain((list) =>
			fc.tuple(
				fc.constant([...list].sort()),
				fc.array(fc.integer({ min: 1, max: 5_000 }), {
					minLength: list.length,
					maxLength: list.length,
				}),
			),
		)
		.map(([list, sizes]) => list.map((word, i) => ({ word, size: sizes[i] })));
	const options = fc
		.record({
			target: fc.integer({ min: 100, max: 6_000 }),
			factor: fc.integer({ min: 2, max: 4 }),
		})
		.map(({ target, factor }) => ({
			targetBytes: target,
			maxBytes: target * factor,
		}));

	test('chunks cover every word once, in order; each but the last holds half the target; none passes the maximum but by one large word', () => {
		fc.assert(
			fc.property(words, options, (list, opts) => {
				const starts = planChunks(list, opts);
				expect(starts[0]).toBe(0);
				for (let i = 1; i < starts.length; i++)
					expect(starts[i]).toBeGreaterThan(starts[i - 1]);
				expect(starts.at(-1)!).toBeLessThan(list.length);
				for (let i = 0; i < starts.length; i++) {
					const chunk = list.slice(starts[i], starts[i + 1] ?? list.length);
					const size = chunk.reduce((sum, word) => sum + word.size, 0);
					if (i + 1 < starts.length)
						expect(size).toBeGreaterThanOrEqual(opts.targetBytes / 2);
					if (size > opts.maxBytes)
						expect(size - chunk.at(-1)!.size).toBeLessThan(opts.targetBytes / 2);
				}
			}),
		);
	});

	test('no cut inside a chunk, past half the target, would have hidden less than the cut taken', () => {
		fc.assert(
			fc.property(words, options, (list, opts) => {
				const starts = planChunks(list, opts);
				for (let i = 0; i + 1 < starts.length; i++) {
					const end = starts[i + 1] - 1;
					const taken = cutCost(list[end].word, list[end + 1].word);
					let size = 0;
					for (let j = starts[i]; j < end; j++) {
						size += list[j].size;
						if (size >= opts.targetBytes / 2)
							expect(
								Math.min(cutCost(list[j].word, list[j + 1].word), 1000),
							).toBeGreaterThanOrEqual(Math.min(taken, 1000));
					}
				}
			}),
		);
	});

	test('a family of words that begin one another stays in one chunk when a cut between unrelated words is near', () => {
		const list = [
			'aruanne',
			'hange',
			'jarelevalve',
			'jarelevalvealase',
			'jarelevalvet',
			'kasu',
			'kasutaja',
			'kasutajakonto',
			'tooga',
		].map((word) => ({
			word,
			size: 100,
		}));
		const starts = planChunks(list, { targetBytes: 300, maxBytes: 600 });
		const chunks = starts.map((start, i) =>
			list.slice(start, starts[i + 1] ?? list.length).map(({ word }) => word),
		);
		expect(chunks).toContainEqual(
			expect.arrayContaining(['jarelevalve', 'jarelevalvealase', 'jarelevalvet']),
		);
		expect(chunks).toContainEqual(
			expect.arrayContaining(['kasu', 'kasutaja', 'kasutajakonto']),
		);
	});
});

/** Deterministic pseudo-random numbers (a linear congruential generator), so the pages are the same each run. */
function random(seed: number): () => number {
	let state = seed;
	return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const VOCABULARY = [
	'aruanne',
	'aruande',
	'büroo',
	'dokument',
	'dokumendid',
	'eelarve',
	'eelarvet',
	'füüsiline',
	'hange',
	'hanked',
	'hangetega',
	'haldus',
	'haldamine',
	'isikuandmed',
	'juhend',
	'juhendamine',
	'järelevalve',
	'järelevalvet',
	'järelevalvealase',
	'järelkontroll',
	'kasu',
	'kasutaja',
	'kasutajakonto',
	'kasutajakontode',
	'kliendid',
	'klienditeenindus',
	'koolitus',
	'koolituse',
	'lahendus',
	'lähetus',
	'menetlus',
	'menetlemine',
	'nõustamine',
	'nõuded',
	'ohvriabi',
	'ohvriabiteenus',
	'planeerimine',
	'pöördumine',
	'pöördumised',
	'riigihange',
	'sotsiaaltöö',
	'sotsiaalteenus',
	'statistika',
	'šabloon',
	'tegevusluba',
	'tegevusload',
	'toetus',
	'toetused',
	'töö',
	'tööga',
	'tööülesanne',
	'tööülesanded',
	'ülevaade',
	'ülevaatus',
	'ülesanne',
	'õigus',
	'õigusakt',
	'õigusaktide',
	'õigeaegselt',
	'ärakiri',
	'õppus',
	'zooloog',
	'žürii',
];

/** The index metadata the bundle's entry points at: [version, pages, chunks (from, to, file name), filters, sorts, …]. */
function readMeta(
	bundle: string,
): [string, [string, number][], [string, string, string][], [string, string][], unknown[]] {
	const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
		languages: { et: { hash: string } };
	};
	return decode(
		gunzipSync(
			readFileSync(join(bundle, `pagefind.${entry.languages.et.hash}.pf_meta`)),
		).subarray(12),
	) as ReturnType<typeof readMeta>;
}

describe('a re-chunked index', () => {
	let site: string;
	let rechunked: Rechunked;
	/** The same index in chunks so small that families of words ("kasu", "kasutaja"…) are cut apart. */
	let tiny: string;
	let tinyRechunked: Rechunked;
	/** The same pages indexed in four parts of interleaved pages, one Pagefind index each, as index-build.ts builds a large site's. */
	let split: string;
	let splitRechunked: Rechunked;
	const before = new Map<string, { id: string; score: number; url: string }[]>();
	const filteredBefore = new Map<string, string[]>();
	/** Made-up compounds (found through the index word that begins them) and pairs of words. */
	const moreBefore = new Map<string, string[]>();
	/** Each page's sort keys, by URL. */
	const sortKeys = new Map<string, { pealkiri: string; muudetud?: string }>();

	beforeAll(async () => {
		const next = random(7);
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'et' });
		if (!index) throw new Error(errors.join('\n'));
		const parts = await Promise.all(
			Array.from({ length: 4 }, () => pagefind.createIndex({ forceLanguage: 'et' })),
		);
		for (let n = 0; n < 150; n++) {
			// "haruldane" (rare) is on three pages only, so some parts of a split index have none of it.
			const body = `${Array.from({ length: 30 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(' ')}${n % 50 === 0 ? ' haruldane' : ''}`;
			const title = `${VOCABULARY[Math.floor(next() * VOCABULARY.length)]} ${n}`;
			const changed = `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
			const url = `/ametikohad/a${n}/`;
			// Every tenth page has no change date.
			sortKeys.set(
				url,
				n % 10 === 0 ? { pealkiri: title } : { pealkiri: title, muudetud: changed },
			);
			const html = pageHtml({ url, title, body }).replace(
				'</main>',
				`<span data-pagefind-filter="osakond">o${n % 7}</span><span data-pagefind-filter="${sortKeyFilter('pealkiri', title)}"></span>${n % 10 === 0 ? '' : `<span data-pagefind-filter="${sortKeyFilter('muudetud', changed)}"></span>`}</main>`,
			);
			for (const target of [index, parts[n % 4].index]) {
				const added = await target!.addHTMLFile({ url, content: html });
				if (added.errors.length) throw new Error(added.errors.join('\n'));
			}
		}
		site = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
		await index.writeFiles({ outputPath: join(site, 'pagefind') });
		split = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
		for (const [n, part] of parts.entries())
			await part.index!.writeFiles({
				outputPath: join(split, 'pagefind', n === 0 ? '' : `osa-${n + 1}`),
			});
		const search = await openSearch(join(site, 'pagefind'));
		for (const word of VOCABULARY) before.set(word, await search.results(word));
		for (const query of ['haruldane', 'haruldanekonto', 'haruldane töö'])
			moreBefore.set(query, (await search.results(query)).map(({ url }) => url).sort());
		for (const [i, word] of VOCABULARY.entries()) {
			for (const query of [
				`${word}konto`,
				`${word} ${VOCABULARY[(i * 7 + 3) % VOCABULARY.length]}`,
			])
				moreBefore.set(query, (await search.results(query)).map(({ url }) => url).sort());
		}
		for (const word of [...VOCABULARY.slice(0, 10), null])
			filteredBefore.set(
				String(word),
				(await search.results(word, { filters: { osakond: ['o3'] } }))
					.map(({ url }) => url)
					.sort(),
			);
		search.close();
		tiny = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
		cpSync(join(site, 'pagefind'), join(tiny, 'pagefind'), { recursive: true });
		rechunked = await rechunkSearchIndex(site, { targetBytes: 1_500, maxBytes: 6_000 });
		splitRechunked = await rechunkSearchIndex(split, { targetBytes: 1_500, maxBytes: 6_000 });
		tinyRechunked = await rechunkSearchIndex(tiny, { targetBytes: 100, maxBytes: 200 });
	}, 60_000);

	afterAll(async () => {
		await closePagefind();
		for (const dir of [site, tiny, split]) rmSync(dir, { recursive: true, force: true });
	});

	test('is cut into many chunks, none of them between words that begin one another or share more than two letters', () => {
		expect(rechunked.parts).toBe(1);
		expect(
			readFileSync(join(site, ...SEARCH_PARTS_PATH.split('/').filter(Boolean)), 'utf8'),
		).toBe('[]');
		expect(rechunked.chunksBefore).toBe(1);
		expect(rechunked.chunksAfter).toBeGreaterThanOrEqual(10);
		expect(rechunked.partialWordCuts).toBe(0);
		expect(rechunked.wholeWordCuts).toBe(0);
	});

	test('finds the same pages with the same scores for every word', async () => {
		const search = await openSearch(join(site, 'pagefind'));
		try {
			// The same pages, scores and ids (the fragments keep Pagefind's names).
			for (const word of VOCABULARY)
				expect([word, await search.results(word)]).toEqual([word, before.get(word)!]);
		} finally {
			search.close();
		}
	});

	test('loads the one chunk whose range holds a query word, whether the index holds it, only longer words or none', async () => {
		expect(tinyRechunked.wholeWordCuts).toBeGreaterThan(0);
		const bundle = join(tiny, 'pagefind');
		const ranges = readMeta(bundle)[2];
		const chunks = ranges.map(([, , name]) => {
			const [words] = decode(
				gunzipSync(readFileSync(join(bundle, 'index', `${name}.pf_index`))).subarray(12),
			) as [[string][]];
			return words.map(([word]) => word);
		});
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

	test('parts indexed apart together find the same pages as one index, for every word, compound and filter', async () => {
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
