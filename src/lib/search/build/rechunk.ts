/**
 * Rewrites the word index of the bundles Pagefind wrote (src/lib/search/build/index-build.ts) with
 * chunks planned by chunks.ts, gives every part the words of all parts, and moves the sort orders
 * out of the metadata that every first search loads. Pagefind's bytes are read and written through
 * pagefind.ts.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SEARCH_PARTS_PATH, SORT_ORDERS_PATH } from '../query.ts';
import {
	chunkGroups,
	chunkRanges,
	cutCost,
	DEFAULT_CHUNKING,
	mergeVocabularies,
	type ChunkSizes,
} from './chunks.ts';
import {
	chunkFolder,
	chunkPath,
	chunkWords,
	encodeChunk,
	fragmentIds,
	packIndexFile,
	PART_FILES,
	readBundle,
	readFilter,
	readIndexFile,
	removeFilter,
	writeBundleMeta,
	type Bundle,
	type WordEntry,
} from './pagefind.ts';

export interface Rechunked {
	/** Parts the index is split into (1 up to `pagesPerPart` pages). */
	parts: number;
	chunksBefore: number;
	chunksAfter: number;
	/** gzip bytes of the largest chunk file. */
	largestBefore: number;
	largestAfter: number;
	/** Cuts between words sharing more than two letters, which a partial query word may straddle. */
	partialWordCuts: number;
	/** Cuts after a word that begins the next one, which a search for that whole word straddles. */
	wholeWordCuts: number;
}

/** Bundle folder of part `n` (2, 3…) of the search index, as listed in SEARCH_PARTS_PATH; part 1 is Pagefind's own. */
export const partFolder = (n: number): string => `osa-${n}`;

/**
 * A content-addressed name in Pagefind's style (`et_1a2b3c4d`), longer on a clash. One hex digit
 * longer than Pagefind's own names, so that a name of ours never means other content under a name
 * Pagefind gave in an earlier build: servers let browsers cache these files for a year.
 */
function uniqueName(prefix: string, bytes: Uint8Array, length: number, taken: Set<string>): string {
	const hash = createHash('sha256').update(bytes).digest('hex');
	let name = `${prefix}${hash.slice(0, length)}`;
	for (let n = length + 1; taken.has(name); n++) name = `${prefix}${hash.slice(0, n)}`;
	taken.add(name);
	return name;
}

interface WrittenChunks {
	chunks: [string, string, string][];
	largest: number;
	partialWordCuts: number;
	wholeWordCuts: number;
}

/** Plans `words` into chunks, compresses each as soon as it is planned (a few at a time) and writes them into the bundle `folder`. */
async function writeChunks(
	words: Iterable<WordEntry & { size: number }>,
	options: ChunkSizes,
	prefix: string,
	taken: Set<string>,
	folder: string,
): Promise<WrittenChunks> {
	const files: { name: string; packed: Promise<Buffer> }[] = [];
	const inFlight: Promise<Buffer>[] = [];
	const boundaries: string[][] = [];
	let partialWordCuts = 0;
	let wholeWordCuts = 0;
	for (const group of chunkGroups(words, options)) {
		if (boundaries.length > 0) {
			const cost = cutCost(boundaries.at(-1)!.at(-1)!, group[0].word);
			if (cost >= 1000) wholeWordCuts++;
			else if (cost > 0) partialWordCuts++;
		}
		boundaries.push([group[0].word, group.at(-1)!.word]);
		const cbor = encodeChunk(group);
		const packed = packIndexFile(cbor);
		// Awaited below; until then a failure must not count as unhandled.
		packed.catch(() => undefined);
		files.push({ name: uniqueName(prefix, cbor, 8, taken), packed });
		// Each pending compression holds a zlib state.
		inFlight.push(packed);
		if (inFlight.length >= 4) await inFlight.shift();
	}
	const ranges = chunkRanges(boundaries);
	const chunks: [string, string, string][] = [];
	let largest = 0;
	mkdirSync(chunkFolder(folder), { recursive: true });
	for (const [i, file] of files.entries()) {
		const packed = await file.packed;
		largest = Math.max(largest, packed.length);
		writeFileSync(chunkPath(folder, file.name), packed);
		chunks.push([ranges[i].from, ranges[i].to, file.name]);
	}
	return { chunks, largest, partialWordCuts, wholeWordCuts };
}

/**
 * The filters through which the pages hand over their sort keys
 * (`data-pagefind-filter="jarjestus-pealkiri:…"`, src/lib/search/query.ts sortKeyFilter):
 * Pagefind's own sort orders cannot be merged across parts indexed apart, as they hold no keys; a
 * filter file holds each key with its pages.
 */
const SORT_KEY_FILTER = /^jarjestus-([\p{L}\p{N}_-]+)$/u;

/**
 * Rewrites the index under `site/pagefind`: part 1 is `site/pagefind`, part n
 * `site/pagefind/osa-n`. Each part gets the words of all parts (mergeVocabularies) in chunks of
 * about `targetBytes` divided by the number of parts, so that a query word loads about the same
 * bytes from all parts together as from one index; SEARCH_PARTS_PATH lists the further parts for
 * the search page to merge (Pagefind's mergeIndex); each sort order is written as the JSON list of
 * result ids in ascending order of its key to SORT_ORDERS_PATH.
 */
