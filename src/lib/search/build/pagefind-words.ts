/**
 * The word entries of Pagefind 1.5.2's index chunks, part of the Pagefind adapter (pagefind.ts
 * re-exports what others need). A chunk is the CBOR of [[word entry, …]], a word entry [word, pages,
 * variants]; entries are cut out with cborg's documented Tokenizer and copied byte for byte, so the re-chunked
 * index holds exactly what Pagefind wrote, without decoding every page list.
 */
import { encode, Tokenizer, Type } from 'cborg';

/** An index word (diacritics folded, stemmed, as Pagefind sorts and compares it) and its entry's CBOR. */
export interface WordEntry {
	word: string;
	bytes: Uint8Array;
}

/** The word entries of one chunk file's CBOR, each with its own bytes. */
export function chunkWords(cbor: Uint8Array): WordEntry[] {
	const tokens = new Tokenizer(cbor);
	const [outer, list] = [tokens.next(), tokens.next()];
	if (outer.type !== Type.array || outer.value !== 1 || list.type !== Type.array)
		throw new Error('unexpected Pagefind index chunk layout');
	const words: WordEntry[] = [];
	for (let i = 0; i < (list.value as number); i++) {
		const start = tokens.pos();
		const [entry, word] = [tokens.next(), tokens.next()];
		if (entry.type !== Type.array || word.type !== Type.string)
			throw new Error('unexpected Pagefind word entry');
		// The rest of the entry: arrays and maps count their items, a tag the item it tags.
		for (let pending = (entry.value as number) - 1; pending > 0; pending--) {
			const token = tokens.next();
			if (token.type === Type.array) pending += token.value as number;
			else if (token.type === Type.map) pending += 2 * (token.value as number);
			else if (token.type === Type.tag) pending++;
		}
		words.push({ word: word.value as string, bytes: cbor.subarray(start, tokens.pos()) });
	}
	if (!tokens.done()) throw new Error('trailing bytes after a Pagefind index chunk');
	return words;
}

/** The shortest CBOR head (RFC 8949 §3) of an array of `n` items, as Pagefind writes it. */
function arrayHead(n: number): Uint8Array {
	if (n < 24) return Uint8Array.of(0x80 | n);
	if (n < 0x100) return Uint8Array.of(0x98, n);
	if (n < 0x10000) return Uint8Array.of(0x99, n >> 8, n & 0xff);
	return Uint8Array.of(0x9a, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

/** A chunk's CBOR from its word entries. */
export const encodeChunk = (entries: readonly WordEntry[]): Buffer =>
	Buffer.concat([arrayHead(1), arrayHead(entries.length), ...entries.map(({ bytes }) => bytes)]);

/** An index word's entry with no pages, for a part that lacks the word. */
export const emptyWordEntry = (word: string): WordEntry => ({
	word,
	bytes: encode([word, [], []]),
});
