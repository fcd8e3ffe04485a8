/**
 * Re-chunks Pagefind's word index by its real size, and moves the sort orders out of the index metadata
 * that every first search loads.
 *
 * Pagefind 1.5 cuts the sorted word list into chunks of about 20,000 page entries and word positions, but
 * it counts only a word's diacritic-free form: the positions of "töö", "õigus" or "järelevalve" sit in
 * the variants of "too", "oigus" and "jarelevalve" and count as nothing. Estonian text is full of õ, ä, ö
 * and ü, so on the 5,000-position corpus one chunk held 37 such words in 303 KB (gzip) where a chunk
 * without them held 24 KB, and a search for "ohvriabi" loaded 167 KiB of index for one word. Here the
 * words are regrouped by the bytes they take, and each cut goes where neighbouring words share the
 * shortest beginning: the browser loads the one chunk whose range holds a query word and finds the words
 * that start with it only in that chunk, so a cut between "jarelevalve" and "jarelevalvealase" would hide
 * the second from a search for the first (tests/search/index-chunks.test.ts shows it). Cuts between words
 * that share at most two letters hide nothing from a query of three letters or more. At 5,000 generated
 * positions Pagefind's 192 chunks had 65 cuts after a word that begins the next; these 328 have 20, where
 * a family of such words ("kasu", "kasuta", "kasutaja"…) is larger than the maximum chunk.
 *
 * A site of more than `pagesPerPart` searchable pages is indexed in parts of interleaved pages, one Pagefind
 * process each (src/integrations/finish-site.ts), which the search page merges (see ChunkingOptions for
 * why); here each part gets the words of all parts. The word entries are copied byte for byte.
 * The format is checked on the way in (Pagefind 1.5.2 is pinned): if the metadata does not re-encode to
 * the same bytes, or an entry has another shape, the build stops instead of writing an index the browser
 * cannot read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { decode, encode } from 'cborg';
import { SEARCH_PARTS_PATH, SORT_ORDERS_PATH } from '../lib/search/query.ts';

/** Every Pagefind index file is gzip of this signature followed by CBOR. */
const SIGNATURE = Buffer.from('pagefind_dcd');

export interface ChunkingOptions {
	/** Raw (uncompressed CBOR) bytes a chunk aims at; gzip makes about half of that. */
	targetBytes: number;
	/** A chunk grows past the target up to this while it looks for a cut between unrelated words. */
	maxBytes: number;
	/**
	 * Pages per part of the index at most. Pagefind's browser side scores a query word's pages by scanning,
	 * for every page found, the entries of every word that matches (`search_term` in pagefind_web), so its
	 * time grows with the square of the pages in an index: "järelevalve", on 4,761 of 5,320 pages, took
	 * 219 ms in one index and 54 ms in each of two (Chromium, chunks loaded). The parts share pagefind.js and
	 * its WebAssembly (a merged index loads neither again); each adds its metadata (about 23 KiB gzip for
	 * 2,660 pages) and a chunk per query word, and scores with its own page counts, so nearly equal results
	 * can come in another order than from one index. Two parts at 5,000 positions keep a first search under
	 * its 250 KB budget; three came to 243 KiB. The parts are indexed by Pagefind processes running side by
	 * side, which keeps both cores busy where one Pagefind process spent much of its time on one (at 5,000
	 * positions its parsing used 1.5 cores and its compression one).
	 */
	pagesPerPart: number;
}

/** What the chunk planner needs of ChunkingOptions. */
export type ChunkSizes = Pick<ChunkingOptions, 'targetBytes' | 'maxBytes'>;

/**
 * About 16 KiB gzip per chunk at 5,000 positions: a further query of one word with its Estonian forms
 * loads one or two; the metadata lists every chunk (about 12 bytes each, gzip), and every first search
 * loads it, so much smaller chunks would cost the first search what they save the further ones.
 */
export const DEFAULT_CHUNKING: ChunkingOptions = { targetBytes: 32_000, maxBytes: 96_000, pagesPerPart: 3_000 };

/** Cuts between words sharing this many letters or fewer hide nothing from longer query words. */
const SAFE_SHARED_PREFIX = 2;

