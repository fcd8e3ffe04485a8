/**
 * The chunk plan of the re-chunked Pagefind index (src/lib/search/build/chunks.ts), on words alone:
 * ranges, cut costs, the plan and the words of parts indexed apart. The rewritten index itself is
 * tested in index-chunks.test.ts and index-parts.test.ts.
 */
import { decode, encode } from 'cborg';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	chunkGroups,
	chunkRanges,
	cutCost,
	mergeVocabularies,
	type ChunkSizes,
} from '../../src/lib/search/build/chunks.ts';
import type { WordEntry } from '../../src/lib/search/build/pagefind.ts';
import { byCodePoint, holding } from './support/rechunked-index.ts';

/** chunkGroups as the index of each chunk's first word. */
function planChunks(words: readonly { word: string; size: number }[], options: ChunkSizes) {
	const starts: number[] = [];
	let start = 0;
	for (const group of chunkGroups(words, options)) {
		starts.push(start);
		start += group.length;
	}
	return starts;
}

describe('chunk ranges', () => {
	test('a chunk starts at the shortest beginning that tells it from the chunk before, as Pagefind writes it, and ends just below the next', () => {
		// The chunks of Pagefind 1.5's own get_prefixes tests.
		expect(chunkRanges([['apple'], ['apricot', 'banana'], ['peach']])).toEqual([
			{ from: '', to: 'apq\u{10FFFF}' },
			{ from: 'apr', to: 'o\u{10FFFF}' },
			{ from: 'p', to: '\u{10FFFF}' },
		]);
		expect(chunkRanges([['cath'], ['cathartic']])).toEqual([
			{ from: '', to: 'cath`\u{10FFFF}' },
			{ from: 'catha', to: '\u{10FFFF}' },
		]);
		expect(chunkRanges([['yacht']])).toEqual([{ from: '', to: '\u{10FFFF}' }]);
	});

	test('letters are compared as code points, and a range never ends in a surrogate', () => {
		expect(chunkRanges([['–toetus'], ['–tööd']])).toEqual([
			{ from: '', to: '–tõ\u{10FFFF}' },
			{ from: '–tö', to: '\u{10FFFF}' },
		]);
		expect(chunkRanges([['𝔞b'], ['𝔞c']])).toEqual([
			{ from: '', to: '𝔞b\u{10FFFF}' },
			{ from: '𝔞c', to: '\u{10FFFF}' },
		]);
		expect(chunkRanges([['a\u{D7FF}'], ['a\u{E000}']])[0].to).toBe('a\u{D7FF}\u{10FFFF}');
	});

	test('every word (without U+10FFFF, which is no character), in the index or not, falls in exactly one range, and each index word in its own chunk’s', () => {
		const letters = fc.constantFrom(
			'a',
			'b',
			'k',
			'z',
			'õ',
			'ä',
			'ü',
			'–',
			'𝔞',
			'\u{E000}',
			'\0',
		);
		const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((list) => list.join(''));
		const chunked = fc
			.uniqueArray(word, { minLength: 1, maxLength: 40 })
			.chain((list) =>
				fc.tuple(
					fc.constant([...list].sort(byCodePoint)),
					fc
						.uniqueArray(fc.integer({ min: 1, max: list.length }), { maxLength: 10 })
						.map((cuts) => cuts.filter((cut) => cut < list.length)),
				),
			)
			.map(([list, cuts]) =>
				[0, ...cuts.sort((x, y) => x - y)].map((start, i, starts) =>
					list.slice(start, starts[i + 1] ?? list.length),
				),
			);
		fc.assert(
			fc.property(chunked, fc.array(word), (chunks, queries) => {
				const ranges = chunkRanges(chunks);
				for (const [i, words] of chunks.entries())
					for (const w of words) expect([w, holding(ranges, w)]).toEqual([w, [i]]);
				for (const query of queries)
					expect([query, holding(ranges, query)]).toEqual([query, [expect.any(Number)]]);
			}),
		);
	});
});

describe('the words of parts indexed apart', () => {
	const word = fc.stringMatching(/^[a-zõäöü]{1,8}$/);
	/** A part's word list as Pagefind writes it (ascending), each entry with bytes of its own. */
	const part = fc
		.uniqueArray(word, { maxLength: 30 })
		.map((words) =>
			words
				.sort()
				.map((w): WordEntry => ({ word: w, bytes: encode([w, [[0, [1], []]], []]) })),
		);

	test('every part gets every word of all parts, in index order: its own entries as they were, the others with no pages', () => {
		fc.assert(
			fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
				const merged = mergeVocabularies(parts);
				const all = [...new Set(parts.flat().map(({ word }) => word))].sort();
				expect(merged).toHaveLength(parts.length);
				for (const [n, words] of merged.entries()) {
					expect(words.map(({ word }) => word)).toEqual(all);
					const own = new Map(parts[n].map((entry) => [entry.word, entry]));
					for (const entry of words) {
						if (own.has(entry.word)) expect(entry).toBe(own.get(entry.word));
						else expect(decode(entry.bytes)).toEqual([entry.word, [], []]);
					}
				}
			}),
		);
	});
});