export async function rechunkSearchIndex(
	site: string,
	chosen: Partial<ChunkSizes> = {},
): Promise<Rechunked> {
	const options: ChunkSizes = {
		targetBytes: DEFAULT_CHUNKING.targetBytes,
		maxBytes: DEFAULT_CHUNKING.maxBytes,
		...chosen,
	};
	const root = join(site, 'pagefind');
	const partNumbers = readdirSync(root)
		.map((name) => /^osa-(\d+)$/.exec(name)?.[1])
		.filter((n) => n !== undefined)
		.map(Number)
		.sort((a, b) => a - b);
	if (partNumbers.some((n, i) => n !== i + 2))
		throw new Error(
			`search index parts are not numbered 2…${partNumbers.length + 1}: ${partNumbers.join(', ')}`,
		);
	const bundles = [root, ...partNumbers.map((n) => join(root, partFolder(n)))].map(readBundle);
	const { prefix } = bundles[0];

	let largestBefore = 0;
	function* indexWords(bundle: Bundle): Generator<WordEntry> {
		let last: string | undefined;
		for (const [, , name] of bundle.meta[2]) {
			const path = chunkPath(bundle.folder, name);
			largestBefore = Math.max(largestBefore, readFileSync(path).length);
			for (const entry of chunkWords(readIndexFile(path))) {
				if (last !== undefined && !(last < entry.word))
					throw new Error(`Pagefind index words out of order: ${last}, ${entry.word}`);
				last = entry.word;
				yield entry;
			}
		}
	}
	const merged =
		bundles.length === 1
			? [[...indexWords(bundles[0])]]
			: mergeVocabularies(bundles.map((bundle) => [...indexWords(bundle)]));
	const scaled = {
		targetBytes: options.targetBytes / bundles.length,
		maxBytes: options.maxBytes / bundles.length,
	};
	const taken = new Set<string>();
	const written: WrittenChunks[] = [];
	for (const [n, words] of merged.entries()) {
		const { folder } = bundles[n];
		const old = readdirSync(chunkFolder(folder)).map((name) => join(chunkFolder(folder), name));
		written.push(
			await writeChunks(
				words.map((word) => ({ ...word, size: word.bytes.length })),
				scaled,
				prefix,
				taken,
				folder,
			),
		);
		const kept = new Set(written[n].chunks.map(([, , name]) => chunkPath(folder, name)));
		for (const path of old) if (!kept.has(path)) rmSync(path);
	}

	// The sort keys come out of their filters, by result id.
	const sortKeys = new Map<string, { key: string; id: string }[]>();
	const filters = bundles.map((bundle) => {
		const ids = fragmentIds(bundle.meta);
		return bundle.meta[3].filter(([name, file]) => {
			const sort = SORT_KEY_FILTER.exec(name)?.[1];
			if (!sort) return true;
			const keys = sortKeys.get(sort) ?? [];
			for (const [key, pages] of readFilter(bundle.folder, file))
				for (const page of pages) keys.push({ key, id: ids[page] });
			sortKeys.set(sort, keys);
			removeFilter(bundle.folder, file);
			return false;
		});
	});
	// By key (fixed-width numbers and ISO dates, which sort as text) and then by part and page.
	const sortDir = join(site, ...SORT_ORDERS_PATH.split('/').filter(Boolean));
	mkdirSync(sortDir, { recursive: true });
	const order = new Map(
		bundles.flatMap((bundle) => fragmentIds(bundle.meta)).map((id, i) => [id, i]),
	);
	for (const [name, keys] of sortKeys) {
		keys.sort((a, b) =>
			a.key < b.key ? -1 : a.key > b.key ? 1 : order.get(a.id)! - order.get(b.id)!,
		);
		writeFileSync(join(sortDir, `${name}.json`), JSON.stringify(keys.map(({ id }) => id)));
	}

	// Each part's metadata and entry, part 1's last: it is the one the browser starts from.
	for (let n = bundles.length - 1; n >= 0; n--) {
		const { meta, folder } = bundles[n];
		await writeBundleMeta(
			bundles[n],
			[meta[0], meta[1], written[n].chunks, filters[n], [], meta[5]],
			(bytes) => uniqueName(prefix, bytes, 12, taken),
		);
		if (n > 0)
			for (const name of readdirSync(folder))
				if (!PART_FILES.test(name))
					rmSync(join(folder, name), { recursive: true, force: true });
	}
	const partsFile = join(site, ...SEARCH_PARTS_PATH.split('/').filter(Boolean));
	mkdirSync(dirname(partsFile), { recursive: true });
	writeFileSync(partsFile, JSON.stringify(partNumbers.map((n) => `/pagefind/${partFolder(n)}/`)));

	return {
		parts: bundles.length,
		chunksBefore: bundles.reduce((sum, { meta }) => sum + meta[2].length, 0),
		chunksAfter: written.reduce((sum, { chunks }) => sum + chunks.length, 0),
		largestBefore,
		largestAfter: Math.max(...written.map(({ largest }) => largest)),
		partialWordCuts: written.reduce((sum, { partialWordCuts }) => sum + partialWordCuts, 0),
		wholeWordCuts: written.reduce((sum, { wholeWordCuts }) => sum + wholeWordCuts, 0),
	};
}
