/** The query handling of src/lib/search/query.ts that needs no index: stop words, sort orders, merging. */
import { describe, expect, test } from 'vitest';
import {
	aheadQuery,
	expandedSearch,
	phraseQuery,
	rememberSearches,
	shardKey,
	type ExpansionShard,
	type PagefindLike,
} from '../../src/lib/search/query.ts';
import {
	STOP_WORDS,
	usNounForm,
	verbForm,
	withoutHyphenEndings,
	withoutStopWords,
} from '../../src/lib/search/query-words.ts';
import { firstThose, sortResults } from '../../src/lib/search/rerank.ts';
import { pagefindStem } from '../../src/lib/search/snowball-estonian.ts';

describe('withoutHyphenEndings', () => {
	test('a case ending after a hyphen is left out', () => {
		expect(withoutHyphenEndings('ppa-le teatamine')).toBe('ppa teatamine');
		expect(withoutHyphenEndings('SKAIS-is ja STAR-iga')).toBe('SKAIS ja STAR');
		expect(withoutHyphenEndings('skais2-s')).toBe('skais2');
	});
	test('"-alane" after a hyphen, in any case, is left out: "IT-alane" is about IT', () => {
		expect(withoutHyphenEndings('it-alane haridus')).toBe('it haridus');
		expect(withoutHyphenEndings('IT-alased teadmised')).toBe('IT teadmised');
		expect(withoutHyphenEndings('hr-alaste küsimuste')).toBe('hr küsimuste');
		expect(withoutHyphenEndings('mets-alamaa')).toBe('mets-alamaa');
	});
	test('not another word after a hyphen, nor a hyphen before a space', () => {
		expect(withoutHyphenEndings('X-tee')).toBe('X-tee');
		expect(withoutHyphenEndings('kvaliteet-ja seire')).toBe('kvaliteet-ja seire');
		expect(withoutHyphenEndings('sise- ja väliskliendi')).toBe('sise- ja väliskliendi');
		expect(withoutHyphenEndings('e-post')).toBe('e-post');
	});
});

describe('stop words', () => {
	test('are left out of a query that has other words', () => {
		expect(withoutStopWords('töö ja tervis')).toBe('töö tervis');
		expect(withoutStopWords('Hanked  JA  aruanded, ning lepingud')).toBe(
			'Hanked aruanded, lepingud',
		);
		expect(withoutStopWords('kes tegeleb hangetega')).toBe('tegeleb hangetega');
		expect(withoutStopWords('see, mis on')).toBe('see, mis on');
	});

	test('stay in a query of only stop words and in a quoted phrase', () => {
		expect(withoutStopWords('ja')).toBe('ja');
		expect(withoutStopWords('ja või ning')).toBe('ja või ning');
		expect(withoutStopWords('"töö ja tervis"')).toBe('"töö ja tervis"');
	});

	test('are whole words only: a word that contains one stays', () => {
		expect(withoutStopWords('jaotus ja kasutus')).toBe('jaotus kasutus');
		expect(withoutStopWords('töö/ja tervis')).toBe('töö/ja tervis');
		expect([...STOP_WORDS].every((word) => word === word.toLocaleLowerCase('et'))).toBe(true);
	});
});

describe('close matches first', () => {
	test('firstThose moves the listed results to the front, each group in its order', () => {
		const found = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
		expect(firstThose(found, new Set(['d', 'b'])).map(({ id }) => id)).toEqual([
			'b',
			'd',
			'a',
			'c',
		]);
		expect(firstThose(found, new Set())).toEqual(found);
	});
	test('phraseQuery: several words without stop words, as Pagefind takes a phrase', () => {
		expect(phraseQuery('Ekspert (ohvriabi)')).toBe('"ekspert ohvriabi"');
		expect(phraseQuery('ohvriabi')).toBeUndefined();
		expect(phraseQuery('kvaliteet ja seire')).toBeUndefined();
		expect(phraseQuery('"halduse tiim"')).toBeUndefined();
	});
});

