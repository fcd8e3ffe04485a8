import {
	existsSync,
	globSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, matchesGlob } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import {
	buildSearchIndex,
	partGlobs,
	SEARCHABLE_PAGES,
} from '../../src/lib/search/build/index-build.ts';
import {
	checkPagefindVersion,
	installedPagefindVersion,
	PAGEFIND_VERSION,
} from '../../src/lib/search/build/pagefind.ts';
import { projectRoot } from '../helpers.ts';
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

const page = (body: string) =>
	`<!doctype html><html lang="et"><head><title>t</title></head><body><nav>Menüü</nav>${body}</body></html>`;
const pageCount = (bundle: string) =>
	(
		JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		}
	).languages.et.page_count;

describe('the Pagefind version', () => {
	test('is the one the adapter was written for, and so is the Node API the tests build indexes with', () => {
		expect(installedPagefindVersion()).toBe(PAGEFIND_VERSION);
		const wrapper = join(projectRoot, 'node_modules/pagefind/package.json');
		expect((JSON.parse(readFileSync(wrapper, 'utf8')) as { version: string }).version).toBe(
			PAGEFIND_VERSION,
		);
		expect(() => checkPagefindVersion()).not.toThrow();
	});

	test('any other version stops the build with a message that says what to do', () => {
		expect(() => checkPagefindVersion('1.6.0')).toThrow(
			/Paigaldatud on Pagefind 1\.6\.0.*versioonile 1\.5\.2.*Paigalda 1\.5\.2 \(npm ci\)/,
		);
	});
});

describe('partGlobs', () => {
	const name = fc.stringMatching(/^[a-z0-9-]{1,6}$/);
	const folder = fc.constantFrom('ametikohad', 'uksused', 'kompetentsid');
	const paths = fc
		.uniqueArray(fc.tuple(folder, name), {
			minLength: 1,
			maxLength: 60,
			selector: ([f, n]) => `${f}/${n}`,
		})
		.chain((pages) =>
			fc.tuple(fc.constant(pages), fc.boolean(), fc.integer({ min: 1, max: 5 })),
		)
		.map(([pages, single, parts]) => ({
			paths: [
				...pages.map(([f, n]) => `${f}/${n}/index.html`),
				...(single ? ['korduvad-sonastused/index.html'] : []),
			],
			parts,
		}));

	test('each glob matches exactly its run of pages in path order, runs of equal size, and nothing else', () => {
		fc.assert(
			fc.property(paths, ({ paths, parts }) => {
				const globs = partGlobs(paths, parts);
				expect(globs).toHaveLength(parts);
				const sorted = [...paths].sort();
				const others = [
					'nouded/index.html',
					'ametikohad/x/ajalugu/index.html',
					'index.html',
				];
				for (const [n, glob] of globs.entries()) {
					const run = sorted.filter(
						(_, i) => Math.floor((i * parts) / sorted.length) === n,
					);
					expect(sorted.filter((path) => matchesGlob(path, glob))).toEqual(run);
					for (const other of others) expect(matchesGlob(other, glob)).toBe(false);
				}
			}),
		);
	});

	test('stays short whatever the number of pages', () => {
		const many = Array.from(
			{ length: 6000 },
			(_, n) => `ametikohad/${n.toString(36)}-ametikoht/index.html`,
		);
		for (const glob of partGlobs(many, 2)) expect(glob.length).toBeLessThan(4_000);
	});
});

describe('buildSearchIndex', () => {
	test('indexes exactly the searchable page kinds and reports their number', async () => {
		const dir = site({
			'ametikohad/jurist/index.html': page(
				'<main data-pagefind-body><h1>Jurist</h1><p>Õigusaktide eelnõud</p></main>',
			),
			'uksused/oigus/index.html': page(
				'<main data-pagefind-body><h1>Õigusosakond</h1></main>',
			),
			'korduvad-sonastused/index.html': page(
				'<main data-pagefind-body><h1>Korduvad sõnastused</h1></main>',
			),
			// Not in SEARCHABLE_PAGES: never read, although it carries the attribute.
			'nouded/index.html': page('<main data-pagefind-body><h1>Nõuded</h1></main>'),
			'ametikohad/jurist/ajalugu/index.html': page(
				'<main data-pagefind-body><h1>Ajalugu</h1></main>',
			),
		});
		expect(await buildSearchIndex(dir)).toBe(3);
		expect(pageCount(join(dir, 'pagefind'))).toBe(3);
		expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
	});

	test('above pagesPerPart pages, indexes runs of pages by glob, one Pagefind process each, and moves no page', async () => {
		const pages = [
			'ametikohad/a/index.html',
			'ametikohad/b/index.html',
			'ametikohad/c/index.html',
			'korduvad-sonastused/index.html',
			'uksused/d/index.html',
		];
		const dir = site({
			...Object.fromEntries(
				pages.map((path) => [
					path,
					page(`<main data-pagefind-body><h1>${path}</h1></main>`),
				]),
			),
			'ametikohad/b/ajalugu/index.html': page(
				'<main data-pagefind-body><h1>Ajalugu</h1></main>',
			),
		});
		const before = globSync('**', { cwd: dir }).sort();
		expect(await buildSearchIndex(dir, 2)).toBe(5);
		expect(
			['pagefind', 'pagefind/osa-2', 'pagefind/osa-3'].map((folder) =>
				pageCount(join(dir, folder)),
			),
		).toEqual([2, 2, 1]);
		expect(globSync('**', { cwd: dir, exclude: (path) => path === 'pagefind' }).sort()).toEqual(
			before,
		);
		expect(readdirSync(dir).sort()).toEqual([
			'ametikohad',
			'korduvad-sonastused',
			'pagefind',
			'uksused',
		]);
		expect(globSync(SEARCHABLE_PAGES, { cwd: dir })).toHaveLength(5);
	});

	test('a site whose pages lack data-pagefind-body fails instead of indexing page chrome', async () => {
		const dir = site({ 'ametikohad/jurist/index.html': page('<main><h1>Jurist</h1></main>') });
		await expect(buildSearchIndex(dir)).rejects.toThrow(/data-pagefind-body/);
	});

	test('a site without searchable pages fails', async () => {
		const dir = site({
			'index.html': page('<main data-pagefind-body><h1>Avaleht</h1></main>'),
		});
		await expect(buildSearchIndex(dir)).rejects.toThrow(/Pagefind/);
	});

	test('the indexed vocabulary is every word Pagefind indexed, lower-cased, from text, title and extra terms', async () => {
		const dir = site({
			'ametikohad/jurist/index.html': page(
				'<main data-pagefind-body><span data-pagefind-meta="terms:hange" hidden></span><h1>Jurist</h1>' +
					'<p>Õigusaktide (eelnõud) ja riigihangete; SKAIS-i</p><p data-pagefind-ignore>Peidetud tekst</p></main>',
			),
			'uksused/oigus/index.html': page(
				'<main data-pagefind-body><h1>Õigusosakond</h1><p>Jurist, õigusaktide</p></main>',
			),
		});
		await buildSearchIndex(dir);
		expect([...indexedVocabulary(dir)].sort()).toEqual([
			'eelnõud',
			'hange',
			'i',
			'ja',
			'jurist',
			'riigihangete',
			'skais',
			'õigusaktide',
			'õigusosakond',
		]);
	});
});
