import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/finish-site.ts';
import { indexedVocabulary } from '../support/indexed-vocabulary.ts';

const sites: string[] = [];
afterEach(() => {
	for (const site of sites.splice(0)) rmSync(site, { recursive: true, force: true });
});

function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'ska-index-'));
	sites.push(dir);
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

const page = (body: string) => `<!doctype html><html lang="et"><head><title>t</title></head><body><nav>Menüü</nav>${body}</body></html>`;

describe('buildSearchIndex (the Pagefind command line)', () => {
	test('indexes exactly the searchable page kinds and reports their number', async () => {
		const dir = site({
			'ametikohad/jurist/index.html': page('<main data-pagefind-body><h1>Jurist</h1><p>Õigusaktide eelnõud</p></main>'),
			'uksused/oigus/index.html': page('<main data-pagefind-body><h1>Õigusosakond</h1></main>'),
			'korduvad-sonastused/index.html': page('<main data-pagefind-body><h1>Korduvad sõnastused</h1></main>'),
			// Not in SEARCHABLE_PAGES: never read, although it carries the attribute.
			'nouded/index.html': page('<main data-pagefind-body><h1>Nõuded</h1></main>'),
			'ametikohad/jurist/ajalugu/index.html': page('<main data-pagefind-body><h1>Ajalugu</h1></main>'),
		});
		expect(await buildSearchIndex(dir)).toBe(3);
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(entry.languages).toEqual({ et: expect.objectContaining({ page_count: 3 }) });
		expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
	});

	test('above pagesPerPart pages, indexes the pages in parts of interleaved pages and puts every page back', async () => {
		const pages = ['ametikohad/a/index.html', 'ametikohad/b/index.html', 'ametikohad/c/index.html', 'korduvad-sonastused/index.html', 'uksused/d/index.html'];
		const dir = site({
			...Object.fromEntries(pages.map((path) => [path, page(`<main data-pagefind-body><h1>${path}</h1></main>`)])),
			// A page's own subpages move with it and come back.
			'ametikohad/b/ajalugu/index.html': page('<main data-pagefind-body><h1>Ajalugu</h1></main>'),
		});
		let builtWithPagesBack = false;
		expect(await buildSearchIndex(dir, { pagesPerPart: 2, onIndexBuilt: () => (builtWithPagesBack = pages.every((path) => existsSync(join(dir, path)))) })).toBe(5);
		expect(builtWithPagesBack).toBe(true);
		for (const path of [...pages, 'ametikohad/b/ajalugu/index.html']) expect(existsSync(join(dir, path))).toBe(true);
		// Pages 1 and 4 in path order in part 1, 2 and 5 in part 2, 3 in part 3.
		const counts = ['pagefind', 'pagefind/osa-2', 'pagefind/osa-3'].map((folder) => {
			const entry = JSON.parse(readFileSync(join(dir, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
			return entry.languages.et.page_count;
		});
		expect(counts).toEqual([2, 2, 1]);
		expect(readdirSync(dir).sort()).toEqual(['ametikohad', 'korduvad-sonastused', 'pagefind', 'uksused']);
	});

	test('a site whose pages lack data-pagefind-body fails instead of indexing page chrome', async () => {
		const dir = site({ 'ametikohad/jurist/index.html': page('<main><h1>Jurist</h1></main>') });
		await expect(buildSearchIndex(dir)).rejects.toThrow(/data-pagefind-body/);
	});

	test('a site without searchable pages fails', async () => {
		const dir = site({ 'index.html': page('<main data-pagefind-body><h1>Avaleht</h1></main>') });
		await expect(buildSearchIndex(dir)).rejects.toThrow(/Pagefind/);
	});

	test('the indexed vocabulary is every word Pagefind indexed, lower-cased, from text, title and extra terms', async () => {
		const dir = site({
			'ametikohad/jurist/index.html': page(
				'<main data-pagefind-body><span data-pagefind-meta="terms:hange" hidden></span><h1>Jurist</h1>' +
					'<p>Õigusaktide (eelnõud) ja riigihangete; SKAIS-i</p><p data-pagefind-ignore>Peidetud tekst</p></main>',
			),
			'uksused/oigus/index.html': page('<main data-pagefind-body><h1>Õigusosakond</h1><p>Jurist, õigusaktide</p></main>'),
		});
		await buildSearchIndex(dir);
		expect([...indexedVocabulary(dir)].sort()).toEqual(['eelnõud', 'hange', 'i', 'ja', 'jurist', 'riigihangete', 'skais', 'õigusaktide', 'õigusosakond']);
	});
});