describe('cut cost', () => {
	test('nothing between words that share two letters or fewer', () => {
		expect(cutCost('aruanne', 'büroo')).toBe(0);
		expect(cutCost('kasu', 'kaal')).toBe(0);
		expect(cutCost('kasu', 'katus')).toBe(0);
	});

	test('a partial word between words sharing more, and most after a word that begins the next', () => {
		expect(cutCost('kasutaja', 'kasvatus')).toBe(3);
		expect(cutCost('jarelevalvet', 'jarelkontroll')).toBe(5);
		expect(cutCost('jarelevalve', 'jarelevalvealase')).toBeGreaterThanOrEqual(1000);
		expect(cutCost('jarelevalve', 'jarelevalvealase')).toBeGreaterThan(
			cutCost('jarelevalvet', 'jarelkontroll'),
		);
	});
});

describe('chunk plan', () => {
	const words = fc
		.uniqueArray(fc.stringMatching(/^[abc]{1,6}$/), { minLength: 1, maxLength: 80 })
		.chain((list) =>
			fc.tuple(
				fc.constant([...list].sort()),
				fc.array(fc.integer({ min: 1, max: 5_000 }), {
					minLength: list.length,
					maxLength: list.length,
				}),
			),
		)
		.map(([list, sizes]) => list.map((word, i) => ({ word, size: sizes[i] })));
	const options = fc
		.record({
			target: fc.integer({ min: 100, max: 6_000 }),
			factor: fc.integer({ min: 2, max: 4 }),
		})
		.map(({ target, factor }) => ({
			targetBytes: target,
			maxBytes: target * factor,
		}));

	test('chunks cover every word once, in order; each but the last holds half the target; none passes the maximum but by one large word', () => {
		fc.assert(
			fc.property(words, options, (list, opts) => {
				const starts = planChunks(list, opts);
				expect(starts[0]).toBe(0);
				for (let i = 1; i < starts.length; i++)
					expect(starts[i]).toBeGreaterThan(starts[i - 1]);
				expect(starts.at(-1)!).toBeLessThan(list.length);
				for (let i = 0; i < starts.length; i++) {
					const chunk = list.slice(starts[i], starts[i + 1] ?? list.length);
					const size = chunk.reduce((sum, word) => sum + word.size, 0);
					if (i + 1 < starts.length)
						expect(size).toBeGreaterThanOrEqual(opts.targetBytes / 2);
					if (size > opts.maxBytes)
						expect(size - chunk.at(-1)!.size).toBeLessThan(opts.targetBytes / 2);
				}
			}),
		);
	});

	test('no cut inside a chunk, past half the target, would have hidden less than the cut taken', () => {
		fc.assert(
			fc.property(words, options, (list, opts) => {
				const starts = planChunks(list, opts);
				for (let i = 0; i + 1 < starts.length; i++) {
					const end = starts[i + 1] - 1;
					const taken = cutCost(list[end].word, list[end + 1].word);
					let size = 0;
					for (let j = starts[i]; j < end; j++) {
						size += list[j].size;
						if (size >= opts.targetBytes / 2)
							expect(
								Math.min(cutCost(list[j].word, list[j + 1].word), 1000),
							).toBeGreaterThanOrEqual(Math.min(taken, 1000));
					}
				}
			}),
		);
	});

	test('a family of words that begin one another stays in one chunk when a cut between unrelated words is near', () => {
		const list = [
			'aruanne',
			'hange',
			'jarelevalve',
			'jarelevalvealase',
			'jarelevalvet',
			'kasu',
			'kasutaja',
			'kasutajakonto',
			'tooga',
		].map((word) => ({
			word,
			size: 100,
		}));
		const starts = planChunks(list, { targetBytes: 300, maxBytes: 600 });
		const chunks = starts.map((start, i) =>
			list.slice(start, starts[i + 1] ?? list.length).map(({ word }) => word),
		);
		expect(chunks).toContainEqual(
			expect.arrayContaining(['jarelevalve', 'jarelevalvealase', 'jarelevalvet']),
		);
		expect(chunks).toContainEqual(
			expect.arrayContaining(['kasu', 'kasutaja', 'kasutajakonto']),
		);
	});
});
