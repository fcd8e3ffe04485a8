/**
 * Checks over every HTML file of the built site, without a browser: links, external requests,
 * scripts and the page skeleton. Each test lists every offending page in one message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { modelVocabulary } from '../../src/lib/search/build/expansions.ts';
import { createAnalyzer } from '../../src/lib/search/estonian.ts';
import { pagefindStem } from '../../src/lib/search/snowball-estonian.ts';
import { indexedVocabulary, indexWords } from '../support/indexed-vocabulary.ts';
import { EDITOR_PAGE, listFiles, SEARCH_PAGE, urlPathOf } from './support/site.ts';

const siteDir = inject('siteDir');
const origin = new URL(inject('siteUrl')).origin;
/** Pages that may run scripts: search (issue 4) and the comparison of positions (a small script by design). */
const SCRIPT_PAGES = new Set([SEARCH_PAGE, '/vordlus/']);
const files = listFiles(siteDir);
const fileSet = new Set(files);
const pages = new Map(
	files
		// The editor page has its own policy and scripts, checked in editor.test.ts.
		.filter((file) => file.endsWith('.html') && !urlPathOf(file).startsWith(EDITOR_PAGE))
		.map((file) => {
			const root = parse(readFileSync(join(siteDir, file), 'utf8'), { comment: false });
			const ids = new Set(root.querySelectorAll('[id]').map((element) => element.id));
			return [file, { path: urlPathOf(file), root, ids }] as const;
		}),
);
const stylesheets = files
	.filter((file) => file.endsWith('.css'))
	.map((file) => ({ file, text: readFileSync(join(siteDir, file), 'utf8') }));

interface Reference {
	/** What refers, e.g. `<img src>` or `style url()`. */
	via: string;
	value: string;
	/** A plain link the reader follows (a, area), as opposed to something the browser fetches. */
	navigation: boolean;
}

const ATTRIBUTES: [selector: string, attribute: string, navigation: boolean][] = [
	['a[href]', 'href', true],
	['area[href]', 'href', true],
	['form[action]', 'action', true],
	['link[href]', 'href', false],
	['script[src]', 'src', false],
	['img[src]', 'src', false],
	['iframe[src]', 'src', false],
	['frame[src]', 'src', false],
	['source[src]', 'src', false],
	['video[src]', 'src', false],
	['video[poster]', 'poster', false],
	['audio[src]', 'src', false],
	['track[src]', 'src', false],
	['embed[src]', 'src', false],
	['object[data]', 'data', false],
	['input[src]', 'src', false],
];

