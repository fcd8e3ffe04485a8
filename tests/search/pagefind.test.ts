/**
 * What Pagefind 1.5 itself does with the extra terms and the query expansion: builds real indexes in Node and
 * searches them with the generated pagefind.js through src/lib/search/query.ts, as the search page does.
 * Slower than the unit tests (a few seconds: it runs the pagefind binary).
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
	konto: {
		forms: ['konto', 'kontod', 'kontode'],
		compounds: ['kasutajakonto', 'kasutajakontode'],
	},
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

/** The expansions the build would write for these pages: from their words and extra terms. */
function expansionsFor(built: TestPage[]): Map<string, string[]> {
	const words = new Set<string>();
	for (const page of built)
		for (const m of `${page.title} ${page.body} ${(page.terms ?? []).join(' ')}`
			.toLocaleLowerCase('et')
			.matchAll(/\p{L}+/gu))
			words.add(m[0]);
	return terms.analyzer.expansions(words);
}

async function misses(expanded: boolean): Promise<string[]> {
	const built = pages.map((p) => ({ ...p, terms: expanded ? terms.forPage(p.body) : [] }));
	const bundle = await buildIndex(built);
	const expansions = expansionsFor(built);
	const { search, searchExpanded, close } = await openSearch(bundle);
	const missed: string[] = [];
	try {
		for (const { q, pages: expected } of queries) {
			for (const query of new Set([q, foldDiacritics(q)])) {
				const found = new Set(
					expanded ? await searchExpanded(query, expansions) : await search(query),
				);
				for (const form of expected)
					if (!found.has(`/${form}/`)) missed.push(`${query} ↛ ${form}`);
			}
		}
	} finally {
		close();
	}
	return missed;
}

describe('Pagefind with head terms and query expansion', () => {
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

	test('a page with the word itself ranks above one that has it only in a compound', async () => {
		const built: TestPage[] = [
			{ url: '/riigihange/', title: 'Haldus', body: 'Korraldab riigihankeid ja lepinguid' },
			{ url: '/hange/', title: 'Haldus', body: 'Korraldab hankeid ja lepinguid' },
		].map((page) => ({ ...page, terms: terms.forPage(page.body) }));
		const { searchExpanded, close } = await openSearch(await buildIndex(built));
		try {
			expect(await searchExpanded('hanked', expansionsFor(built))).toEqual([
				'/hange/',
				'/riigihange/',
			]);
		} finally {
			close();
		}
	});

	test('a compound written with its head left out is found by its first part and head', async () => {
		const built: TestPage[] = [
			{ url: '/side/', title: 'Haldus', body: 'Ameti kõne- ja andmesideteenuse haldus' },
			{ url: '/muu/', title: 'Haldus', body: 'Kõnede salvestamine ja andmete haldus' },
		].map((page) => ({ ...page, terms: terms.forPage(page.body) }));
		const { searchExpanded, close } = await openSearch(await buildIndex(built));
		try {
			expect(await searchExpanded('kõneside', expansionsFor(built))).toEqual(['/side/']);
			expect(await searchExpanded('kõnesideteenusega', expansionsFor(built))).toEqual([
				'/side/',
			]);
		} finally {
			close();
		}
	});

	test('several words: a page must match each of them in some form', async () => {
		const built: TestPage[] = [
			{
				url: '/both/',
				title: 'Haldus',
				body: 'Riigihangete korraldamine ja aruannete koostamine',
			},
			{ url: '/one/', title: 'Haldus', body: 'Hangete korraldamine' },
		].map((page) => ({ ...page, terms: terms.forPage(page.body) }));
		const { searchExpanded, close } = await openSearch(await buildIndex(built));
		try {
			expect(await searchExpanded('hanked aruandeid', expansionsFor(built))).toEqual([
				'/both/',
			]);
			expect(new Set(await searchExpanded('hanked', expansionsFor(built)))).toEqual(
				new Set(['/both/', '/one/']),
			);
		} finally {
			close();
		}
	});

	test('stop words narrow nothing down: a page without them is found, and a query of only them still searches', async () => {
		const built: TestPage[] = [
			{ url: '/ja/', title: 'Haldus', body: 'Hangete korraldamine ja aruannete koostamine' },
			{ url: '/ilma/', title: 'Haldus', body: 'Hangete korraldamine, aruannete koostamine' },
			{ url: '/ainult/', title: 'Haldus', body: 'Aruannete koostamine ning ja' },
		].map((page) => ({ ...page, terms: terms.forPage(page.body) }));
		const { search, searchExpanded, close } = await openSearch(await buildIndex(built));
		try {
			// Pagefind alone requires every word that is anywhere in the index, "ja" too.
			expect(await search('hangete ja aruannete')).toEqual(['/ja/']);
			expect(
				new Set(await searchExpanded('hangete ja aruannete', expansionsFor(built))),
			).toEqual(new Set(['/ja/', '/ilma/']));
			expect(
				new Set(await searchExpanded('hanked ja aruanded', expansionsFor(built))),
			).toEqual(new Set(['/ja/', '/ilma/']));
			expect(new Set(await searchExpanded('ja', expansionsFor(built)))).toEqual(
				new Set(['/ja/', '/ainult/']),
			);
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
		const built = Object.entries(texts).map(([url, body]) => ({
			url,
			title: 'Ametikoht',
			body,
			terms: terms.forPage(body),
		}));
		const expansions = expansionsFor(built);
		const { searchExpanded, close } = await openSearch(await buildIndex(built));
		try {
			expect(await searchExpanded('sotsiaalkaitse infosüsteemis', expansions)).toContain(
				'/skais/',
			);
			expect(await searchExpanded('andmeregistrist', expansions)).toContain('/skais/');
			expect(await searchExpanded('KOV', expansions)).toContain('/kov/');
			expect(await searchExpanded('Riigi Tugiteenuste Keskusele', expansions)).toContain(
				'/rtk/',
			);
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
		expect(
			differ.map((w) => `${w}: pagefind ${String(stems.get(w))} / port ${pagefindStem(w)}`),
		).toEqual([]);
		expect(list.length).toBeGreaterThan(1000);
	});
});
