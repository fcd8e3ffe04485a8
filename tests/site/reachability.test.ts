/**
 * Every built page can be reached by following links from the home page: a crawl over the built
 * files (a[href], and form[action] as the header's search box leads to /otsing/) compared with the
 * list of HTML pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, inject, test } from 'vitest';
import { EDITOR_PAGE, listFiles, urlPathOf } from './support/site.ts';

const siteDir = inject('siteDir');
const origin = new URL(inject('siteUrl')).origin;
/**
 * Served for any missing path; no link leads to it on purpose. The editor is HR's tool, opened from
 * CONTRIBUTING.md or a bookmark, not from the pages readers browse.
 */
const NOT_LINKED = new Set(['/404.html', EDITOR_PAGE]);

test('every page is reachable by links from /', () => {
	const fileByPath = new Map(
		listFiles(siteDir)
			.filter((file) => file.endsWith('.html'))
			.map((file) => [urlPathOf(file), file]),
	);
	const reached = new Set<string>(['/']);
	const queue = ['/'];
	for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
		const root = parse(readFileSync(join(siteDir, fileByPath.get(path)!), 'utf8'));
		const targets = [
			...root.querySelectorAll('a[href]').map((link) => link.getAttribute('href')!),
			...root.querySelectorAll('form[action]').map((form) => form.getAttribute('action')!),
		];
		for (const target of targets) {
			const url = new URL(target, new URL(path, origin));
			if (url.origin !== origin || !fileByPath.has(url.pathname) || reached.has(url.pathname))
				continue;
			reached.add(url.pathname);
			queue.push(url.pathname);
		}
	}
	const unreached = [...fileByPath.keys()].filter(
		(path) => !reached.has(path) && !NOT_LINKED.has(path),
	);
	expect(reached.size).toBeGreaterThan(1);
	expect(unreached, `${unreached.length} pages no link leads to from /`).toEqual([]);
});
