/**
 * The word entries of Pagefind 1.5.2's index chunks, in CBOR (RFC 8949), as part of the Pagefind
 * adapter (pagefind.ts, which re-exports what others need; nothing else imports this module). A
 * chunk is [[word entry, …]] and a word entry [word, pages, variants]; entries are cut out and
 * copied byte for byte, so the re-chunked index holds exactly what Pagefind wrote.
 */
const TEXT = 3;
const ARRAY = 4;

/** A CBOR head (RFC 8949 §3) for `value` under `major`. */
function head(major: number, value: number): Uint8Array {
	const type = major << 5;
	if (value < 24) return Uint8Array.of(type | value);
	if (value < 0x100) return Uint8Array.of(type | 24, value);
	if (value < 0x10000) return Uint8Array.of(type | 25, value >> 8, value & 0xff);
	return Uint8Array.of(
		type | 26,
		value >>> 24,
		(value >> 16) & 0xff,
		(value >> 8) & 0xff,
		value & 0xff,
	);
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
	const high =
		bytes[at + 1] * 0x1000000 + ((bytes[at + 2] << 16) | (bytes[at + 3] << 8) | bytes[at + 4]);
	if (info === 26) return { major, value: high, end: at + 5 };
	if (info === 27) {
		const low =
			bytes[at + 5] * 0x1000000 +
			((bytes[at + 6] << 16) | (bytes[at + 7] << 8) | bytes[at + 8]);
		return { major, value: high * 0x100000000 + low, end: at + 9 };
	}
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

/** An index word with its entry's bytes, as Pagefind wrote them. */
export interface WordEntry {
	/** The index word (diacritics folded, stemmed), as Pagefind sorts and compares it. */
	word: string;
	/** Its CBOR encoding. */
	bytes: Uint8Array;
}

const utf8 = new TextDecoder();

/** The word entries of one chunk file's CBOR (`[[word, …]]`), each with its own bytes. */
export function chunkWords(cbor: Uint8Array): WordEntry[] {
	const outer = readHead(cbor, 0);
	const list = readHead(cbor, outer.end);
	if (outer.major !== ARRAY || outer.value !== 1 || list.major !== ARRAY)
		throw new Error('unexpected Pagefind index chunk layout');
	const words: WordEntry[] = [];
	let at = list.end;
	for (let i = 0; i < list.value; i++) {
		const entry = readHead(cbor, at);
		const word = readHead(cbor, entry.end);
		if (entry.major !== ARRAY || word.major !== TEXT)
			throw new Error('unexpected Pagefind word entry');
		const end = skipItem(cbor, at);
		words.push({
			word: utf8.decode(cbor.subarray(word.end, word.end + word.value)),
			bytes: cbor.subarray(at, end),
		});
		at = end;
	}
	if (at !== cbor.length) throw new Error('trailing bytes after a Pagefind index chunk');
	return words;
}

/** A chunk's CBOR from its word entries. */
export function encodeChunk(entries: readonly WordEntry[]): Buffer {
	return Buffer.concat([
		head(ARRAY, 1),
		head(ARRAY, entries.length),
		...entries.map(({ bytes }) => bytes),
	]);
}

const utf8Encoder = new TextEncoder();

/** An index word's entry with no pages (`[word, [], []]`), for a part that lacks the word. */
export function emptyWordEntry(word: string): WordEntry {
	const text = utf8Encoder.encode(word);
	return {
		word,
		bytes: Buffer.concat([
			head(ARRAY, 3),
			head(TEXT, text.length),
			text,
			head(ARRAY, 0),
			head(ARRAY, 0),
		]),
	};
}