/**
 * What a cut between neighbouring index words `a` and `b` hides: nothing when they share at most two
 * letters; otherwise the words after the cut from a query that is the beginning of both, which is a
 * partial word, unless `a` is itself the beginning of `b` ("jarelevalve", "jarelevalvealase"): then a
 * search for the whole word `a` misses `b`, the worst case.
 */
export function cutCost(a: string, b: string): number {
	const shared = sharedPrefix(a, b);
	if (shared <= SAFE_SHARED_PREFIX) return 0;
	return b.startsWith(a) ? 1000 + shared : shared;
}

export interface WordEntry {
	/** The index word (diacritics folded, stemmed), as Pagefind sorts and compares it. */
	word: string;
	/** Its CBOR encoding, as Pagefind wrote it. */
	bytes: Uint8Array;
}

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

/** The CBOR inside a Pagefind index file (`packed`, as read from `path`). */
function unpackIndexFile(packed: Buffer, path: string): Uint8Array {
	const bytes = gunzipSync(packed);
	if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path}: not a Pagefind index file`);
	return bytes.subarray(SIGNATURE.length);
}

const gzipAsync = promisify(gzip);

/**
 * Level 5 for the many chunks: 2 % more bytes than level 9 (what Pagefind's files have) in an eighth of the
 * time, on libuv's threads, so both cores work (5,000 positions: 6.61 against 6.47 MB, 0.43 against 3.2 s on
 * one core). Level 9 for the one metadata file per part that every first search loads (7 % smaller there).
 */
function packIndexFile(cbor: Uint8Array, level = 5): Promise<Buffer> {
	return gzipAsync(Buffer.concat([SIGNATURE, cbor]), { level });
}

const TEXT = 3;
const ARRAY = 4;

/** A CBOR head (RFC 8949 §3) for `value` under `major` (0 unsigned integer, 4 array of `value` items…). */
function head(major: number, value: number): Uint8Array {
	const type = major << 5;
	if (value < 24) return Uint8Array.of(type | value);
	if (value < 0x100) return Uint8Array.of(type | 24, value);
	if (value < 0x10000) return Uint8Array.of(type | 25, value >> 8, value & 0xff);
	return Uint8Array.of(type | 26, value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

/** One CBOR head at `at`: major type, argument, and where what follows it starts. */
function readHead(bytes: Uint8Array, at: number): { major: number; value: number; end: number } {
	const first = bytes[at];
	if (first === undefined) throw new Error('a Pagefind index file ends early');
	const major = first >> 5;
	const info = first & 31;
	if (info < 24) return { major, value: info, end: at + 1 };
	if (info === 24) return { major, value: bytes[at + 1], end: at + 2 };
	if (info === 25) return { major, value: (bytes[at + 1] << 8) | bytes[at + 2], end: at + 3 };
	const high = bytes[at + 1] * 0x1000000 + ((bytes[at + 2] << 16) | (bytes[at + 3] << 8) | bytes[at + 4]);
	if (info === 26) return { major, value: high, end: at + 5 };
	if (info === 27) return { major, value: high * 0x100000000 + bytes[at + 5] * 0x1000000 + ((bytes[at + 6] << 16) | (bytes[at + 7] << 8) | bytes[at + 8]), end: at + 9 };
	throw new Error('indefinite-length or reserved CBOR in a Pagefind index file');
}

/** Where the whole CBOR item at `at` ends. */
function skipItem(bytes: Uint8Array, at: number): number {
	let pending = 1;
	let end = at;
	while (pending > 0) {
		const item = readHead(bytes, end);
		pending--;
		end = item.end;
		if (item.major === 2 || item.major === TEXT) end += item.value;
		else if (item.major === ARRAY) pending += item.value;
		else if (item.major === 5) pending += 2 * item.value;
		else if (item.major === 6) pending++;
	}
	return end;
}

const utf8 = new TextDecoder();

/** The word entries of one chunk file's CBOR (`[[word, …]]`), each with its own bytes. */
export function chunkWords(cbor: Uint8Array): WordEntry[] {
	const outer = readHead(cbor, 0);
	const list = readHead(cbor, outer.end);
	if (outer.major !== ARRAY || outer.value !== 1 || list.major !== ARRAY) throw new Error('unexpected Pagefind index chunk layout');
	const words: WordEntry[] = [];
	let at = list.end;
	for (let i = 0; i < list.value; i++) {
		const entry = readHead(cbor, at);
		const word = readHead(cbor, entry.end);
		if (entry.major !== ARRAY || word.major !== TEXT) throw new Error('unexpected Pagefind word entry');
		const end = skipItem(cbor, at);
		words.push({ word: utf8.decode(cbor.subarray(word.end, word.end + word.value)), bytes: cbor.subarray(at, end) });
		at = end;
	}
	if (at !== cbor.length) throw new Error('trailing bytes after a Pagefind index chunk');
	return words;
}

/** Letters `a` and `b` share at their beginning (by code point, as Pagefind's Rust compares them). */
export function sharedPrefix(a: string, b: string): number {
	const left = Array.from(a);
	const right = Array.from(b);
	let n = 0;
	while (n < left.length && n < right.length && left[n] === right[n]) n++;
	return n;
}

/**
 * Groups consecutive words (sizes in bytes, in index order) into chunks, reading `words` only as far as it
 * must: each chunk closes, once it holds half the target, at the cut after which the next word shares the
 * fewest letters with the last (up to two count as none), the one nearest the target among equals, at most
 * `maxBytes` in (a word larger than that is a chunk with whatever precedes it).
 */
export function* chunkGroups<T extends { word: string; size: number }>(words: Iterable<T>, { targetBytes, maxBytes }: ChunkSizes): Generator<T[]> {
	const source = words[Symbol.iterator]();
	const ahead: T[] = [];
	let exhausted = false;
	/** Whether word `i` of the words not yet grouped exists, reading on as needed. */
	const has = (i: number): boolean => {
		while (!exhausted && ahead.length <= i) {
			const next = source.next();
			if (next.done) exhausted = true;
			else ahead.push(next.value);
		}
		return i < ahead.length;
	};
	while (has(0)) {
		let size = 0;
		let best: { end: number; cost: number; distance: number } | undefined;
		let end = 0;
		for (; has(end + 1); end++) {
			size += ahead[end].size;
			if (size >= targetBytes / 2) {
				const cost = cutCost(ahead[end].word, ahead[end + 1].word);
				const distance = Math.abs(size - targetBytes);
				if (!best || cost < best.cost || (cost === best.cost && distance < best.distance)) best = { end, cost, distance };
			}
			if (size + ahead[end + 1].size > maxBytes && best) break;
		}
		// Either the words ran out (the rest is the last chunk) or the next word would pass the maximum.
		yield ahead.splice(0, has(end + 1) ? best!.end + 1 : ahead.length);
	}
}

/** chunkGroups as the index of each chunk's first word. */
export function planChunks(words: readonly { word: string; size: number }[], options: ChunkSizes): number[] {
	const starts: number[] = [];
	let start = 0;
	for (const group of chunkGroups(words, options)) {
		starts.push(start);
		start += group.length;
	}
	return starts;
}

/** Above every index word: the highest code point. */
const LAST_WORD = '\u{10FFFF}';

/**
 * The word ranges the browser compares a query word with, one per chunk (`chunks` gives each chunk's first
 * and last word). Pagefind 1.5 writes the shortest beginnings that tell neighbouring chunks apart ("app",
 * "apr"), which leaves gaps: a query word in none of the ranges ("kasutajakonto", after "kasutajak" and
 * before "kasutajal") makes the browser load every chunk whose range holds a word that begins with it or
 * that it begins with, three chunks and 62 KiB at 5,000 positions. Here the ranges leave no gap: a chunk
 * starts where Pagefind starts it and ends just below where the next one starts, so every query word falls
 * in exactly one range, and the one chunk loaded for it holds every index word that begins with it.
 */
export function chunkRanges(chunks: readonly (readonly string[])[]): { from: string; to: string }[] {
	const starts = chunks.map((words, i) => {
		if (i === 0) return '';
		const last = chunks[i - 1][chunks[i - 1].length - 1];
		const first = words[0];
		return Array.from(first).slice(0, sharedPrefix(last, first) + 1).join('');
	});
	return starts.map((from, i) => ({ from, to: i + 1 < starts.length ? justBelow(starts[i + 1]) : LAST_WORD }));
}

/**
 * The highest word below `word` as far as any real word can tell: its last letter one code point lower,
 * then the highest code point ("catha" → "cath`\u{10FFFF}"). Only words beginning with that and then
 * U+10FFFF, a code point that is not a character, fall between the two.
 */
