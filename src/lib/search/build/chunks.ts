/**
 * How the word index is cut into chunks, on words alone (no bytes of Pagefind's files: those are
 * src/lib/search/build/pagefind.ts's).
 *
 * Pagefind 1.5 cuts the sorted word list into chunks of about 20,000 page entries and word
 * positions, but it counts only a word's diacritic-free form
 * (https://github.com/Pagefind/pagefind/issues/1211): the positions of "töö", "õigus" or
 * "järelevalve" sit in the variants of "too", "oigus" and "jarelevalve" and count as nothing.
 * Estonian text is full of õ, ä, ö and ü, so on the 5,000-position corpus one chunk held 303 KB
 * (gzip) where a chunk without them held 24 KB; with Pagefind's own chunks a further query loaded
 * up to 188 KiB and a first search up to 339 KiB (budgets 60 and 250; December 2026). Here the words are regrouped by the bytes they
 * take, and each cut goes where neighbouring words share the shortest beginning: the browser loads
 * the one chunk whose range holds a query word and finds the words that start with it only in that
 * chunk, so a cut between "jarelevalve" and "jarelevalvealase" would hide the second from a search
 * for the first.
 */
import { emptyWordEntry, type WordEntry } from './pagefind.ts';

export interface ChunkingOptions {
	/** Raw (uncompressed CBOR) bytes a chunk aims at; gzip makes about half of that. */
	targetBytes: number;
	/** A chunk grows past the target up to this while it looks for a cut between unrelated words. */
	maxBytes: number;
	/**
	 * Pages per part of the index at most. Pagefind's browser side scores a query word's pages by
	 * scanning, for every page found, the entries of every word that matches (`search_term` in
	 * pagefind_web), so its time grows with the square of the pages in an index: "järelevalve", on
	 * 4,761 of 5,320 pages, took 219 ms in one index and 54 ms in each of two (Chromium, chunks
	 * loaded). The parts share pagefind.js and its WebAssembly (a merged index loads neither
	 * again); each adds its metadata (about 23 KiB gzip for 2,660 pages) and a chunk per query
	 * word, and scores with its own page counts, so nearly equal results can come in another order
	 * than from one index. Two parts at 5,000 positions keep a first search under its 250 KB
	 * budget; three came to 243 KiB. The parts are indexed by Pagefind processes running side by
	 * side, which keeps both cores busy where one Pagefind process spent much of its time on one
	 * (at 5,000 positions its parsing used 1.5 cores and its compression one). Measured again in
	 * December 2026 against one process (src/lib/search/README.md, "The index build"): the same CPU,
	 * a one-process peak of 1.5 GiB and 10 KiB less per search, but Pagefind's search of
	 * "järelevalve" took 1,018 ms in one index and 452 ms over two parts (Node, alternating, under
	 * load), where the typed first result has a 300 ms budget; so the parts stay.
	 */
	pagesPerPart: number;
}

/** What the chunk planner needs of ChunkingOptions. */
export type ChunkSizes = Pick<ChunkingOptions, 'targetBytes' | 'maxBytes'>;

/**
 * About 16 KiB gzip per chunk at 5,000 positions: a further query of one word with its Estonian
 * forms loads one or two; the metadata lists every chunk (about 12 bytes each, gzip), and every
 * first search loads it, so much smaller chunks would cost the first search what they save the
 * further ones.
 */
export const DEFAULT_CHUNKING: ChunkingOptions = {
	targetBytes: 32_000,
	maxBytes: 96_000,
	pagesPerPart: 3_000,
};

/** Cuts between words sharing this many letters or fewer hide nothing from longer query words. */
const SAFE_SHARED_PREFIX = 2;

/**
 * What a cut between neighbouring index words `a` and `b` hides: nothing when they share at most
 * two letters; otherwise the words after the cut from a query that is the beginning of both, which
 * is a partial word, unless `a` is itself the beginning of `b` ("jarelevalve", "jarelevalvealase"):
 * then a search for the whole word `a` misses `b`, the worst case.
 */
export function cutCost(a: string, b: string): number {
	const shared = sharedPrefix(a, b);
	if (shared <= SAFE_SHARED_PREFIX) return 0;
	return b.startsWith(a) ? 1000 + shared : shared;
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
 * Groups consecutive words (sizes in bytes, in index order) into chunks, reading `words` only as
 * far as it must: each chunk closes, once it holds half the target, at the cut after which the next
 * word shares the fewest letters with the last (up to two count as none), the one nearest the
 * target among equals, at most `maxBytes` in (a word larger than that is a chunk with whatever
 * precedes it).
 */
export function* chunkGroups<T extends { word: string; size: number }>(
	words: Iterable<T>,
	{ targetBytes, maxBytes }: ChunkSizes,
): Generator<T[]> {
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
				if (!best || cost < best.cost || (cost === best.cost && distance < best.distance))
					best = { end, cost, distance };
			}
			if (size + ahead[end + 1].size > maxBytes && best) break;
		}
		// Either the words ran out (the rest is the last chunk) or the next word would pass the
		// maximum.
		yield ahead.splice(0, has(end + 1) ? best!.end + 1 : ahead.length);
	}
}

/** Above every index word: the highest code point. */
const LAST_WORD = '\u{10FFFF}';

/**
 * The word ranges the browser compares a query word with, one per chunk (`chunks` gives each
 * chunk's first and last word). Pagefind 1.5 writes the shortest beginnings that tell neighbouring
 * chunks apart ("app", "apr"), which leaves gaps: a query word in none of the ranges
 * ("kasutajakonto", after "kasutajak" and before "kasutajal") makes the browser load every chunk
 * whose range holds a word that begins with it or that it begins with, three chunks and 62 KiB at
 * 5,000 positions. Here the ranges leave no gap: a chunk starts where Pagefind starts it and ends
 * just below where the next one starts, so every query word falls in exactly one range, and the one
 * chunk loaded for it holds every index word that begins with it.
 */
export function chunkRanges(
	chunks: readonly (readonly string[])[],
): { from: string; to: string }[] {
	const starts = chunks.map((words, i) => {
		if (i === 0) return '';
		const last = chunks[i - 1][chunks[i - 1].length - 1];
		const first = words[0];
		return Array.from(first)
			.slice(0, sharedPrefix(last, first) + 1)
			.join('');
	});
	return starts.map((from, i) => ({
		from,
		to: i + 1 < starts.length ? justBelow(starts[i + 1]) : LAST_WORD,
	}));
}

/**
 * The highest word below `word` as far as any real word can tell: its last letter one code point
 * lower, then the highest code point ("catha" → "cath`\u{10FFFF}"). Only words beginning with that
 * and then U+10FFFF, a code point that is not a character, fall between the two.
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
 * The parts' word lists (each in index order, as Pagefind wrote it) over the words of all parts: a
 * part keeps its own entries byte for byte and gets an entry with no pages for every word only
 * other parts have. Pagefind searches a query word that no index word begins as the longest index
 * word that begins it ("ametikonto" as "amet"), and leaves out of a query a word found nowhere, so
 * a part without the word would find pages that the other parts, and one index of all pages, do
 * not.
 */
export function mergeVocabularies<T extends WordEntry>(
	parts: readonly (readonly T[])[],
): (T | WordEntry)[][] {
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
				merged[part].push(emptyWordEntry(next));
			}
		}
	}
}

export type { WordEntry } from './pagefind.ts';