describe('sortResults', () => {
	const found = [{ id: 'c' }, { id: 'x' }, { id: 'a' }, { id: 'b' }, { id: 'y' }];
	test('orders the listed results by the order, then the others as they came', () => {
		expect(sortResults(found, ['a', 'b', 'c', 'd'], false).map(({ id }) => id)).toEqual([
			'a',
			'b',
			'c',
			'x',
			'y',
		]);
		expect(sortResults(found, ['a', 'b', 'c', 'd'], true).map(({ id }) => id)).toEqual([
			'c',
			'b',
			'a',
			'x',
			'y',
		]);
		expect(sortResults([], ['a'], false)).toEqual([]);
	});
});

describe('aheadQuery', () => {
	test('searches ahead once the last word has four letters, without the stop words', () => {
		expect(aheadQuery('jär')).toBeUndefined();
		expect(aheadQuery('järe')).toBe('järe');
		expect(aheadQuery('  kes asendab ')).toBe('asendab');
		expect(aheadQuery('järelevalve ka')).toBe('järelevalve');
		expect(aheadQuery('järelevalve to')).toBeUndefined();
		expect(aheadQuery('')).toBeUndefined();
	});

	test('never searches stop words alone, whose index chunks are the largest', () => {
		expect(withoutStopWords('ning')).toBe('ning');
		expect(aheadQuery('ning')).toBeUndefined();
		expect(aheadQuery('vaid ning')).toBeUndefined();
	});
});

describe('rememberSearches', () => {
	const counting = () => {
		const calls: string[] = [];
		const pagefind: PagefindLike = {
			// eslint-disable-next-line @typescript-eslint/require-await -- a stand-in for Pagefind's search, whose failure is a rejection
			search: async (query, options) => {
				calls.push(JSON.stringify([query, options?.filters ?? {}]));
				if (query === 'viga') throw new Error('network');
				return {
					results: [{ id: String(query), score: 1, data: () => Promise.resolve({}) }],
				};
			},
		};
		return { calls, pagefind };
	};

	test('a search with the same query and filters is the same promise, other filters a new search', async () => {
		const { calls, pagefind } = counting();
		const remembered = rememberSearches(pagefind);
		const first = remembered.search('hanked', { filters: { osakond: ['a'] } });
		expect(remembered.search('hanked', { filters: { osakond: ['a'] } })).toBe(first);
		await remembered.search('hanked', { filters: { osakond: ['b'] } });
		await remembered.search('hanked');
		expect(calls).toHaveLength(3);
	});

	test('keeps the most recently used searches only', async () => {
		const { calls, pagefind } = counting();
		const remembered = rememberSearches(pagefind, 2);
		await remembered.search('a');
		await remembered.search('b');
		await remembered.search('a');
		await remembered.search('c');
		// "b" was the least recently used of three.
		await remembered.search('a');
		await remembered.search('b');
		expect(calls.map((call) => (JSON.parse(call) as unknown[])[0])).toEqual([
			'a',
			'b',
			'c',
			'b',
		]);
	});

	test('a failed search is run again', async () => {
		const { calls, pagefind } = counting();
		const remembered = rememberSearches(pagefind);
		await expect(remembered.search('viga')).rejects.toThrow('network');
		await expect(remembered.search('viga')).rejects.toThrow('network');
		expect(calls).toHaveLength(2);
	});
});