function justBelow(word: string): string {
	const letters = Array.from(word);
	const last = letters.pop()!.codePointAt(0)!;
	if (last === 0) return letters.join('');
	// Code points are compared as UTF-8 bytes, where surrogates do not occur.
	const lower = last - 1 >= 0xd800 && last - 1 <= 0xdfff ? 0xd7ff : last - 1;
	return letters.join('') + String.fromCodePoint(lower) + LAST_WORD;
}

/**
 * A content-addressed name in Pagefind's style (`et_1a2b3c4d`), longer on a clash. One hex digit longer than
 * Pagefind's own names (7 for chunks, 10 for the metadata), so that a name of ours never means other content
 * under a name Pagefind gave in an earlier build: servers let browsers cache these files for a year.
 */
function uniqueName(prefix: string, bytes: Uint8Array, length: number, taken: Set<string>): string {
	const hash = createHash('sha256').update(bytes).digest('hex');
	let name = `${prefix}${hash.slice(0, length)}`;
	for (let n = length + 1; taken.has(name); n++) name = `${prefix}${hash.slice(0, n)}`;
	taken.add(name);
	return name;
}

/** How many parts an index of `pages` pages is split into, at most `pagesPerPart` pages each. */
export const partCount = (pages: number, pagesPerPart: number): number => Math.max(1, Math.ceil(pages / pagesPerPart));

