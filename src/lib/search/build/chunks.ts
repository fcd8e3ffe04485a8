/**
 * How the word index is cut into chunks, on words alone (Pagefind's bytes are pagefind.ts's).
 *
 * Pagefind 1.5 cuts its sorted words into chunks of about 20,000 page entries and positions, but it
 * counts only a word's diacritic-free form (https://github.com/Pagefind/pagefind/issues/1211):
 * "töö", "õigus" and "järelevalve" count as nothing, so on the 5,000-position corpus one chunk held
 * 303 KB (gzip) where others held 24 KB, and a further query loaded up to 188 KiB (budget 60). Here
 * the words are regrouped by their bytes, and each cut goes where neighbouring words share the
 * shortest beginning: the browser loads the one chunk whose range holds a query word and finds the
 * words that start with it only there, so a cut between "jarelevalve" and "jarelevalvealase" would
 * hide the second from a search for the first.
 */
import { emptyWordEntry, type WordEntry } from './pagefind.ts';

/**
 * Raw (CBOR) bytes a chunk aims at, about 16 KiB gzip: a further query of one word with its forms
 * loads one or two chunks; every first search loads the metadata, which lists every chunk, so much
 * smaller chunks would cost the first search what they save the further ones. A chunk grows up to
 * `maxBytes` while it looks for a cut between unrelated words.
 */
export const CHUNK_SIZES = { targetBytes: 32_000, maxBytes: 96_000 };
export type ChunkSizes = typeof CHUNK_SIZES;

/** Letters `a` and `b` share at their beginning (by code point, as Pagefind's Rust compares them). */
function sharedPrefix(a: string, b: string): number {
	const [left, right] = [Array.from(a), Array.from(b)];
	let n = 0;
	while (n < left.length && n < right.length && left[n] === right[n]) n++;
	return n;
}

/**
 * What a cut between neighbouring index words `a` and `b` hides: nothing when they share at most two
 * letters; else the words after the cut from a partial query word that begins both; worst, when `a`
 * begins `b`, `b` from a search for the whole word `a`.
 */
export function cutCost(a: string, b: string): number {
	const shared = sharedPrefix(a, b);
	if (shared <= 2) return 0;
	return b.startsWith(a) ? 1000 + shared : shared;
}

/**
 * Groups consecutive words (sizes in bytes, in index order) into chunks: each closes, once it holds
 * half the target, at the cut that hides least (cutCost), the one nearest the target among equals,
 * at most `maxBytes` in (a word larger than that is a chunk with whatever precedes it).
 */
export function chunkGroups<T extends { word: string; size: number }>(
	words: readonly T[],
	{ targetBytes, maxBytes }: ChunkSizes,
): T[][] {
	const groups: T[][] = [];
	for (let start = 0; start < words.length;) {
		let size = 0;
		let best: { end: number; cost: number; distance: number } | undefined;
		let end = start;
		for (; end + 1 < words.length; end++) {
			size += words[end].size;
			if (size >= targetBytes / 2) {
				const cost = cutCost(words[end].word, words[end + 1].word);
				const distance = Math.abs(size - targetBytes);
				if (!best || cost < best.cost || (cost === best.cost && distance < best.distance))
					best = { end, cost, distance };
			}
			if (size + words[end + 1].size > maxBytes && best) break;
		}
		// Either the words ran out (the rest is the last chunk) or the next one would pass the maximum.
		const stop = end + 1 < words.length ? best!.end + 1 : words.length;
		groups.push(words.slice(start, stop));
		start = stop;
	}
	return groups;
}

/** Above every index word: the highest code point. */
const LAST_WORD = '\u{10FFFF}';

/**
 * The word ranges the browser compares a query word with, one per chunk (its first and last word).
 * Pagefind 1.5 writes the shortest beginnings that tell neighbouring chunks apart ("app", "apr"),
 * which leaves gaps: a query word in none ("kasutajakonto", after "kasutajak", before "kasutajal")
 * loads every chunk that could hold a word it begins or that begins it, three chunks and 62 KiB at
 * 5,000 positions. These leave none: a chunk starts where Pagefind starts it and ends just below the
 * next, so the one chunk loaded for a query word holds every index word that begins with it.
 */
export function chunkRanges(
	chunks: readonly (readonly string[])[],
): { from: string; to: string }[] {
	const starts = chunks.map((words, i) => {
		if (i === 0) return '';
		const last = chunks[i - 1].at(-1)!;
		return Array.from(words[0])
			.slice(0, sharedPrefix(last, words[0]) + 1)
			.join('');
	});
	return starts.map((from, i) => ({
		from,
		to: i + 1 < starts.length ? justBelow(starts[i + 1]) : LAST_WORD,
	}));
}

/** The highest word below `word` a real word can be: "catha" → "cath`\u{10FFFF}" (no character). */
function justBelow(word: string): string {
	const letters = Array.from(word);
	const last = letters.pop()!.codePointAt(0)!;
	if (last === 0) return letters.join('');
	// Code points compare as UTF-8 bytes, where there are no surrogates.
	const lower = last - 1 >= 0xd800 && last - 1 <= 0xdfff ? 0xd7ff : last - 1;
	return letters.join('') + String.fromCodePoint(lower) + LAST_WORD;
}

/**
 * The parts' word lists (each in index order) over the words of all parts: a part keeps its own
 * entries and gets one with no pages for every word only others have. Pagefind searches a query word
 * that no index word begins as the longest index word that begins it ("ametikonto" as "amet"), and
 * leaves a word found nowhere out of the query, so a part without the word would find pages that the
 * other parts, and one index of all pages, do not.
 */
export function mergeVocabularies(parts: readonly (readonly WordEntry[])[]): WordEntry[][] {
	const merged = parts.map((): WordEntry[] => []);
	const at = parts.map(() => 0);
	for (;;) {
		const heads = parts.map((words, part) => words[at[part]]?.word);
		const next = heads.reduce((min, word) =>
			word !== undefined && (min === undefined || word < min) ? word : min,
		);
		if (next === undefined) return merged;
		for (const [part, word] of heads.entries()) {
			merged[part].push(word === next ? parts[part][at[part]++] : emptyWordEntry(next));
		}
	}
}