describe('expandedSearch', () => {
	/** A Pagefind stand-in: each term's results; a term it does not know finds `fallback`, as Pagefind searches it shortened. */
	const fakePagefind = (
		found: Record<string, [string, number][]>,
		fallback: [string, number][] = [],
	): PagefindLike => ({
		search: (query) =>
			Promise.resolve({
				results: (found[query ?? ''] ?? fallback).map(([id, score]) => ({
					id,
					score,
					data: () => Promise.resolve({}),
				})),
			}),
	});
	const shards =
		(forms: Record<string, string[]>) =>
		(key: string): Promise<ExpansionShard> =>
			Promise.resolve(
				Object.fromEntries(
					Object.entries(forms)
						.map(([word, list]) => [pagefindStem(word), list] as const)
						.filter(([stem]) => shardKey(stem) === key),
				),
			);

	test('a page found only through a shorter stem ranks after the pages the word finds', async () => {
		// "lähetus" has the stem "lahe", which also begins "lahendus".
		const pagefind = fakePagefind({
			lähetustel: [['position', 1.4]],
			lähetus: [
				['competency', 3.8],
				['position', 1.3],
			],
		});
		const results = await expandedSearch(
			pagefind,
			'lähetustel',
			{},
			shards({ lähetustel: ['lähetus'] }),
		);
		expect(results.map((result) => result.id)).toEqual(['position', 'competency']);
	});

	test('a form with a shorter stem is searched beside its own longer forms, and ranks after them', async () => {
		// "lähetuse" (stem "lahetuse") is on no page; its form "lähetus" has the stem "lahe", which also
		// begins "lahendus", and "lahe" lists the page's "lähetuste" (stem "lahetus").
		const pagefind = fakePagefind({
			lähetus: [
				['competency', 3.8],
				['position', 1.3],
			],
			lähetuste: [['position', 1.2]],
		});
		const held = new Set(['lähetus', 'lähetuste']);
		const results = await expandedSearch(
			pagefind,
			'lähetuse',
			{},
			shards({ lähetuse: ['lähetus'], lähetus: ['lähetuste'] }),
			(word) => Promise.resolve(held.has(word)),
		);
		expect(results.map((result) => result.id)).toEqual(['position', 'competency']);
	});

	test('an action noun also finds its verb, after the pages that have the noun', async () => {
		// "märkamine" has the stem "markamise"; a page that says "märkab" has the stem "marka".
		const pagefind = fakePagefind({
			märkamine: [['noun', 1.2]],
			märkab: [
				['verb', 3.5],
				['noun', 1.1],
			],
		});
		const results = await expandedSearch(pagefind, 'märkamine', {}, shards({}));
		expect(results.map((result) => result.id)).toEqual(['noun', 'verb']);
		expect(verbForm('koostamisel')).toBe('koostab');
		expect(verbForm('seadmine')).toBeUndefined();
		expect(verbForm('inimene')).toBeUndefined();
	});

	test('an action noun on an -a- stem is also searched as its -us noun (üldistamine: üldistus)', async () => {
		// The competency is "Analüüsi- ja üldistusvõime"; no page says "üldistamine" or "üldistab".
		const pagefind = fakePagefind({ üldistus: [['competency', 2.1]] });
		const results = await expandedSearch(pagefind, 'üldistamine', {}, shards({}));
		expect(results.map((result) => result.id)).toEqual(['competency']);
		expect(usNounForm('haldamisel')).toBe('haldus');
		expect(usNounForm('koolitamine')).toBe('koolitus');
		expect(usNounForm('juhtimine')).toBeUndefined();
		expect(usNounForm('inimene')).toBeUndefined();
	});

	test('a word or form the index does not hold is not searched (Pagefind would shorten it)', async () => {
		const pagefind = fakePagefind({ juhiloa: [['page', 1.4]] }, [['other', 5]]);
		const held = new Set(['juhiloa']);
		const results = await expandedSearch(
			pagefind,
			'juhiluba',
			{},
			shards({ juhiluba: ['juhiloa', 'juhilube'] }),
			(word) => Promise.resolve(held.has(word)),
		);
		expect(results.map((result) => result.id)).toEqual(['page']);
		// Without the check, the shortened searches' pages come first.
		const unchecked = await expandedSearch(
			pagefind,
			'juhiluba',
			{},
			shards({ juhiluba: ['juhiloa', 'juhilube'] }),
		);
		expect(unchecked.map((result) => result.id)[0]).toBe('other');
	});
});