/** Bundle folder of part `n` (2, 3…) of the search index, as listed in SEARCH_PARTS_PATH; part 1 is Pagefind's own. */
export const partFolder = (n: number): string => `osa-${n}`;

/** The part of the `index`-th searchable page (in path order): pages are dealt out in turn. */
export const partOfPage = (index: number, parts: number): number => index % parts;

const utf8Encoder = new TextEncoder();

/** An index word's entry with no pages (`[word, [], []]`), for a part that lacks the word. */
function emptyWordEntry(word: string): Uint8Array {
	const text = utf8Encoder.encode(word);
	return Buffer.concat([head(ARRAY, 3), head(TEXT, text.length), text, head(ARRAY, 0), head(ARRAY, 0)]);
}

/**
 * The parts' word lists (each in index order, as Pagefind wrote it) over the words of all parts: a part
 * keeps its own entries byte for byte and gets an entry with no pages for every word only other parts have.
 * Pagefind searches a query word that no index word begins as the longest index word that begins it
 * ("ametikonto" as "amet"), and leaves out of a query a word found nowhere, so a part without the word would
 * find pages that the other parts, and one index of all pages, do not.
 */
export function mergeVocabularies<T extends WordEntry>(parts: readonly (readonly T[])[]): (T | WordEntry)[][] {
	const merged = parts.map((): (T | WordEntry)[] => []);
	const at = parts.map(() => 0);
	for (;;) {
		let next: string | undefined;
		for (const [part, words] of parts.entries()) {
			const word = words[at[part]]?.word;
			if (word !== undefined && (next === undefined || word < next)) next = word;
		}
		if (next === undefined) return merged;
		for (const [part, words] of parts.entries()) {
			const entry = words[at[part]];
			if (entry?.word === next) {
				merged[part].push(entry);
				at[part]++;
			} else {
				merged[part].push({ word: next, bytes: emptyWordEntry(next) });
			}
		}
	}
}

/**
 * New names for the fragments of one part's pages, by page number. Pagefind names a fragment by a hash of its
 * content, and the metadata that every first search loads lists those names, which do not compress: 19 KiB
 * gzip of the 23 KiB for 2,660 pages. Here a fragment is named by its page's number in the part after a hash
 * of all the part's fragment names, so the list compresses to about 11 KiB (at 5,000 positions, with level 9,
 * the metadata went from 22.4 to 15.8 KiB per part, 13 KiB less per first search), and a name still never
 * stands for two contents: a changed page changes every name in its part, and the fragments stay cacheable
 * as immutable (README "Deployment").
 */
export function fragmentNames(pages: readonly (readonly [string, number])[], prefix: string): string[] {
	const hash = createHash('sha256');
	for (const [name] of pages) hash.update(`${name}\n`);
	const tag = hash.digest('hex').slice(0, 10);
	return pages.map((_, page) => `${prefix}${tag}_${page}`);
}

