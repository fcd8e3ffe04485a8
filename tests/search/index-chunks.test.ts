/**
 * The re-chunked Pagefind index (src/integrations/index-chunks.ts): the chunk plan on its own, and a real
 * index built by the pagefind binary, re-chunked into many small chunks and searched with the bundle's own
 * pagefind.js, which must find the same pages with the same scores as from Pagefind's own chunks.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import fc from 'fast-check';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chunkRanges, cutCost, planChunks, rechunkSearchIndex, type Rechunked } from '../../src/integrations/index-chunks.ts';
import { SORT_ORDERS_PATH, sortResults } from '../../src/lib/search/query.ts';
import { closePagefind, openSearch, pageHtml } from './support/pagefind-node.ts';

describe('chunk ranges', () => {
	test('the boundaries between neighbouring chunks are the shortest distinguishing beginnings, as Pagefind writes them', () => {
		// The cases of Pagefind 1.5's own get_prefixes tests.
		expect(chunkRanges([['apple'], ['apricot', 'banana'], ['peach']])).toEqual([
			{ from: 'apple', to: 'app' },
			{ from: 'apr', to: 'b' },
			{ from: 'p', to: 'peach' },
		]);
		expect(chunkRanges([['cataraman'], ['yacht']])).toEqual([
			{ from: 'cataraman', to: 'c' },
			{ from: 'y', to: 'yacht' },
		]);
		expect(chunkRanges([['cath'], ['cathartic']])).toEqual([
			{ from: 'cath', to: 'cath' },
			{ from: 'catha', to: 'cathartic' },
		]);
	});

	test('letters are compared as code points', () => {
		expect(chunkRanges([['–toetus'], ['–tööd']])).toEqual([
			{ from: '–toetus', to: '–to' },
			{ from: '–tö', to: '–tööd' },
		]);
		expect(chunkRanges([['𝔞b'], ['𝔞c']])).toEqual([
			{ from: '𝔞b', to: '𝔞b' },
			{ from: '𝔞c', to: '𝔞c' },
		]);
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
		expect(cutCost('jarelevalve', 'jarelevalvealase')).toBeGreaterThan(cutCost('jarelevalvet', 'jarelkontroll'));
	});
});

describe('chunk plan', () => {
	const words = fc
		.uniqueArray(fc.stringMatching(/^[abc]{1,6}$/), { minLength: 1, maxLength: 80 })
		.chain((list) => fc.tuple(fc.constant([...list].sort()), fc.array(fc.integer({ min: 1, max: 5_000 }), { minLength: list.length, maxLength: list.length })))
		.map(([list, sizes]) => list.map((word, i) => ({ word, size: sizes[i] })));
	const options = fc.record({ target: fc.integer({ min: 100, max: 6_000 }), factor: fc.integer({ min: 2, max: 4 }) }).map(({ target, factor }) => ({
		targetBytes: target,
		maxBytes: target * factor,
	}));

	test('chunks cover every word once, in order; each but the last holds half the target; none passes the maximum but by one large word', () => {
		fc.assert(
			fc.property(words, options, (list, opts) => {
				const starts = planChunks(list, opts);
				expect(starts[0]).toBe(0);
				for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]);
				expect(starts.at(-1)!).toBeLessThan(list.length);
				for (let i = 0; i < starts.length; i++) {
					const chunk = list.slice(starts[i], starts[i + 1] ?? list.length);
					const size = chunk.reduce((sum, word) => sum + word.size, 0);
					if (i + 1 < starts.length) expect(size).toBeGreaterThanOrEqual(opts.targetBytes / 2);
					if (size > opts.maxBytes) expect(size - chunk.at(-1)!.size).toBeLessThan(opts.targetBytes / 2);
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
						if (size >= opts.targetBytes / 2) expect(Math.min(cutCost(list[j].word, list[j + 1].word), 1000)).toBeGreaterThanOrEqual(Math.min(taken, 1000));
					}
				}
			}),
		);
	});

	test('a family of words that begin one another stays in one chunk when a cut between unrelated words is near', () => {
		const list = ['aruanne', 'hange', 'jarelevalve', 'jarelevalvealase', 'jarelevalvet', 'kasu', 'kasutaja', 'kasutajakonto', 'tooga'].map((word) => ({
			word,
			size: 100,
		}));
		const starts = planChunks(list, { targetBytes: 300, maxBytes: 600 });
		const chunks = starts.map((start, i) => list.slice(start, starts[i + 1] ?? list.length).map(({ word }) => word));
		expect(chunks).toContainEqual(expect.arrayContaining(['jarelevalve', 'jarelevalvealase', 'jarelevalvet']));
		expect(chunks).toContainEqual(expect.arrayContaining(['kasu', 'kasutaja', 'kasutajakonto']));
	});
});

/** Deterministic pseudo-random numbers (a linear congruential generator), so the pages are the same each run. */
function random(seed: number): () => number {
	let state = seed;
	return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const VOCABULARY = [
	'aruanne', 'aruande', 'büroo', 'dokument', 'dokumendid', 'eelarve', 'eelarvet', 'füüsiline', 'hange', 'hanked', 'hangetega',
	'haldus', 'haldamine', 'isikuandmed', 'juhend', 'juhendamine', 'järelevalve', 'järelevalvet', 'järelevalvealase',
	'järelkontroll', 'kasu', 'kasutaja', 'kasutajakonto', 'kasutajakontode', 'kliendid', 'klienditeenindus', 'koolitus', 'koolituse',
	'lahendus', 'lähetus', 'menetlus', 'menetlemine', 'nõustamine', 'nõuded', 'ohvriabi', 'ohvriabiteenus', 'planeerimine',
	'pöördumine', 'pöördumised', 'riigihange', 'sotsiaaltöö', 'sotsiaalteenus', 'statistika', 'šabloon', 'tegevusluba',
	'tegevusload', 'toetus', 'toetused', 'töö', 'tööga', 'tööülesanne', 'tööülesanded', 'ülevaade', 'ülevaatus', 'ülesanne',
	'õigus', 'õigusakt', 'õigusaktide', 'õigeaegselt', 'ärakiri', 'õppus', 'zooloog', 'žürii',
];

describe('a re-chunked index', () => {
	let site: string;
	let rechunked: Rechunked;
	const before = new Map<string, { id: string; score: number; url: string }[]>();
	const sortedBefore = new Map<string, string[]>();

	beforeAll(async () => {
		const next = random(7);
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'et' });
		if (!index) throw new Error(errors.join('\n'));
		for (let n = 0; n < 150; n++) {
			const body = Array.from({ length: 30 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(' ');
			const title = `${VOCABULARY[Math.floor(next() * VOCABULARY.length)]} ${n}`;
			const changed = `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
			const html = pageHtml({ url: `/ametikohad/a${n}/`, title, body }).replace(
				'</main>',
				`<span data-pagefind-sort="pealkiri:${title}"></span>${n % 10 === 0 ? '' : `<span data-pagefind-sort="muudetud:${changed}"></span>`}</main>`,
			);
			const added = await index.addHTMLFile({ url: `/ametikohad/a${n}/`, content: html });
			if (added.errors.length) throw new Error(added.errors.join('\n'));
		}
		site = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
		await index.writeFiles({ outputPath: join(site, 'pagefind') });
		const search = await openSearch(join(site, 'pagefind'));
		for (const word of VOCABULARY) before.set(word, await search.results(word));
		for (const [name, direction] of [['pealkiri', 'asc'], ['muudetud', 'asc']] as const) {
			sortedBefore.set(name, (await search.results(null, { sort: { [name]: direction } })).map(({ id }) => id));
		}
		search.close();
		rechunked = await rechunkSearchIndex(site, { targetBytes: 1_500, maxBytes: 6_000 });
	}, 60_000);

	afterAll(async () => {
		await closePagefind();
		rmSync(site, { recursive: true, force: true });
	});

	test('is cut into many chunks, none of them between words that begin one another or share more than two letters', () => {
		expect(rechunked.chunksBefore).toBe(1);
		expect(rechunked.chunksAfter).toBeGreaterThanOrEqual(10);
		expect(rechunked.partialWordCuts).toBe(0);
		expect(rechunked.wholeWordCuts).toBe(0);
	});

	test('finds the same pages with the same scores for every word', async () => {
		const search = await openSearch(join(site, 'pagefind'));
		try {
			for (const word of VOCABULARY) expect([word, await search.results(word)]).toEqual([word, before.get(word)]);
		} finally {
			search.close();
		}
	});

	test('the metadata lists exactly the chunk files there are, and no sort orders', () => {
		const bundle = join(site, 'pagefind');
		const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: { et: { hash: string } } };
		expect(readdirSync(bundle).filter((name) => name.endsWith('.pf_meta'))).toEqual([`pagefind.${entry.languages.et.hash}.pf_meta`]);
		const meta = decode(gunzipSync(readFileSync(join(bundle, `pagefind.${entry.languages.et.hash}.pf_meta`))).subarray(12)) as unknown[];
		const chunks = meta[2] as [string, string, string][];
		expect(chunks.map(([, , name]) => `${name}.pf_index`).sort()).toEqual(readdirSync(join(bundle, 'index')).sort());
		expect(meta[4]).toEqual([]);
	});

	test('the sort orders are Pagefind’s own, as result ids, and order search results as Pagefind sorted them', async () => {
		const orders = join(site, ...SORT_ORDERS_PATH.split('/').filter(Boolean));
		expect(readdirSync(orders).sort()).toEqual(['muudetud.json', 'pealkiri.json']);
		for (const [name, ids] of sortedBefore) expect(JSON.parse(readFileSync(join(orders, `${name}.json`), 'utf8'))).toEqual(ids);

		const byDate = JSON.parse(readFileSync(join(orders, 'muudetud.json'), 'utf8')) as string[];
		// Every tenth page has no date: those come last, in their search order.
		expect(byDate).toHaveLength(135);
		const search = await openSearch(join(site, 'pagefind'));
		try {
			const found = await search.results('töö');
			const sorted = sortResults(found, byDate, true);
			expect(new Set(sorted)).toEqual(new Set(found));
			const dated = sorted.filter(({ id }) => byDate.includes(id));
			expect(dated.map(({ id }) => byDate.indexOf(id))).toEqual(dated.map(({ id }) => byDate.indexOf(id)).sort((a, b) => b - a));
			expect(sorted.slice(dated.length).map(({ id }) => id)).toEqual(found.filter(({ id }) => !byDate.includes(id)).map(({ id }) => id));
		} finally {
			search.close();
		}
	});
});
