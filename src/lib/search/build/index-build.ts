/**
 * The Pagefind index of a written site: the searchable pages, in parts of at most PAGES_PER_PART
 * chosen by Pagefind's documented `--glob`, one Pagefind process each, side by side.
 */
import { globSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runPagefind } from './pagefind.ts';
import { partFolder } from './rechunk.ts';

/** Position, unit and competency pages and the common wordings: the only pages with data-pagefind-body. */
export const SEARCHABLE_PAGES =
	'{{ametikohad,uksused,kompetentsid}/*,korduvad-sonastused}/index.html';

/**
 * Pagefind's search time grows with the square of the pages it finds in one index: "järelevalve", on
 * 4,761 of 5,320 pages, took 1,018 ms in one index and 452 ms over two parts (Node, December 2026),
 * where the typed first result has a 300 ms budget; each part adds its metadata to a first search,
 * two at 5,000 positions keep it under 250 KiB (src/lib/search/README.md, "The index build").
 */
export const PAGES_PER_PART = 3_000;

/** Characters a page folder may have for its name to stand in a glob as it is (slug.ts makes no others). */
const PLAIN = /^[\p{L}\p{N}._-]+$/u;

/**
 * One glob per part for the searchable pages `paths` (relative to the site): the pages in path order
 * cut into `parts` runs of equal size, each described by the shortest beginnings of page-folder names
 * that no page of another run shares (`ametikohad/{a*,b*,c}` …), so that a glob stays a few
 * kilobytes whatever the number of pages (a command-line argument may have 128 KiB).
 */
export function partGlobs(paths: readonly string[], parts: number): string[] {
	// Sorted as the paths are, where "a-/" comes before "a/".
	const pages = [...paths].sort().map((path) => path.replace(/\/index\.html$/, ''));
	const partOf = new Map(pages.map((page, i) => [page, Math.floor((i * parts) / pages.length)]));
	const globs: string[][] = Array.from({ length: parts }, () => []);
	for (const [folder, members] of Map.groupBy(pages, (page) => page.split('/')[0])) {
		if (members.length === 1 && members[0] === folder) {
			globs[partOf.get(folder)!].push(`${folder}/index.html`);
			continue;
		}
		const cover = (prefix: string, names: string[]): void => {
			const owners = new Set(names.map((name) => partOf.get(`${folder}/${name}`)!));
			if (owners.size === 1)
				return void globs[[...owners][0]].push(`${folder}/${prefix}*/index.html`);
			if (names.includes(prefix))
				globs[partOf.get(`${folder}/${prefix}`)!].push(`${folder}/${prefix}/index.html`);
			const longer = names.filter((name) => name.length > prefix.length);
			for (const [letter, group] of Map.groupBy(longer, (name) => name[prefix.length]))
				cover(prefix + letter, group);
		};
		const names = members.map((page) => page.slice(folder.length + 1));
		const unsafe = names.find((name) => !PLAIN.test(name));
		if (unsafe !== undefined)
			throw new Error(
				`a searchable page's folder name has glob characters: ${folder}/${unsafe}`,
			);
		cover('', names);
	}
	return globs.map((list) => (list.length === 1 ? list[0] : `{${list.join(',')}}`));
}

/**
 * Indexes the searchable pages of `dir` (part n > 1 into `pagefind/osa-n`, which Pagefind leaves
 * alone as it writes part 1) and resolves to the number indexed. Any Pagefind error throws: a site
 * whose search silently finds nothing is worse than no new site. At 5,000 positions two processes
 * side by side took 11.3 s where one took 16.0–16.5 s, at the same peak memory.
 */
export async function buildSearchIndex(
	dir: string,
	pagesPerPart = PAGES_PER_PART,
): Promise<number> {
	const site = resolve(dir);
	const files = globSync(SEARCHABLE_PAGES, { cwd: site });
	const parts = Math.max(1, Math.ceil(files.length / pagesPerPart));
	const globs = parts === 1 ? [SEARCHABLE_PAGES] : partGlobs(files, parts);
	const output = (i: number) => join(site, 'pagefind', i === 0 ? '' : partFolder(i + 1));
	// Settled, so that no process still writes into a failed build's folder as it is removed.
	const results = await Promise.allSettled(
		globs.map((glob, i) => runPagefind(site, glob, output(i))),
	);
	const failed = results.find((result) => result.status === 'rejected');
	if (failed) throw failed.reason;
	return results.reduce(
		(sum, result) => sum + (result as PromiseFulfilledResult<number>).value,
		0,
	);
}