interface Entry {
	languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

/** Pagefind 1.5's metadata: [version, pages, index chunks, filters, sorts, metadata field names]. */
type Meta = [string, [string, number][], [string, string, string][], [string, string][], [string, number[]][], string[]];

/** The chunk files written for one part of the index, with their ranges. */
interface WrittenChunks {
	chunks: [string, string, string][];
	largest: number;
	partialWordCuts: number;
	wholeWordCuts: number;
}

/**
 * Plans `words` into chunks (chunkGroups), compresses each as soon as it is planned (on libuv's threads, so
 * reading and compressing overlap) and writes the new files into `dir`. `kept` names a chunk of Pagefind's
 * that the plan reproduces (by first word and end), whose file stays as it is.
 */
async function writeChunks(
	words: Iterable<WordEntry & { size: number }>,
	options: ChunkSizes,
	prefix: string,
	taken: Set<string>,
	dir: string,
	kept: (start: number, end: number) => { name: string; packed: Buffer } | undefined = () => undefined,
): Promise<WrittenChunks> {
	const files: { name: string; packed: Buffer | Promise<Buffer>; kept: boolean }[] = [];
	const inFlight: Promise<Buffer>[] = [];
	const boundaries: string[][] = [];
	let partialWordCuts = 0;
	let wholeWordCuts = 0;
	let start = 0;
	for (const group of chunkGroups(words, options)) {
		const end = start + group.length;
		if (boundaries.length > 0) {
			const cost = cutCost(boundaries.at(-1)!.at(-1)!, group[0].word);
			if (cost >= 1000) wholeWordCuts++;
			else if (cost > 0) partialWordCuts++;
		}
		boundaries.push([group[0].word, group.at(-1)!.word]);
		// The planner has read the word after this group, so Pagefind's chunk that ends here is known.
		const old = kept(start, end);
		if (old) {
			taken.add(old.name);
			files.push({ name: old.name, packed: old.packed, kept: true });
		} else {
			const cbor = Buffer.concat([head(ARRAY, 1), head(ARRAY, group.length), ...group.map(({ bytes }) => bytes)]);
			const packed = packIndexFile(cbor);
			// Awaited below; until then a failure must not count as unhandled.
			packed.catch(() => undefined);
			files.push({ name: uniqueName(prefix, cbor, 8, taken), packed, kept: false });
			// A few at a time: each pending compression holds a zlib state.
			inFlight.push(packed);
			if (inFlight.length >= 4) await inFlight.shift();
		}
		start = end;
	}
	const ranges = chunkRanges(boundaries);
	const chunks: [string, string, string][] = [];
	let largest = 0;
	mkdirSync(dir, { recursive: true });
	for (const [i, file] of files.entries()) {
		const packed = await file.packed;
		largest = Math.max(largest, packed.length);
		if (!file.kept) writeFileSync(join(dir, `${file.name}.pf_index`), packed);
		chunks.push([ranges[i].from, ranges[i].to, file.name]);
	}
	return { chunks, largest, partialWordCuts, wholeWordCuts };
}

/**
 * The filters through which the pages hand over their sort keys (`data-pagefind-filter="jarjestus-pealkiri:…"`,
 * src/lib/search/query.ts sortKeyFilter) are named with this prefix. Pagefind's own sort orders cannot be
 * merged across parts indexed apart, as they hold no keys; a filter file holds each key with its pages.
 */
const SORT_KEY_FILTER = /^jarjestus-([\p{L}\p{N}_-]+)$/u;

/** Files of a part's folder that the browser reads; Pagefind's scripts and WebAssembly are part 1's. */
const PART_FILES = /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|filter|fragment)$/;

/** One part's index as Pagefind wrote it. */
interface PartIndex {
	folder: string;
	entry: Entry;
	languageKey: string;
	language: Entry['languages'][string];
	metaPath: string;
	meta: Meta;
}

