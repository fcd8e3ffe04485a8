/**
 * What a build produced: size and number of files, HTML size of position pages, and the CSS and JS
 * each kind of page references (<link rel="stylesheet">, <script src>, plus inline
 * <style>/<script>). Only direct references are counted; chunks a module script imports later are
 * not.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

export type PageKind = 'position' | 'position sub-page' | 'unit' | 'competency' | 'index' | 'data';

export interface KindStats {
	pages: number;
	medianHtml: number;
	maxHtml: number;
	/** Median over the pages of this kind. */
	css: number;
	js: number;
	cssFiles: number;
	jsFiles: number;
}

export interface SiteStats {
	bytes: number;
	files: number;
	pagefindBytes: number;
	pagefindFiles: number;
	htmlPages: number;
	kinds: Partial<Record<PageKind, KindStats>>;
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function walk(dir: string): { path: string; size: number }[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { path, size: statSync(path).size };
		});
}

/**
 * Our routes: /ametikohad/<id>/, /uksused/<id>/, /kompetentsid/<id>/; anything else is an index or
 * other page.
 */
const OUR_KINDS: Record<string, PageKind> = {
	ametikohad: 'position',
	uksused: 'unit',
	kompetentsid: 'competency',
};

export function classifyOurs(page: string): PageKind {
	const parts = page.replace(/^\//, '').split('/');
	if (parts.length === 3 && parts[2] === 'index.html') return OUR_KINDS[parts[0]] ?? 'index';
	if (parts.length > 3 && parts[0] === 'ametikohad') return 'position sub-page';
	return 'index';
}

/** The baseline has one page per position file and nothing else. */
export function classifyBaseline(page: string): PageKind {
	page = page.replace(/^\//, '');
	return page === 'index.html' || page === '404.html' ? 'index' : 'position';
}

const LINK = /<link\b[^>]*>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const attribute = (tag: string, name: string) =>
	new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);

export function siteStats(dist: string, classify: (page: string) => PageKind): SiteStats {
	const files = walk(dist);
	const sizeOf = new Map(files.map((file) => [file.path, file.size]));
	const asset = (page: string, href: string): number => {
		const clean = href.split(/[?#]/)[0];
		const path = clean.startsWith('/') ? join(dist, clean) : join(dirname(page), clean);
		return sizeOf.get(path) ?? 0;
	};
	const perKind = new Map<
		PageKind,
		{ html: number[]; css: number[]; js: number[]; cssFiles: number[]; jsFiles: number[] }
	>();
	let htmlPages = 0;
	for (const file of files) {
		if (!file.path.endsWith('.html')) continue;
		const page = relative(dist, file.path).split(sep).join('/');
		if (page.startsWith('pagefind/')) continue;
		htmlPages += 1;
		const html = readFileSync(file.path, 'utf8');
		let css = 0;
		let cssFiles = 0;
		for (const [tag] of html.matchAll(LINK)) {
			if (!/\brel=["']?stylesheet/i.test(tag)) continue;
			const href = attribute(tag, 'href');
			if (href) {
				css += asset(file.path, href);
				cssFiles += 1;
			}
		}
		for (const match of html.matchAll(STYLE)) css += Buffer.byteLength(match[1]);
		let js = 0;
		let jsFiles = 0;
		for (const match of html.matchAll(SCRIPT)) {
			const src = attribute(match[1], 'src');
			if (src) {
				js += asset(file.path, src);
				jsFiles += 1;
			} else if (!/type=["']?application\/(ld\+)?json/i.test(match[1])) {
				js += Buffer.byteLength(match[2]);
			}
		}
		const kind = classify(page);
		let entry = perKind.get(kind);
		if (!entry)
			perKind.set(kind, (entry = { html: [], css: [], js: [], cssFiles: [], jsFiles: [] }));
		entry.html.push(file.size);
		entry.css.push(css);
		entry.js.push(js);
		entry.cssFiles.push(cssFiles);
		entry.jsFiles.push(jsFiles);
	}
	const kinds: Partial<Record<PageKind, KindStats>> = {};
	for (const [kind, entry] of perKind) {
		kinds[kind] = {
			pages: entry.html.length,
			medianHtml: median(entry.html),
			maxHtml: Math.max(...entry.html),
			css: median(entry.css),
			js: median(entry.js),
			cssFiles: median(entry.cssFiles),
			jsFiles: median(entry.jsFiles),
		};
	}
	const pagefind = files.filter((file) => relative(dist, file.path).startsWith(`pagefind${sep}`));
	return {
		bytes: files.reduce((sum, file) => sum + file.size, 0),
		files: files.length,
		pagefindBytes: pagefind.reduce((sum, file) => sum + file.size, 0),
		pagefindFiles: pagefind.length,
		htmlPages,
		kinds,
	};
}
