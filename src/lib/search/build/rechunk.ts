/**
 * Rewrites the word index of the parts Pagefind wrote (index-build.ts) in chunks planned by
 * chunks.ts, gives every part the words of all parts, and moves the sort orders out of the metadata
 * that every first search loads. Pagefind's files are read and written through pagefind.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEARCH_PARTS_PATH, SORT_ORDERS_PATH } from '../query.ts';
import {
	CHUNK_SIZES,
	chunkGroups,
	chunkRanges,
	mergeVocabularies,
	type ChunkSizes,
} from './chunks.ts';
import { readBundle } from './pagefind.ts';

/** Bundle folder of part `n` (2, 3…) of the search index, under /pagefind/; part 1 is Pagefind's own. */
export const partFolder = (n: number): string => `osa-${n}`;

/**
 * The filters through which the pages hand over their sort keys (`jarjestus-pealkiri:…`, query.ts
 * sortKeyFilter): Pagefind's own sort orders hold no keys, so they cannot be merged across parts.
 */
const SORT_KEY_FILTER = /^jarjestus-([\p{L}\p{N}_-]+)$/u;

/** A file of the site at a URL path such as SORT_ORDERS_PATH. */
const sitePath = (site: string, path: string) => join(site, ...path.split('/').filter(Boolean));

/**
 * Rewrites the index under `site/pagefind` (part n > 1 in `osa-n`): each part gets the words of all
 * parts (mergeVocabularies) in chunks of the target size divided by the number of parts, so that a
 * query word loads about the same bytes from all parts together as from one index. Writes the list
 * of further parts (SEARCH_PARTS_PATH, for Pagefind's mergeIndex in the search page) and each sort
 * order as the result ids in ascending order of its key (SORT_ORDERS_PATH).
 */
export async function rechunkSearchIndex(site: string, sizes: ChunkSizes = CHUNK_SIZES) {
	const folders = [join(site, 'pagefind')];
	while (existsSync(join(folders[0], partFolder(folders.length + 1))))
		folders.push(join(folders[0], partFolder(folders.length + 1)));
	const bundles = folders.map(readBundle);
	const merged = mergeVocabularies(bundles.map(({ words }) => words));

	// Sort keys by key (fixed-width numbers and ISO dates, which sort as text), then part and page.
	const sortKeys = new Map<string, { key: string; rank: number; id: string }[]>();
	let pagesBefore = 0;
	for (const bundle of bundles) {
		const { pageIds } = bundle;
		for (const [filter, values] of bundle.takeFilters(SORT_KEY_FILTER)) {
			const name = SORT_KEY_FILTER.exec(filter)![1];
			const keys = sortKeys.get(name) ?? [];
			for (const [key, pages] of values)
				for (const page of pages)
					keys.push({ key, rank: pagesBefore + page, id: pageIds[page] });
			sortKeys.set(name, keys);
		}
		pagesBefore += pageIds.length;
	}
	mkdirSync(sitePath(site, SORT_ORDERS_PATH), { recursive: true });
	for (const [name, keys] of sortKeys) {
		keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rank - b.rank));
		const ids = JSON.stringify(keys.map(({ id }) => id));
		writeFileSync(join(sitePath(site, SORT_ORDERS_PATH), `${name}.json`), ids);
	}

	const scaled = {
		targetBytes: sizes.targetBytes / bundles.length,
		maxBytes: sizes.maxBytes / bundles.length,
	};
	const taken = new Set<string>();
	let [chunks, largest] = [0, 0];
	for (const [n, bundle] of bundles.entries()) {
		const groups = chunkGroups(
			merged[n].map((entry) => ({ ...entry, size: entry.bytes.length })),
			scaled,
		);
		const ranges = chunkRanges(groups.map((words) => [words[0].word, words.at(-1)!.word]));
		const written = groups.map((words, i) => ({ ...ranges[i], words }));
		largest = Math.max(largest, await bundle.rewrite(written, taken, n > 0));
		chunks += groups.length;
	}
	const partsFile = sitePath(site, SEARCH_PARTS_PATH);
	mkdirSync(dirname(partsFile), { recursive: true });
	writeFileSync(
		partsFile,
		JSON.stringify(folders.slice(1).map((_, i) => `/pagefind/${partFolder(i + 2)}/`)),
	);

	/** The parts, the chunks written and the gzip bytes of the largest. */
	return { parts: bundles.length, chunks, largest };
}

export type Rechunked = Awaited<ReturnType<typeof rechunkSearchIndex>>;