function readPart(folder: string): PartIndex {
	const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as Entry;
	const languages = Object.entries(entry.languages);
	if (languages.length !== 1) throw new Error(`expected one Pagefind language index in ${folder}, found ${languages.length}`);
	const [languageKey, language] = languages[0];
	const metaPath = join(folder, `pagefind.${language.hash}.pf_meta`);
	const metaBytes = unpackIndexFile(readFileSync(metaPath), metaPath);
	const meta = decode(metaBytes) as Meta;
	if (!Buffer.from(encode(meta)).equals(metaBytes) || meta.length !== 6 || !Array.isArray(meta[2]) || !Array.isArray(meta[4])) {
		throw new Error(`Pagefind ${meta[0]}: the index metadata has a layout this build does not know`);
	}
	return { folder, entry, languageKey, language, metaPath, meta };
}

/**
 * Rewrites the Pagefind index under `site/pagefind` (one language) with chunks planned by `planChunks`. A large
 * site's pages are indexed in parts (src/integrations/finish-site.ts, one Pagefind process per part, see
 * ChunkingOptions.pagesPerPart): part 1 is `site/pagefind`, part n `site/pagefind/osa-n` (partFolder), and
 * here each part gets the words of all parts (mergeVocabularies); SEARCH_PARTS_PATH lists the parts for the
 * search page to merge (Pagefind's mergeIndex). Fragments are renamed (fragmentNames), and each sort order is
 * written as the JSON list of result ids in ascending order of its key to `site/otsing/jarjestus/<name>.json`.
 */
