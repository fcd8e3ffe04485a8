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
 * The word entries are copied byte for byte; only the chunk files, their list in the metadata and the
 * metadata's file name change. The format is checked on the way in (Pagefind 1.5.2 is pinned): if the
 * metadata does not re-encode to the same bytes, the build stops instead of writing an index the
 * browser cannot read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { decode, encode, Tokenizer } from 'cborg';
import { SORT_ORDERS_PATH } from '../lib/search/query.ts';

/** Every Pagefind index file is gzip of this signature followed by CBOR. */
const SIGNATURE = Buffer.from('pagefind_dcd');

export interface ChunkingOptions {
	/** Raw (uncompressed CBOR) bytes a chunk aims at; gzip makes about half of that. */
	targetBytes: number;
	/** A chunk grows past the target up to this while it looks for a cut between unrelated words. */
	maxBytes: number;
}

/**
 * About 16 KiB gzip per chunk at 5,000 positions: a further query of one word with its Estonian forms
 * loads one or two; the metadata lists every chunk (about 12 bytes each, gzip), and every first search
 * loads it, so much smaller chunks would cost the first search what they save the further ones.
 */
export const DEFAULT_CHUNKING: ChunkingOptions = { targetBytes: 32_000, maxBytes: 96_000 };

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
 * Level 5: 2 % more bytes than level 9 (what Pagefind's files have) in an eighth of the time, on libuv's
 * threads, so both cores work (5,000 positions: 6.61 against 6.47 MB, 0.43 against 3.2 s on one core).
 */
function packIndexFile(cbor: Uint8Array): Promise<Buffer> {
	return gzipAsync(Buffer.concat([SIGNATURE, cbor]), { level: 5 });
}

/** A CBOR array header (major type 4) for `length` items. */
function arrayHeader(length: number): Uint8Array {
	if (length < 24) return Uint8Array.of(0x80 | length);
	if (length < 0x100) return Uint8Array.of(0x98, length);
	if (length < 0x10000) return Uint8Array.of(0x99, length >> 8, length & 0xff);
	return Uint8Array.of(0x9a, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

/** Moves `tokens` past one whole CBOR item whose first token is `first`. */
function skipItem(tokens: Tokenizer, first: ReturnType<Tokenizer['next']>): void {
	let pending = 1;
	for (let token = first; ; token = tokens.next()) {
		pending--;
		const size = token.type.name === 'array' ? (token.value as number) : token.type.name === 'map' ? 2 * (token.value as number) : token.type.name === 'tag' ? 1 : 0;
		if (!Number.isInteger(size)) throw new Error('indefinite-length CBOR in a Pagefind index chunk');
		pending += size;
		if (pending === 0) return;
	}
}

/** The word entries of one chunk file's CBOR (`[[word, …]]`), each with its own bytes. */
export function chunkWords(cbor: Uint8Array): WordEntry[] {
	const tokens = new Tokenizer(cbor);
	const outer = tokens.next();
	const list = tokens.next();
	if (outer.type.name !== 'array' || outer.value !== 1 || list.type.name !== 'array') throw new Error('unexpected Pagefind index chunk layout');
	const words: WordEntry[] = [];
	for (let i = 0; i < (list.value as number); i++) {
		const start = tokens.pos();
		const entry = tokens.next();
		const word = tokens.next();
		if (entry.type.name !== 'array' || word.type.name !== 'string') throw new Error('unexpected Pagefind word entry');
		for (let rest = (entry.value as number) - 1; rest > 0; rest--) skipItem(tokens, tokens.next());
		words.push({ word: word.value as string, bytes: cbor.subarray(start, tokens.pos()) });
	}
	if (!tokens.done()) throw new Error('trailing bytes after a Pagefind index chunk');
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
export function* chunkGroups<T extends { word: string; size: number }>(words: Iterable<T>, { targetBytes, maxBytes }: ChunkingOptions): Generator<T[]> {
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
export function planChunks(words: readonly { word: string; size: number }[], options: ChunkingOptions): number[] {
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

interface Entry {
	languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

/** Pagefind 1.5's metadata: [version, pages, index chunks, filters, sorts, metadata field names]. */
type Meta = [string, [string, number][], [string, string, string][], [string, string][], [string, number[]][], string[]];

/**
 * Rewrites the Pagefind index under `site/pagefind` (one language) with chunks planned by `planChunks`,
 * and writes each sort order as the JSON list of Pagefind result ids in ascending order to
 * `site/otsing/jarjestus/<name>.json`, out of the metadata.
 */
export async function rechunkSearchIndex(site: string, options: ChunkingOptions = DEFAULT_CHUNKING): Promise<Rechunked> {
	const bundle = join(site, 'pagefind');
	const entryPath = join(bundle, 'pagefind-entry.json');
	const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Entry;
	const languages = Object.entries(entry.languages);
	if (languages.length !== 1) throw new Error(`expected one Pagefind language index, found ${languages.length}`);
	const [, language] = languages[0];
	const metaPath = join(bundle, `pagefind.${language.hash}.pf_meta`);
	const metaBytes = unpackIndexFile(readFileSync(metaPath), metaPath);
	const meta = decode(metaBytes) as Meta;
	if (!Buffer.from(encode(meta)).equals(metaBytes) || meta.length !== 6 || !Array.isArray(meta[2]) || !Array.isArray(meta[4])) {
		throw new Error(`Pagefind ${meta[0]}: the index metadata has a layout this build does not know`);
	}
	const [version, pages, oldChunks, filters, sorts, fields] = meta;
	const prefix = /^([a-z-]+_)/i.exec(language.hash)?.[1] ?? '';

	// Pagefind's chunks are read one at a time while the new ones are planned, and each new chunk is
	// compressed (on libuv's threads) as soon as it is planned, so reading and compressing overlap.
	const indexDir = join(bundle, 'index');
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
	const newChunks: [string, string, string][] = [];
	const files: { name: string; packed: Buffer | Promise<Buffer>; kept: boolean }[] = [];
	const inFlight: Promise<Buffer>[] = [];
	const boundaries: string[][] = [];
	let partialWordCuts = 0;
	let wholeWordCuts = 0;
	let start = 0;
	for (const group of chunkGroups(indexWords(), options)) {
		const end = start + group.length;
		if (boundaries.length > 0) {
			const cost = cutCost(boundaries.at(-1)!.at(-1)!, group[0].word);
			if (cost >= 1000) wholeWordCuts++;
			else if (cost > 0) partialWordCuts++;
		}
		boundaries.push([group[0].word, group.at(-1)!.word]);
		// The planner has read the word after this group, so Pagefind's chunk that ends here is known.
		const old = previous.get(start);
		if (old && old.end === end) {
			// A chunk that Pagefind made too keeps its file.
			taken.add(old.name);
			files.push({ name: old.name, packed: old.packed, kept: true });
		} else {
			const cbor = Buffer.concat([arrayHeader(1), arrayHeader(group.length), ...group.map(({ bytes }) => bytes)]);
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
	for (const [i, file] of files.entries()) {
		file.packed = await file.packed;
		newChunks.push([ranges[i].from, ranges[i].to, file.name]);
	}

	// Sort orders: page numbers become the result ids the browser sees.
	const sortDir = join(site, ...SORT_ORDERS_PATH.split('/').filter(Boolean));
	mkdirSync(sortDir, { recursive: true });
	for (const [name, order] of sorts) {
		if (!/^[\p{L}\p{N}_-]+$/u.test(name)) throw new Error(`unexpected sort name ${JSON.stringify(name)}`);
		writeFileSync(join(sortDir, `${name}.json`), JSON.stringify(order.map((page) => pages[page][0])));
	}

	const newMetaBytes = encode([version, pages, newChunks, filters, [], fields]);
	const newMetaHash = uniqueName(prefix, newMetaBytes, 12, new Set([language.hash]));

	// New files first, then the entry that points at them, then the old files.
	const oldFiles = new Set(readdirSync(indexDir));
	for (const { name, packed, kept } of files) {
		if (!kept) writeFileSync(join(indexDir, `${name}.pf_index`), packed as Buffer);
		oldFiles.delete(`${name}.pf_index`);
	}
	writeFileSync(join(bundle, `pagefind.${newMetaHash}.pf_meta`), await packIndexFile(newMetaBytes));
	language.hash = newMetaHash;
	writeFileSync(entryPath, JSON.stringify(entry));
	rmSync(metaPath);
	for (const name of oldFiles) rmSync(join(indexDir, name));

	return {
		chunksBefore: oldChunks.length,
		chunksAfter: files.length,
		largestBefore,
		largestAfter: Math.max(...files.map(({ packed }) => (packed as Buffer).length)),
		partialWordCuts,
		wholeWordCuts,
	};
}
