/** The built site on disk: its HTML pages and the pages the browser tests visit. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EDITOR_PAGE } from '../../../src/lib/editor/entry-link.ts';

/** Every file under `dir`, as site-relative paths with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** `ametikohad/x/index.html` → `/ametikohad/x/`; `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
	return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/** The search page may load scripts (Pagefind); every other page is plain HTML and CSS. */
export const SEARCH_PAGE = '/otsing/';

/** A path that no page will ever have, for the 404 page. */
export const MISSING_PAGE = '/see-lehte-ei-ole/';

/**
 * The browser editor (Decap CMS, issue 31): an HR tool with its own policy, scripts and tests
 * (tests/site/editor.test.ts), not a page of the site; the page-by-page checks leave it out.
 */
export { EDITOR_PAGE };

/** One page per template. A full position and a stub render differently, so both are listed. */
export const FIXED_PAGES = [
	'/',
	'/ametikohad/',
	'/ametikohad/kvaliteedi-peaspetsialist/',
	'/ametikohad/haldusjuht/',
	'/uksused/',
	'/uksused/ekspertiisitalitus/',
	'/kompetentsid/',
	'/kompetentsid/efektiivsus/',
	'/nouded/',
	'/nouded/keeled/',
	'/nouded/haridus/',
	'/asendused/',
	SEARCH_PAGE,
	MISSING_PAGE,
];

/**
 * URL patterns of the page routes in src/pages (`ametikohad/[id].astro` → /^\/ametikohad\/[^/]+\/$/),
 * static routes first, as Astro prefers them. Endpoints (`.json.ts`) and 404/500 are left out.
 */
export function pageRoutes(pagesDir: string): RegExp[] {
	return listFiles(pagesDir)
		.filter(
			(file) =>
				/\.(astro|md|mdx|html)$/.test(file) &&
				!file.split('/').some((segment) => segment.startsWith('_')),
		)
		.map((file) => file.replace(/\.\w+$/, '').replace(/(^|\/)index$/, ''))
		.filter((route) => route !== '404' && route !== '500')
		.map((route) => {
			// A rest parameter ([...page]) matches any number of segments, none included (/ulevaatus/koik/).
			const source = route
				.split('/')
				.filter((segment) => segment !== '')
				.map((segment) =>
					/^\[\.\.\.[^\]]+\]$/.test(segment)
						? '(?:/.+)?'
						: `/${segment.replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\[[^\]]+\]/g, '[^/]+')}`,
				)
				.join('');
			return {
				dynamic: (route.match(/\[/g) ?? []).length,
				pattern: new RegExp(`^${source}/$`),
			};
		})
		.sort((a, b) => a.dynamic - b.dynamic)
		.map((route) => route.pattern);
}

export interface PageToVisit {
	path: string;
	/** The file that answers this URL, or undefined when the build has none. */
	file: string | undefined;
	/** Listed in FIXED_PAGES (as opposed to found in the build). */
	fixed: boolean;
}

/**
 * The fixed list plus, for every route of src/pages that it does not cover, the first page the
 * build made from it — so a template added later is visited without editing this list.
 */
export function pagesToVisit(htmlFiles: string[], routes: RegExp[]): PageToVisit[] {
	const byPath = new Map(htmlFiles.map((file) => [urlPathOf(file), file]));
	const pages: PageToVisit[] = FIXED_PAGES.map((path) => ({
		path,
		file: path === MISSING_PAGE ? byPath.get('/404.html') : byPath.get(path),
		fixed: true,
	}));
	const routeOf = (path: string) => routes.find((route) => route.test(path));
	const covered = new Set(pages.filter((page) => page.file).map((page) => routeOf(page.path)));
	for (const [path, file] of byPath) {
		if (path.startsWith(EDITOR_PAGE)) continue;
		const route = routeOf(path);
		if (!route || covered.has(route)) continue;
		covered.add(route);
		pages.push({ path, file, fixed: false });
	}
	return pages;
}
