/**
 * What Pagefind 1.5 itself does with the extra terms: builds real indexes in Node and searches them with the
 * generated pagefind.js. Slower than the unit tests (a few seconds: it runs the pagefind binary).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createSearchTerms, type SearchTerms } from '../../src/lib/search/index.ts';
import { foldDiacritics, pagefindStem } from '../../src/lib/search/snowball-estonian.ts';
import {
	buildIndex,
	closePagefind,
	indexedStems,
	openSearch,
	type TestPage,
} from './support/pagefind-node.ts';

/** Simple forms of each word, and compounds that end in it. */
const FAMILIES: Record<string, { forms: string[]; compounds: string[] }> = {
	ülesanne: {
		forms: ['ülesanne', 'ülesande', 'ülesanded', 'ülesannete', 'ülesandeid'],
		compounds: ['tööülesanne', 'tööülesanded', 'tööülesannete'],
	},
	aruanne: { forms: ['aruanne', 'aruande', 'aruanded', 'aruannete', 'aruandeid'], compounds: [] },
	tarve: {
		forms: ['tarve', 'tarbed', 'tarvete'],
		compounds: ['kantseleitarve', 'kantseleitarbed', 'kantseleitarvete', 'kantseleitarbeid'],
	},
	hange: {
		forms: ['hange', 'hanke', 'hanked', 'hangete', 'hankeid', 'hangetega'],
		compounds: ['riigihange', 'riigihanked', 'riigihangetega'],
	},
	ülevaatus: {
		forms: ['ülevaatus', 'ülevaatuse', 'ülevaatused', 'ülevaatuste', 'ülevaatusi'],
		compounds: ['koodiülevaatus', 'koodiülevaatustes'],
	},
	järelevalve: { forms: ['järelevalve', 'järelevalvet', 'järelevalvete'], compounds: [] },
	konto: { forms: ['konto', 'kontod', 'kontode'], compounds: ['kasutajakonto', 'kasutajakontode'] },
	teenus: {
		forms: ['teenus', 'teenused', 'teenuste'],
		compounds: ['sotsiaalteenus', 'sotsiaalteenuste'],
	},
	osutaja: { forms: ['osutaja', 'osutajad'], compounds: ['teenuseosutaja', 'teenuseosutajad'] },
	puue: {
		forms: ['puue', 'puude', 'puuet', 'puuded', 'puuete', 'puudeid', 'puuetega'],
		compounds: [],
	},
	toetus: {
		forms: ['toetus', 'toetuse', 'toetust', 'toetused', 'toetuste', 'toetusi'],
		compounds: [],
	},
	pöördumine: {
		forms: ['pöördumine', 'pöördumise', 'pöördumised', 'pöördumiste', 'pöördumisi'],
		compounds: [],
	},
	koolitus: {
		forms: ['koolitus', 'koolituse', 'koolitused', 'koolituste', 'koolitusi'],
		compounds: ['sisekoolitus', 'sisekoolitused'],
	},
	inventuur: {
		forms: ['inventuur', 'inventuuri', 'inventuuris', 'inventuure', 'inventuuride'],
		compounds: [],
	},
	sõiduk: {
		forms: ['sõiduk', 'sõiduki', 'sõidukit', 'sõidukid', 'sõidukite', 'sõidukeid'],
		compounds: ['ametisõiduk', 'ametisõidukid', 'ametisõidukitega'],
	},
};

/**
 * One page per form or compound. Every simple form is a query that must find every page of its family; a
 * compound query ("kasutajakonto") is narrower and need not find the simple word's pages.
 */
const pages: TestPage[] = Object.values(FAMILIES)
	.flatMap(({ forms, compounds }) => [...forms, ...compounds])
	.map((form) => ({ url: `/${form}/`, title: form, body: form }));
const queries = Object.values(FAMILIES).flatMap(({ forms, compounds }) =>
	forms.map((q) => ({ q, pages: [...forms, ...compounds] })),
);

