/**
 * Builds the Pagefind index of a written site: the searchable pages, in parts of at most
 * `pagesPerPart` pages, each part chosen by a glob (Pagefind's documented `--glob`) and indexed by
 * its own Pagefind process, the parts side by side. Part 1 is written to `site/pagefind`, part n to
 * `site/pagefind/osa-n`. Why parts at all: see ChunkingOptions.pagesPerPart in chunks.ts.
 */
import { globSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_CHUNKING } from './chunks.ts';
import { runPagefind } from './pagefind.ts';
import { partFolder } from './rechunk.ts';

/** Folders whose subfolders' pages are searchable: positions, units, competencies. */
export const SEARCHABLE_FOLDERS = ['ametikohad', 'uksused', 'kompetentsid'];
/** Searchable pages of their own: the common wordings. */
export const SEARCHABLE_SINGLES = ['korduvad-sonastused'];

/** Position, unit and competency pages and the common wordings: the only pages with data-pagefind-body. */
export const SEARCHABLE_PAGES = `{{${SEARCHABLE_FOLDERS.join(',')}}/*,${SEARCHABLE_SINGLES.join(',')}}/index.html`;

/** How many parts an index of `pages` pages is split into, at most `pagesPerPart` pages each. */
export const partCount = (pages: number, pagesPerPart: number): number =>
	Math.max(1, Math.ceil(pages / pagesPerPart));

/** Characters a page folder may have for its name to stand in a glob as it is (slug.ts makes no others). */
const PLAIN = /^[\p{L}\p{N}._-]+$/u;

/**
 * One glob per part for the searchable pages `paths` (as SEARCHABLE_PAGES matches them, relative to
 * the site): the pages in path order, cut into `parts` runs of equal size, each run described by
 * the shortest beginnings of page-folder names that no page of another run shares
 * (`ametikohad/{a*,b*,c}` …), so that a glob is a few kilobytes at most whatever the number of
 * pages (a command-line argument may have 128 KiB). Only SEARCHABLE_PAGES' folders hold searchable
 * pages and every page folder in them is one, so a beginning matches only its run's pages.
 */
export function partGlobs(paths: readonly string[], parts: number): string[] {
	const pages = [...paths].sort().map((path) => path.replace(/\/index\.html$/, ''));
	const part = new Map(pages.map((page, i) => [page, Math.floor((i * parts) / pages.length)]));
	const patterns: string[][] = Array.from({ length: parts }, () => []);
	const byFolder = Map.groupBy(pages, (page) => page.split('/')[0]);
	for (const [folder, members] of byFolder) {
		const names = members.map((page) => page.slice(folder.length + 1));
		for (const name of names)
			if (name !== '' && !PLAIN.test(name))
				throw new Error(
					`a searchable page's folder name has glob characters: ${folder}/${name}`,
				);
		if (names.length === 1 && names[0] === '') {
			patterns[part.get(folder)!].push(`${folder}/index.html`);
			continue;
		}
		const cover = (prefix: string, under: string[]) => {
			const owners = new Set(under.map((name) => part.get(`${folder}/${name}`)!));
			if (owners.size === 1) {
				patterns[[...owners][0]].push(`${folder}/${prefix}*/index.html`);
				return;
			}
			const exact = under.includes(prefix);
			if (exact)
				patterns[part.get(`${folder}/${prefix}`)!].push(`${folder}/${prefix}/index.html`);
			const longer = under.filter((name) => name.length > prefix.length);
			for (const [next, group] of Map.groupBy(longer, (name) => name[prefix.length]))
				cover(prefix + next, group);
		};
		cover('', names);
	}
	return patterns.map((list) => (list.length === 1 ? list[0] : `{${list.join(',')}}`));
}

/**
 * Indexes the searchable pages of `dir` and resolves to the number of pages indexed. Any Pagefind
 * error throws: a site whose search silently returns nothing is worse than no new site. At 5,000
 * positions two processes side by side took 11.3 s where one took 16.0–16.5 s, at the same peak
 * memory together.
 */
export async function buildSearchIndex(
	dir: string,
	pagesPerPart = DEFAULT_CHUNKING.pagesPerPart,
): Promise<number> {
	const site = resolve(dir);
	const files = globSync(SEARCHABLE_PAGES, { cwd: site });
	const parts = partCount(files.length, pagesPerPart);
	const globs = parts === 1 ? [SEARCHABLE_PAGES] : partGlobs(files, parts);
	const output = (n: number) =>
		n === 1 ? join(site, 'pagefind') : join(site, `.pagefind-${partFolder(n)}`);
	try {
		// Settled, not Promise.all: no process may still be writing when the finally block cleans
		// up.
		const results = await Promise.allSettled(
			globs.map((glob, i) => runPagefind(site, glob, output(i + 1))),
		);
		const failed = results.find((result) => result.status === 'rejected');
		if (failed) throw failed.reason;
		const counts = results.map((result) => (result as PromiseFulfilledResult<number>).value);
		for (let n = 2; n <= parts; n++)
			renameSync(output(n), join(site, 'pagefind', partFolder(n)));
		return counts.reduce((sum, count) => sum + count, 0);
	} finally {
		for (let n = 2; n <= parts; n++) rmSync(output(n), { recursive: true, force: true });
	}
}
