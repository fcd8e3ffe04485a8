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
 * An index of more than `pagesPerPart` pages is also split into parts of interleaved pages, which the
 * search page merges (see ChunkingOptions for why). In one part the word entries are copied byte for byte;
 * in parts, each entry keeps its words and positions byte for byte and only its page numbers change.
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
	 * its 250 KB budget; three came to 243 KiB.
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

const UINT = 0;
const NEGINT = 1;
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

/** The head at `at`, which must be of `major` type (and argument `value`, if given). */
function expectHead(bytes: Uint8Array, at: number, major: number, value?: number): { value: number; end: number } {
	const found = readHead(bytes, at);
	if (found.major !== major || (value !== undefined && found.value !== value)) throw new Error('unexpected Pagefind index entry layout');
	return found;
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

/** Where the array of integers at `at` ends (a page's word positions, or its metadata positions). */
function skipIntegers(bytes: Uint8Array, at: number): number {
	const list = expectHead(bytes, at, ARRAY);
	let end = list.end;
	for (let i = 0; i < list.value; i++) {
		const item = readHead(bytes, end);
		if (item.major !== UINT && item.major !== NEGINT) throw new Error('unexpected Pagefind word position');
		end = item.end;
	}
	return end;
}

/** A growing byte buffer, so that splitting a page list does not allocate per page. */
class ByteWriter {
	private buffer = new Uint8Array(1024);
	private length = 0;

	private reserve(more: number): void {
		if (this.length + more <= this.buffer.length) return;
		const grown = new Uint8Array(Math.max(2 * this.buffer.length, this.length + more));
		grown.set(this.buffer.subarray(0, this.length));
		this.buffer = grown;
	}

	head(major: number, value: number): void {
		const bytes = value < 24 ? undefined : head(major, value);
		this.reserve(5);
		if (bytes) this.copy(bytes);
		else this.buffer[this.length++] = (major << 5) | value;
	}

	copy(bytes: Uint8Array): void {
		this.reserve(bytes.length);
		this.buffer.set(bytes, this.length);
		this.length += bytes.length;
	}

	/** What was written, and an empty buffer for the next list. */
	take(): Uint8Array {
		const written = this.buffer.slice(0, this.length);
		this.length = 0;
		return written;
	}
}

/** The part of page `page` in an index split into `parts`, and its page number there. */
const partOfPage = (page: number, parts: number) => ({ part: page % parts, page: Math.floor(page / parts) });

/**
 * The page list at `at` (`[[page delta, positions, metadata positions]…]`, pages ascending), cut by part
 * (partOfPage), with each part's deltas counted again and the positions copied byte for byte.
 */
function splitPageList(bytes: Uint8Array, at: number, writers: ByteWriter[]): { lists: { count: number; bytes: Uint8Array }[]; end: number } {
	const parts = writers.length;
	const list = expectHead(bytes, at, ARRAY);
	const counts = new Array<number>(parts).fill(0);
	const last = new Array<number>(parts).fill(0);
	let page = 0;
	let end = list.end;
	for (let i = 0; i < list.value; i++) {
		const delta = expectHead(bytes, expectHead(bytes, end, ARRAY, 3).end, UINT);
		page += delta.value;
		const positionsEnd = skipIntegers(bytes, skipIntegers(bytes, delta.end));
		const target = partOfPage(page, parts);
		const writer = writers[target.part];
		writer.head(ARRAY, 3);
		writer.head(UINT, target.page - last[target.part]);
		writer.copy(bytes.subarray(delta.end, positionsEnd));
		counts[target.part]++;
		last[target.part] = target.page;
		end = positionsEnd;
	}
	return { lists: writers.map((writer, part) => ({ count: counts[part], bytes: writer.take() })), end };
}

/**
 * New names for the pages' fragments, by page number. Pagefind names a fragment by a hash of its content, and
 * the metadata that every first search loads lists those names, which do not compress: 19 KiB gzip of the
 * 23 KiB for 2,660 pages. Here a fragment is named by its page's number in its part after a hash of all the
 * part's fragment names, so the list compresses to about 11 KiB (at 5,000 positions, with level 9, the
 * metadata went from 22.4 to 15.8 KiB per part, 13 KiB less per first search), and a name still never stands
 * for two contents: a changed page changes every name in its part, and the fragments stay cacheable as
 * immutable (README "Deployment").
 */
export function fragmentNames(pages: readonly (readonly [string, number])[], parts: number, prefix: string): string[] {
	const hashes = Array.from({ length: parts }, () => createHash('sha256'));
	for (const [page, [hash]] of pages.entries()) hashes[partOfPage(page, parts).part].update(`${hash}\n`);
	const tags = hashes.map((hash) => hash.digest('hex').slice(0, 10));
	return pages.map((_, page) => {
		const at = partOfPage(page, parts);
		return `${prefix}${tags[at.part]}_${at.page}`;
	});
}

/**
 * One index word's entry (`[word, pages, [[variant form, pages]…]]`) as the entry of each of `parts` parts (a
 * variant without pages there is left out). A part that has none of the word's pages still gets the word,
 * with no pages: Pagefind searches a query word that no index word begins as the longest index word that
 * begins it ("ametikonto" as "amet"), and leaves out of a query a word found nowhere, so a part without the
 * word would find pages the whole index does not.
 */
export function splitWordEntry(bytes: Uint8Array, parts: number): Uint8Array[] {
	const writers = Array.from({ length: parts }, () => new ByteWriter());
	const entry = expectHead(bytes, 0, ARRAY, 3);
	const word = expectHead(bytes, entry.end, TEXT);
	const wordBytes = bytes.subarray(entry.end, word.end + word.value);
	const pages = splitPageList(bytes, word.end + word.value, writers);
	const variantList = expectHead(bytes, pages.end, ARRAY);
	const variants: { form: Uint8Array; lists: { count: number; bytes: Uint8Array }[] }[] = [];
	let at = variantList.end;
	for (let i = 0; i < variantList.value; i++) {
		const variant = expectHead(bytes, at, ARRAY, 2);
		const form = expectHead(bytes, variant.end, TEXT);
		const split = splitPageList(bytes, form.end + form.value, writers);
		variants.push({ form: bytes.subarray(variant.end, form.end + form.value), lists: split.lists });
		at = split.end;
	}
	if (at !== bytes.length) throw new Error('unexpected Pagefind index entry layout');
	return Array.from({ length: parts }, (_, part) => {
		const own = variants.filter(({ lists }) => lists[part].count > 0);
		return Buffer.concat([
			head(ARRAY, 3),
			wordBytes,
			head(ARRAY, pages.lists[part].count),
			pages.lists[part].bytes,
			head(ARRAY, own.length),
			...own.flatMap(({ form, lists }) => [head(ARRAY, 2), form, head(ARRAY, lists[part].count), lists[part].bytes]),
		]);
	});
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
 * Rewrites the Pagefind index under `site/pagefind` (one language) with chunks planned by `planChunks`;
 * above `pagesPerPart` pages it is split into parts of interleaved pages (page p in part p % parts), each
 * in a folder of its own (partFolder) with its metadata, chunks, filters and fragments, listed in
 * SEARCH_PARTS_PATH for the search page to merge (Pagefind's mergeIndex). Writes each sort order as the
 * JSON list of Pagefind result ids in ascending order to `site/otsing/jarjestus/<name>.json`, out of the metadata.
 */
export async function rechunkSearchIndex(site: string, chosen: Partial<ChunkingOptions> = {}): Promise<Rechunked> {
	const options = { ...DEFAULT_CHUNKING, ...chosen };
	const bundle = join(site, 'pagefind');
	const entryPath = join(bundle, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Entry;
	const languages = Object.entries(entry.languages);
	if (languages.length !== 1) throw new Error(`expected one Pagefind language index, found ${languages.length}`);
	const [languageKey, language] = languages[0];
	const metaPath = join(bundle, `pagefind.${language.hash}.pf_meta`);
	const metaBytes = unpackIndexFile(readFileSync(metaPath), metaPath);
	const meta = decode(metaBytes) as Meta;
	if (!Buffer.from(encode(meta)).equals(metaBytes) || meta.length !== 6 || !Array.isArray(meta[2]) || !Array.isArray(meta[4])) {
		throw new Error(`Pagefind ${meta[0]}: the index metadata has a layout this build does not know`);
	}
	const [version, pages, oldChunks, filters, sorts, fields] = meta;
	const prefix = /^([a-z-]+_)/i.exec(language.hash)?.[1] ?? '';
	const parts = partCount(pages.length, options.pagesPerPart);

	// Pagefind's chunks are read one at a time while the new ones are planned.
	const indexDir = join(bundle, 'index');
	const oldIndexFiles = new Set(readdirSync(indexDir));
	const previous = new Map<number, { end: number; name: string; packed: Buffer }>();
	let largestBefore = 0;
	function* indexWords(): Generator<WordEntry & { size: number }> {
		let count = 0;
		let last = '';
		for (const [, , name] of oldChunks) {
			const path = join(indexDir, `${name}.pf_index`);
			const packed = readFileSync(path);
			largestBefore = Math.max(largestBefore, packed.length);
			const start = count;
			for (const entry of chunkWords(unpackIndexFile(packed, path))) {
				if (count > 0 && !(last < entry.word)) throw new Error(`Pagefind index words out of order: ${last}, ${entry.word}`);
				last = entry.word;
				count++;
				yield { ...entry, size: entry.bytes.length };
			}
			previous.set(start, { end: count, name, packed });
		}
	}

	const taken = new Set<string>();
	const folders = Array.from({ length: parts }, (_, part) => (part === 0 ? bundle : join(bundle, partFolder(part + 1))));
	for (const name of readdirSync(bundle)) if (/^osa-\d+$/.test(name)) rmSync(join(bundle, name), { recursive: true, force: true });
	const written: WrittenChunks[] = [];
	if (parts === 1) {
		written.push(
			await writeChunks(indexWords(), options, prefix, taken, indexDir, (start, end) => {
				const old = previous.get(start);
				return old?.end === end ? old : undefined;
			}),
		);
	} else {
		const partWords = Array.from({ length: parts }, (): (WordEntry & { size: number })[] => []);
		for (const { word, bytes } of indexWords()) {
			for (const [part, entry] of splitWordEntry(bytes, parts).entries()) partWords[part].push({ word, bytes: entry, size: entry.length });
		}
		// Each part's chunks cover about the words a chunk of the whole index covers, so that a query word
		// loads about the same bytes from all parts together.
		const scaled = { ...options, targetBytes: options.targetBytes / parts, maxBytes: options.maxBytes / parts };
		for (const [part, words] of partWords.entries()) written.push(await writeChunks(words, scaled, prefix, taken, join(folders[part], 'index')));
	}

	const names = fragmentNames(pages, parts, prefix);

	// Sort orders: page numbers become the result ids the browser sees.
	const sortDir = join(site, ...SORT_ORDERS_PATH.split('/').filter(Boolean));
	mkdirSync(sortDir, { recursive: true });
	for (const [name, order] of sorts) {
		if (!/^[\p{L}\p{N}_-]+$/u.test(name)) throw new Error(`unexpected sort name ${JSON.stringify(name)}`);
		writeFileSync(join(sortDir, `${name}.json`), JSON.stringify(order.map((page) => names[page])));
	}

	// Filters and fragments follow their pages into the parts.
	const partFilters: [string, string][][] = [filters];
	if (parts > 1) {
		const filterDir = join(bundle, 'filter');
		const oldFilterFiles = readdirSync(filterDir);
		const values = filters.map(([name, file]) => {
			const path = join(filterDir, `${file}.pf_filter`);
			return [name, decode(unpackIndexFile(readFileSync(path), path)) as [string, [string, number[]][]]] as const;
		});
		partFilters.length = 0;
		const filterNames = new Set(oldFilterFiles.map((file) => file.replace(/\.pf_filter$/, '')));
		for (const folder of folders) {
			mkdirSync(join(folder, 'filter'), { recursive: true });
			partFilters.push([]);
		}
		for (const [name, [filterName, list]] of values) {
			for (const [part, folder] of folders.entries()) {
				const own = list.map(([value, ids]) => [
					value,
					ids.flatMap((page) => {
						const at = partOfPage(page, parts);
						return at.part === part ? [at.page] : [];
					}),
				]);
				const cbor = encode([filterName, own]);
				const file = uniqueName(prefix, cbor, 8, filterNames);
				writeFileSync(join(folder, 'filter', `${file}.pf_filter`), await packIndexFile(cbor));
				partFilters[part].push([name, file]);
			}
		}
		for (const file of oldFilterFiles) rmSync(join(filterDir, file));
		for (const folder of folders.slice(1)) mkdirSync(join(folder, 'fragment'), { recursive: true });
	}
	for (const [page, [hash]] of pages.entries()) {
		const { part } = partOfPage(page, parts);
		renameSync(join(bundle, 'fragment', `${hash}.pf_fragment`), join(folders[part], 'fragment', `${names[page]}.pf_fragment`));
	}

	// Each part's metadata and entry, part 1's last: it is the one the browser starts from.
	for (let part = parts - 1; part >= 0; part--) {
		const own: [string, number][] = [];
		for (const [page, [, wordCount]] of pages.entries()) if (partOfPage(page, parts).part === part) own.push([names[page], wordCount]);
		const newMetaBytes = encode([version, own, written[part].chunks, partFilters[part], [], fields]);
		const newMetaHash = uniqueName(prefix, newMetaBytes, 12, new Set([language.hash]));
		writeFileSync(join(folders[part], `pagefind.${newMetaHash}.pf_meta`), await packIndexFile(newMetaBytes, 9));
		const partEntry = { ...entry, languages: { [languageKey]: { ...language, hash: newMetaHash, page_count: own.length } } };
		writeFileSync(join(folders[part], 'pagefind-entry.json'), JSON.stringify(partEntry));
	}
	const partsFile = join(site, ...SEARCH_PARTS_PATH.split('/').filter(Boolean));
	mkdirSync(dirname(partsFile), { recursive: true });
	writeFileSync(partsFile, JSON.stringify(folders.slice(1).map((_, i) => `/pagefind/${partFolder(i + 2)}/`)));
	rmSync(metaPath);
	const keptNames = new Set(written[0].chunks.map(([, , name]) => `${name}.pf_index`));
	for (const name of oldIndexFiles) if (!keptNames.has(name)) rmSync(join(indexDir, name));

	return {
		parts,
		chunksBefore: oldChunks.length,
		chunksAfter: written.reduce((sum, { chunks }) => sum + chunks.length, 0),
		largestBefore,
		largestAfter: Math.max(...written.map(({ largest }) => largest)),
		partialWordCuts: written.reduce((sum, { partialWordCuts }) => sum + partialWordCuts, 0),
		wholeWordCuts: written.reduce((sum, { wholeWordCuts }) => sum + wholeWordCuts, 0),
	};
}