function cssUrls(css: string): string[] {
	return [
		...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g),
		...css.matchAll(/@import\s+(['"])(.*?)\1/g),
	].map((match) => match[2]);
}

function references(root: HTMLElement): Reference[] {
	const found: Reference[] = [];
	for (const [selector, attribute, navigation] of ATTRIBUTES) {
		for (const element of root.querySelectorAll(selector)) {
			found.push({
				via: `<${element.tagName.toLowerCase()} ${attribute}>`,
				value: element.getAttribute(attribute) ?? '',
				navigation,
			});
		}
	}
	for (const element of root.querySelectorAll('[srcset]')) {
		for (const candidate of element.getAttribute('srcset')!.split(',')) {
			const value = candidate.trim().split(/\s+/)[0];
			if (value)
				found.push({
					via: `<${element.tagName.toLowerCase()} srcset>`,
					value,
					navigation: false,
				});
		}
	}
	for (const element of root.querySelectorAll('[style]')) {
		for (const value of cssUrls(element.getAttribute('style')!))
			found.push({ via: 'style="url()"', value, navigation: false });
	}
	for (const element of root.querySelectorAll('style')) {
		for (const value of cssUrls(element.text))
			found.push({ via: '<style> url()', value, navigation: false });
	}
	return found;
}

/** Why an internal URL does not resolve to a file of the build (and fragment), or undefined when it does. */
function brokenInternal(url: URL): string | undefined {
	let path: string;
	try {
		path = decodeURIComponent(url.pathname).slice(1);
	} catch {
		return 'malformed percent-encoding';
	}
	const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
	if (!fileSet.has(file)) {
		if (fileSet.has(`${path}/index.html`))
			return `missing trailing slash (the site uses trailingSlash: 'always'; use ${url.pathname}/)`;
		return 'no such file in the build';
	}
	const fragment = decodeURIComponent(url.hash.slice(1));
	// An empty fragment ("#") means the top of the page and needs no target; the editor's fragment
	// is a route of its single-page app (a position's form), not an element.
	if (
		fragment &&
		file.endsWith('.html') &&
		!urlPathOf(file).startsWith(EDITOR_PAGE) &&
		!pages.get(file)!.ids.has(fragment)
	)
		return `no element with id="${fragment}" on ${urlPathOf(file)}`;
	return undefined;
}

/** Unparseable values resolve against the site so they are reported as broken, not thrown. */
function resolve(value: string, base: URL): URL {
	try {
		return new URL(value, base);
	} catch {
		return new URL(`/unparseable-url/${encodeURIComponent(value)}`, origin);
	}
}

/** Problems as `page  what`, grouped by what so a broken header link is one line, not one per page. */
function report(problems: [page: string, what: string][], title: string): string {
	const pagesByWhat = new Map<string, Set<string>>();
	for (const [page, what] of problems)
		pagesByWhat.set(what, (pagesByWhat.get(what) ?? new Set()).add(page));
	const lines = [...pagesByWhat].map(
		([what, pages]) =>
			`${what}\n      on ${pages.size === 1 ? [...pages][0] : `${pages.size} pages: ${[...pages].join(', ')}`}`,
	);
	const count = new Set(problems.map((problem) => problem.join(' '))).size;
	return `${count} ${title}:\n  ${lines.join('\n  ')}\n`;
}

describe(`built site (${pages.size} HTML files)`, () => {
	test('has HTML pages', () => {
		expect(pages.size).toBeGreaterThan(0);
	});

	test('every internal link, resource and #fragment resolves', () => {
		const broken: [string, string][] = [];
		for (const { path, root } of pages.values()) {
			const base = new URL(path, origin);
			for (const reference of references(root)) {
				const url = resolve(reference.value, base);
				if (url.origin !== origin) continue;
				const problem = brokenInternal(url);
				if (problem)
					broken.push([path, `${reference.via} "${reference.value}": ${problem}`]);
			}
		}
		for (const { file, text } of stylesheets) {
			const base = new URL(`/${file}`, origin);
			for (const value of cssUrls(text)) {
				if (value.startsWith('data:') || value.startsWith('#')) continue;
				const url = resolve(value, base);
				const problem = url.origin === origin ? brokenInternal(url) : undefined;
				if (problem) broken.push([`/${file}`, `url(${value}): ${problem}`]);
			}
		}
		expect(broken.length, report(broken, 'broken internal links')).toBe(0);
	});

	test('nothing is loaded from another origin', () => {
		const external: [string, string][] = [];
		const isExternal = (url: URL) =>
			(url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin;
		for (const { path, root } of pages.values()) {
			for (const reference of references(root)) {
				// A plain link to another site is allowed: following it is the reader's choice.
				if (reference.navigation && reference.via !== '<form action>') continue;
				if (isExternal(resolve(reference.value, new URL(path, origin))))
					external.push([path, `${reference.via} "${reference.value}"`]);
			}
		}
		for (const { file, text } of stylesheets) {
			for (const value of cssUrls(text)) {
				if (isExternal(resolve(value, new URL(`/${file}`, origin))))
					external.push([`/${file}`, `url(${value})`]);
			}
		}
		expect(external.length, report(external, 'references to other origins')).toBe(0);
	});

	test(`no JavaScript outside the search page (${SEARCH_PAGE}) and the comparison page, except the Ctrl+K shortcut`, () => {
		const scripts: [string, string][] = [];
		for (const { path, root } of pages.values()) {
			if (SCRIPT_PAGES.has(path)) continue;
			for (const script of root.querySelectorAll('script')) {
				// The header's Ctrl+K / Cmd+K listener (src/scripts/shortcut.ts) and the printout's date
				// (src/scripts/print-date.ts) are the one script every page carries: it must stay a tiny
				// external module that loads nothing else.
				const src = script.getAttribute('src') ?? '';
				if (
					/^\/_astro\/SiteHeader\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(
						src,
					) &&
					script.text.trim() === ''
				) {
					const code = readFileSync(join(siteDir, src), 'utf8');
					if (code.length < 1024 && !/import\s*\(|fetch\(/.test(code)) continue;
				}
				scripts.push([
					path,
					`<script${script.rawAttrs ? ` ${script.rawAttrs}` : ''}> ${script.text.trim().slice(0, 60)}`,
				]);
			}
			for (const element of root.querySelectorAll('*')) {
				for (const [name, value] of Object.entries(element.attributes)) {
					if (/^on/i.test(name))
						scripts.push([
							path,
							`<${element.tagName.toLowerCase()} ${name}> event handler attribute`,
						]);
					if (/^\s*javascript:/i.test(value))
						scripts.push([
							path,
							`<${element.tagName.toLowerCase()} ${name}="${value}">`,
						]);
				}
			}
		}
		expect(scripts.length, report(scripts, 'scripts on content pages')).toBe(0);
	});

	test('every page has lang="et", one <h1>, a <title> and one <main>', () => {
		const problems: [string, string][] = [];
		for (const { path, root } of pages.values()) {
			const lang = root.querySelector('html')?.getAttribute('lang');
			if (lang !== 'et') problems.push([path, `<html lang="${lang ?? ''}">, expected "et"`]);
			const h1 = root.querySelectorAll('h1').length;
			if (h1 !== 1) problems.push([path, `${h1} <h1> elements, expected 1`]);
			if (!root.querySelector('head > title')?.text.trim())
				problems.push([path, `no <title> or an empty one`]);
			const main = root.querySelectorAll('main').length;
			if (main !== 1) problems.push([path, `${main} <main> elements, expected 1`]);
		}
		expect(problems.length, report(problems, 'skeleton problems')).toBe(0);
	});

	test('every page carries the Content-Security-Policy: no inline script or style, no other origin', () => {
		const problems: [string, string][] = [];
		for (const { path, root } of pages.values()) {
			const policy = root
				.querySelector('meta[http-equiv="Content-Security-Policy"]')
				?.getAttribute('content');
			if (!policy) {
				problems.push([path, 'no Content-Security-Policy meta tag']);
				continue;
			}
			const directives = new Map(
				policy.split(';').map((part) => {
					const [name, ...sources] = part.trim().split(/\s+/);
					return [name, sources] as const;
				}),
			);
			if (directives.get('default-src')?.join(' ') !== "'self'")
				problems.push([path, `default-src: ${directives.get('default-src')?.join(' ')}`]);
			if (directives.get('script-src')?.join(' ') !== "'self' 'wasm-unsafe-eval'")
				problems.push([path, `script-src: ${directives.get('script-src')?.join(' ')}`]);
			if (directives.get('style-src')?.join(' ') !== "'self'")
				problems.push([path, `style-src: ${directives.get('style-src')?.join(' ')}`]);
			if (directives.get('object-src')?.join(' ') !== "'none'")
				problems.push([path, 'object-src is not none']);
			// The policy forbids them, so there must be none: a violation would silently break the page.
			if (root.querySelectorAll('style').length > 0) problems.push([path, 'inline <style>']);
			if (root.querySelectorAll('[style]').length > 0)
				problems.push([path, 'style attribute']);
		}
		expect(problems.length, report(problems, 'Content-Security-Policy problems')).toBe(0);
	});

	test('the search index holds exactly the pages marked data-pagefind-body (one Estonian index)', () => {
		const searchable = [...pages.values()].filter(({ root }) =>
			root.querySelector('[data-pagefind-body]'),
		);
		const entry = JSON.parse(
			readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8'),
		) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.keys(entry.languages)).toEqual(['et']);
		// src/lib/search/build/index-build.ts indexes only these files (SEARCHABLE_PAGES): a new searchable
		// template outside them would silently drop out of search.
		expect(
			searchable
				.map(({ path }) => path)
				.filter(
					(path) =>
						!/^\/((ametikohad|uksused|kompetentsid)\/[^/]+|korduvad-sonastused)\/$/.test(
							path,
						),
				),
		).toEqual([]);
		expect(entry.languages.et.page_count).toBe(searchable.length);
	});

	test("the query expansions, made from the model's words, cover what Pagefind indexed", async () => {
		// expansions.ts takes its words from the model (modelVocabulary); Pagefind's own index is the
		// oracle. What the model lacks is the templates' labels ("tööülesanded", "isikuomadused"),
		// numbers, the compound heads of the pages' terms ("võime" of "töövõime") and words run
		// together across a <dt> and its <dd>: 0.858 of the index words and 0.964 of the expansions'
		// stems on the real content (December 2026).
		const model = modelVocabulary(siteDir);
		const stems = new Set(model.map(pagefindStem));
		const index = [...indexWords(siteDir)];
		const wordCoverage = index.filter((word) => stems.has(word)).length / index.length;
		expect(wordCoverage, `index words covered: ${wordCoverage.toFixed(3)}`).toBeGreaterThan(
			0.8,
		);
		const analyzer = await createAnalyzer();
		const fromModel = analyzer.expansions([...model].sort());
		const fromIndex = [...analyzer.expansions([...indexedVocabulary(siteDir)].sort()).keys()];
		const stemCoverage =
			fromIndex.filter((stem) => fromModel.has(stem)).length / fromIndex.length;
		expect(stemCoverage, `expansion stems covered: ${stemCoverage.toFixed(3)}`).toBeGreaterThan(
			0.95,
		);
		expect(readdirSync(join(siteDir, 'otsing/laiendused')).length).toBeGreaterThan(0);
	});

	test('every position in positions.json has its own open-data file with the same record', () => {
		// Written by a child process beside Pagefind (finish-site.ts): a failure there must not go unnoticed.
		const all = JSON.parse(readFileSync(join(siteDir, 'andmed/positions.json'), 'utf8')) as {
			generated: string;
			positions: { id: string }[];
		};
		expect(all.positions.length).toBeGreaterThan(0);
		for (const position of all.positions) {
			const file = JSON.parse(
				readFileSync(join(siteDir, `andmed/positions/${position.id}.json`), 'utf8'),
			) as { generated: string; position: unknown };
			expect(file.generated).toBe(all.generated);
			expect(file.position).toEqual(position);
		}
		expect(readdirSync(join(siteDir, 'andmed/positions')).sort()).toEqual(
			all.positions.map(({ id }) => `${id}.json`).sort(),
		);
	});
});
