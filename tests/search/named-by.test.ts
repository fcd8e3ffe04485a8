/**
 * namedBy (text-search.ts): the pages a query names, shown above the results. Its files are fetched as the
 * search page fetches them; here fetch answers from fixtures.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { SYNONYMS_PATH, synonymShards } from '../../src/lib/search/alternatives.ts';
import { NAMES_PATH } from '../../src/lib/search/names.ts';
import { namedBy } from '../../src/lib/search/text-search.ts';

const FILES: Record<string, unknown> = {
	[NAMES_PATH]: [
		{
			u: '/kompetentsid/analuusi-ja-uldistusvoime/',
			n: 'Analüüsi- ja üldistusvõime',
			a: ['Analüüsioskus'],
			d: 'Kogub ja analüüsib infot sobivate meetoditega, näeb tervikpilti ning kasutab infot otsuste tegemisel.',
		},
		{
			u: '/kompetentsid/suhtlemis-ja-mojutamisoskus/',
			n: 'Suhtlemis- ja mõjutamisoskus',
			a: ['Suhtlemisoskus'],
			d: 'Väljendab end selgelt ja veenvalt, selgitab keerukaid teemasid arusaadavalt.',
		},
	],
	// Keys folded, as the build writes them, one file per first letter.
	...Object.fromEntries(
		[
			...synonymShards({
				kommunikatsioon: ['suhtlemine'],
				andmeanaluus: ['analüüsioskus'],
				suhtleja: ['suhtlemis- ja mõjutamisoskus'],
			}),
		].map(([letter, map]) => [`${SYNONYMS_PATH}${letter}.json`, map]),
	),
};

beforeAll(() => {
	vi.stubGlobal('fetch', (path: string) =>
		Promise.resolve(
			path in FILES
				? new Response(JSON.stringify(FILES[path]))
				: new Response('', { status: 404 }),
		),
	);
});
afterAll(() => vi.unstubAllGlobals());

describe('namedBy', () => {
	test('a competency is described by the words typed, not by a synonym put in their place', async () => {
		// Typed, "analüütik suhtlemine" reads as the competency (an action noun beside a word of its name).
		expect(
			(await namedBy('analüütik suhtlemine')).map(({ page, via }) => [page.u, via]),
		).toEqual([['/kompetentsid/analuusi-ja-uldistusvoime/', 'definition']]);
		// "analüütik kommunikatsioon" is a position's title; its synonym query must not name the competency.
		expect(await namedBy('analüütik kommunikatsioon')).toEqual([]);
	});

	test('tells a name from a synonym', async () => {
		expect((await namedBy('analüüsioskus')).map(({ page, via }) => [page.u, via])).toEqual([
			['/kompetentsid/analuusi-ja-uldistusvoime/', 'name'],
		]);
		expect((await namedBy('andmeanalüüs')).map(({ page, via }) => [page.u, via])).toEqual([
			['/kompetentsid/analuusi-ja-uldistusvoime/', 'synonym'],
		]);
	});

	test('a degree word does not keep a competency from being named', async () => {
		for (const query of ['hea suhtleja', 'väga hea suhtlemisoskus', 'suurepärane suhtleja'])
			expect((await namedBy(query)).map(({ page }) => page.u)).toEqual([
				'/kompetentsid/suhtlemis-ja-mojutamisoskus/',
			]);
		expect(await namedBy('hea')).toEqual([]);
	});
});