export async function rechunkSearchIndex(site: string, chosen: Partial<ChunkSizes> = {}): Promise<Rechunked> {
	const options: ChunkSizes = { targetBytes: DEFAULT_CHUNKING.targetBytes, maxBytes: DEFAULT_CHUNKING.maxBytes, ...chosen };
	const bundle = join(site, 'pagefind');
	const partNumbers = readdirSync(bundle)
		.map((name) => /^osa-(\d+)$/.exec(name)?.[1])
		.filter((n) => n !== undefined)
		.map(Number)
		.sort((a, b) => a - b);
	if (partNumbers.some((n, i) => n !== i + 2)) throw new Error(`search index parts are not numbered 2…${partNumbers.length + 1}: ${partNumbers.join(', ')}`);
	const parts = [bundle, ...partNumbers.map((n) => join(bundle, partFolder(n)))].map(readPart);
	const version = parts[0].meta[0];
	for (const part of parts) {
		if (part.meta[0] !== version) throw new Error(`search index parts of different Pagefind versions: ${version}, ${part.meta[0]}`);
		if (part.languageKey !== parts[0].languageKey) throw new Error(`search index parts in different languages: ${parts[0].languageKey}, ${part.languageKey}`);
	}
	const prefix = /^([a-z-]+_)/i.exec(parts[0].language.hash)?.[1] ?? '';

	// Pagefind's chunks are read one at a time while the new ones are planned.
	let largestBefore = 0;
	function* indexWords(part: PartIndex, previous?: Map<number, { end: number; name: string; packed: Buffer }>): Generator<WordEntry & { size: number }> {
		let count = 0;
		let last = '';
		for (const [, , name] of part.meta[2]) {
			const path = join(part.folder, 'index', `${name}.pf_index`);
			const packed = readFileSync(path);
			largestBefore = Math.max(largestBefore, packed.length);
			const start = count;
			for (const entry of chunkWords(unpackIndexFile(packed, path))) {
				if (count > 0 && !(last < entry.word)) throw new Error(`Pagefind index words out of order: ${last}, ${entry.word}`);
				last = entry.word;
				count++;
				yield { ...entry, size: entry.bytes.length };
			}
			previous?.set(start, { end: count, name, packed });
		}
	}

	const taken = new Set<string>();
	const oldIndexFiles = parts.map((part) => new Set(readdirSync(join(part.folder, 'index'))));
	const written: WrittenChunks[] = [];
	if (parts.length === 1) {
		const previous = new Map<number, { end: number; name: string; packed: Buffer }>();
		written.push(
			await writeChunks(indexWords(parts[0], previous), options, prefix, taken, join(bundle, 'index'), (start, end) => {
				const old = previous.get(start);
				return old?.end === end ? old : undefined;
			}),
		);
	} else {
		const merged = mergeVocabularies(parts.map((part) => [...indexWords(part)]));
		// Each part's chunks cover about the words a chunk of the whole index covers, so that a query word
		// loads about the same bytes from all parts together.
		const scaled = { ...options, targetBytes: options.targetBytes / parts.length, maxBytes: options.maxBytes / parts.length };
		for (const [n, words] of merged.entries()) {
			written.push(await writeChunks(words.map((word) => ({ ...word, size: word.bytes.length })), scaled, prefix, taken, join(parts[n].folder, 'index')));
		}
	}

	// Fragments get their new names; the sort keys come out of their filters.
	const sortKeys = new Map<string, { key: string; id: string }[]>();
	const partFilters: [string, string][][] = [];
	const names: string[][] = [];
	for (const part of parts) {
		const pages = part.meta[1];
		const partNames = fragmentNames(pages, prefix);
		names.push(partNames);
		const filters: [string, string][] = [];
		for (const [name, file] of part.meta[3]) {
			const sort = SORT_KEY_FILTER.exec(name)?.[1];
			if (!sort) {
				filters.push([name, file]);
				continue;
			}
			const path = join(part.folder, 'filter', `${file}.pf_filter`);
			const [, values] = decode(unpackIndexFile(readFileSync(path), path)) as [string, [string, number[]][]];
			const keys = sortKeys.get(sort) ?? [];
			for (const [key, pageNumbers] of values) for (const page of pageNumbers) keys.push({ key, id: partNames[page] });
			sortKeys.set(sort, keys);
			rmSync(path);
		}
		partFilters.push(filters);
		for (const [page, [hash]] of pages.entries()) renameSync(join(part.folder, 'fragment', `${hash}.pf_fragment`), join(part.folder, 'fragment', `${partNames[page]}.pf_fragment`));
	}

	// Sort orders, by key (fixed-width numbers and ISO dates, which sort as text) and then by page.
	const sortDir = join(site, ...SORT_ORDERS_PATH.split('/').filter(Boolean));
	mkdirSync(sortDir, { recursive: true });
	const order = new Map(names.flat().map((id, i) => [id, i]));
	for (const [name, keys] of sortKeys) {
		keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : order.get(a.id)! - order.get(b.id)!));
		writeFileSync(join(sortDir, `${name}.json`), JSON.stringify(keys.map(({ id }) => id)));
	}

	// Each part's metadata and entry, part 1's last: it is the one the browser starts from.
	for (let n = parts.length - 1; n >= 0; n--) {
		const { folder, entry, languageKey, language, metaPath, meta } = parts[n];
		const own = meta[1].map(([, wordCount], page): [string, number] => [names[n][page], wordCount]);
		const newMetaBytes = encode([version, own, written[n].chunks, partFilters[n], [], meta[5]]);
		const newMetaHash = uniqueName(prefix, newMetaBytes, 12, new Set([language.hash]));
		writeFileSync(join(folder, `pagefind.${newMetaHash}.pf_meta`), await packIndexFile(newMetaBytes, 9));
		const partEntry = { ...entry, languages: { [languageKey]: { ...language, hash: newMetaHash, page_count: own.length } } };
		writeFileSync(join(folder, 'pagefind-entry.json'), JSON.stringify(partEntry));
		rmSync(metaPath);
		const keptNames = new Set(written[n].chunks.map(([, , name]) => `${name}.pf_index`));
		for (const name of oldIndexFiles[n]) if (!keptNames.has(name)) rmSync(join(folder, 'index', name));
		if (n > 0) for (const name of readdirSync(folder)) if (!PART_FILES.test(name)) rmSync(join(folder, name), { recursive: true, force: true });
	}
	const partsFile = join(site, ...SEARCH_PARTS_PATH.split('/').filter(Boolean));
	mkdirSync(dirname(partsFile), { recursive: true });
	writeFileSync(partsFile, JSON.stringify(partNumbers.map((n) => `/pagefind/${partFolder(n)}/`)));

	return {
		parts: parts.length,
		chunksBefore: parts.reduce((sum, part) => sum + part.meta[2].length, 0),
		chunksAfter: written.reduce((sum, { chunks }) => sum + chunks.length, 0),
		largestBefore,
		largestAfter: Math.max(...written.map(({ largest }) => largest)),
		partialWordCuts: written.reduce((sum, { partialWordCuts }) => sum + partialWordCuts, 0),
		wholeWordCuts: written.reduce((sum, { wholeWordCuts }) => sum + wholeWordCuts, 0),
	};
}
