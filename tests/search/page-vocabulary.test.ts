import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeExpansions } from '../../src/lib/search/build/expansions.ts';
import { buildSearchIndex } from '../../src/lib/search/build/index-build.ts';
import {
	indexedPageText,
	pageVocabulary,
	vocabularyOf,
} from '../../src/lib/search/build/page-vocabulary.ts';
import { indexedVocabulary } from '../support/indexed-vocabulary.ts';
import { EXPANSIONS_PATH } from '../../src/lib/search/query.ts';

const dir = mkdtempSync(join(tmpdir(), 'ska-vocabulary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (head: string, body: string) =>
	`<!doctype html><html lang="et"><head><title>Lehe pealkiri</title>${head}</head><body><nav>Menüü</nav>${body}<footer>Jalus</footer></body></html>`;

/** Each page exercises one of Pagefind's rules for which text it indexes and where words end. */
const PAGES: Record<string, string> = {
	// Only the body; ignored, fully excluded and removed elements; meta terms and a meta title.
	'ametikohad/jurist/index.html': page(
		'<style>.peidus{}</style>',
		'<p>Väljaspool keha</p><main data-pagefind-body><span data-pagefind-meta="terms:hange riigihange" hidden></span>' +
			'<h1>Jurist</h1><p>Õigusaktide <a href="/x/">eelnõud</a> ja riigi<b>hangete</b> &amp; SKAIS-i&nbsp;andmed</p>' +
			'<p data-pagefind-ignore>Ignoreeritud lõik</p><div data-pagefind-ignore="all"><p>Välistatud lõik</p><span data-pagefind-meta="terms:välistatud"></span></div>' +
			'<nav>Sisukord</nav><svg><text>Joonise tekst</text></svg><form><label>Silt</label><input value="väärtus"></form>' +
			'<dl><dt>Termin</dt><dd>Seletus</dd></dl><table><tr><th>Päis</th><td>Lahter</td></tr></table>' +
			'<ul><li>Esimene</li><li>Teine<br>rida</li></ul><span>kokku</span><span id="ankur">kirjutatud</span>' +
			'<section data-pagefind-weight="2"><span>kaalu</span></section><em>lõpp</em></main>',
	),
	// No h1: the title comes from data-pagefind-meta; a second body on the same page.
	'uksused/oigus/index.html': page(
		'',
		'<div data-pagefind-body><span data-pagefind-meta="title">Õigusosakonna leht</span><p>Üksuse tekst</p></div>' +
			'<aside>Kõrvalveerg</aside><div data-pagefind-body><h2>Teine osa</h2></div>',
	),
	// Neither h1 nor meta title: the document title is the page's title.
	'kompetentsid/koostoo/index.html': page(
		'',
		'<article data-pagefind-body><p>Koostöö kirjeldus</p></article>',
	),
	'korduvad-sonastused/index.html': page(
		'',
		'<main data-pagefind-body><h1 data-pagefind-ignore>Peidetud pealkiri</h1><p>Sõnastus</p></main>',
	),
	// Not a searchable page kind: never read.
	'nouded/index.html': page('', '<main data-pagefind-body><h1>Nõuded</h1></main>'),
};

describe('pageVocabulary', () => {
	test('is exactly the vocabulary Pagefind indexes from the same pages', async () => {
		for (const [path, html] of Object.entries(PAGES)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), html);
		}
		await buildSearchIndex(dir);
		const fromPagefind = indexedVocabulary(dir);
		// The cases above matter only if they reach the vocabulary in their tell-tale forms.
		for (const word of [
			'riigihangete',
			'terminseletuspäis',
			'lahter',
			'kokku',
			'kirjutatud',
			'andmed',
			'lehe',
			'õigusosakonna',
			'riigihange',
		]) {
			expect(fromPagefind.has(word), word).toBe(true);
		}
		for (const word of [
			'väljaspool',
			'ignoreeritud',
			'välistatud',
			'sisukord',
			'joonise',
			'silt',
			'väärtus',
			'kõrvalveerg',
			'nõuded',
			'jalus',
			'amp',
			'nbsp',
		]) {
			expect(fromPagefind.has(word), word).toBe(false);
		}
		expect([...pageVocabulary(dir)].sort()).toEqual([...fromPagefind].sort());
	});
});

describe('indexedPageText', () => {
	test('joins inline elements into one word and separates block elements', () => {
		const text = indexedPageText(
			page(
				'',
				'<main data-pagefind-body><h1>Pealkiri</h1><p>riigi<b>hange</b></p><p>uus&nbsp;osa</p><dl><dt>a</dt><dd>b</dd></dl></main>',
			),
		);
		expect([...vocabularyOf([text])]).toEqual(['pealkiri', 'riigihange', 'uus', 'osa', 'ab']);
	});

	test('a page without a body contributes nothing but its title', () => {
		expect(indexedPageText(page('', '<main><p>Tekst</p></main>')).trim()).toBe('Lehe pealkiri');
	});
});

describe('writeExpansions', () => {
	test('writes the same files whatever order the vocabulary comes in', async () => {
		// Forms of one paradigm that share a stem: which one is written must not depend on reading order.
		const words = [
			'aasta',
			'aastas',
			'aastast',
			'aastase',
			'aastasi',
			'aastane',
			'aastaste',
			'hange',
			'hanke',
			'hanked',
			'hangete',
			'riigihange',
			'riigihangete',
		];
		const written = async (order: string[]) => {
			const site = mkdtempSync(join(tmpdir(), 'ska-expansions-'));
			try {
				await writeExpansions(site, order);
				const folder = join(site, EXPANSIONS_PATH);
				return Object.fromEntries(
					readdirSync(folder)
						.sort()
						.map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
				);
			} finally {
				rmSync(site, { recursive: true, force: true });
			}
		};
		const forward = await written(words);
		expect(Object.keys(forward).length).toBeGreaterThan(0);
		expect(await written([...words].reverse())).toEqual(forward);
		expect(await written([...words.slice(5), ...words.slice(0, 5)])).toEqual(forward);
	});
});