let terms: SearchTerms;
beforeAll(async () => {
	terms = await createSearchTerms();
});
afterAll(async () => {
	await closePagefind();
});

async function misses(withTerms: boolean): Promise<string[]> {
	const bundle = await buildIndex(
		pages.map((p) => ({ ...p, terms: withTerms ? terms.forPage(p.body) : [] })),
	);
	const { search, close } = await openSearch(bundle);
	const missed: string[] = [];
	try {
		for (const { q, pages: expected } of queries) {
			for (const query of new Set([q, foldDiacritics(q)])) {
				const found = new Set(await search(query));
				for (const form of expected) if (!found.has(`/${form}/`)) missed.push(`${query} ↛ ${form}`);
			}
		}
	} finally {
		close();
	}
	return missed;
}

describe('Pagefind with the extra terms', () => {
	test('without them, gradation and compounds keep pages from inflected queries', async () => {
		const missed = await misses(false);
		expect(missed).toContain('hangetega ↛ hanked');
		expect(missed).toContain('aruanne ↛ aruandeid');
		expect(missed).toContain('ülevaatus ↛ koodiülevaatustes');
		expect(missed).toContain('sõidukid ↛ ametisõidukitega');
		expect(missed.length).toBeGreaterThan(200);
	});

	test('with them, every form and its diacritic-free spelling finds every page of the family', async () => {
		expect(await misses(true)).toEqual([]);
	});

	test('a page with the word itself ranks above one that has it only as an extra term', async () => {
		const bundle = await buildIndex([
			{
				url: '/riigihange/',
				title: 'Haldus',
				body: 'Korraldab riigihankeid ja lepinguid',
				terms: terms.forPage('Korraldab riigihankeid ja lepinguid'),
			},
			{
				url: '/hange/',
				title: 'Haldus',
				body: 'Korraldab hankeid ja lepinguid',
				terms: terms.forPage('Korraldab hankeid ja lepinguid'),
			},
		]);
		const { search, close } = await openSearch(bundle);
		try {
			expect(await search('hanked')).toEqual(['/hange/', '/riigihange/']);
		} finally {
			close();
		}
	});

	test('abbreviations find the spelled-out name and the other way round', async () => {
		const texts = {
			'/skais/': 'Andmete parandamine SKAIS-is ja päringud STAR-ist.',
			'/kov/': 'Koostöö kohaliku omavalitsuse üksustega.',
			'/rtk/': 'Info edastamine RTK-le.',
		};
		const bundle = await buildIndex(
			Object.entries(texts).map(([url, body]) => ({
				url,
				title: 'Ametikoht',
				body,
				terms: terms.forPage(body),
			})),
		);
		const { search, close } = await openSearch(bundle);
		try {
			expect(await search('sotsiaalkaitse infosüsteemis')).toContain('/skais/');
			expect(await search('andmeregistrist')).toContain('/skais/');
			expect(await search('KOV')).toContain('/kov/');
			expect(await search('Riigi Tugiteenuste Keskusele')).toContain('/rtk/');
		} finally {
			close();
		}
	});
});

describe('the Snowball port', () => {
	test('stems every word of content/ as Pagefind does', async () => {
		const words = new Set<string>();
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) walk(path);
				else
					for (const m of readFileSync(path, 'utf8')
						.toLocaleLowerCase('et')
						.matchAll(/\p{L}+/gu))
						words.add(m[0]);
			}
		};
		walk(join(import.meta.dirname, '../../content'));
		for (const { forms, compounds } of Object.values(FAMILIES))
			for (const form of [...forms, ...compounds]) words.add(form);
		const list = [...words].filter((w) => !/^\d+$/.test(w));
		const stems = indexedStems(await buildIndex([], list));
		const differ = list.filter(
			(w) => stems.get(w)?.length !== 1 || stems.get(w)![0] !== pagefindStem(w),
		);
		expect(differ.map((w) => `${w}: pagefind ${stems.get(w)} / port ${pagefindStem(w)}`)).toEqual(
			[],
		);
		expect(list.length).toBeGreaterThan(1000);
	});
});
