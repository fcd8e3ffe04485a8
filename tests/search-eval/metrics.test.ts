import { describe, expect, test } from 'vitest';
import {
	firstRank,
	recallAt,
	score,
	summarise,
	summariseByCategory,
} from '../../scripts/lib/search-metrics.ts';

const judged = (expect: string[], need?: 'any' | 'all') => ({
	query: 'q',
	category: 'typo',
	expect,
	...(need ? { need } : {}),
});

describe('search evaluation metrics', () => {
	test.each([
		{ results: ['/a/', '/b/', '/c/'], expect: ['/a/'], rank: 1 },
		{ results: ['/a/', '/b/', '/c/'], expect: ['/c/'], rank: 3 },
		{ results: ['/a/', '/b/', '/c/'], expect: ['/x/', '/b/'], rank: 2 },
		{ results: ['/a/', '/b/'], expect: ['/x/'], rank: 0 },
		{ results: [], expect: ['/x/'], rank: 0 },
	])(
		'first expected page of $results for $expect is at rank $rank',
		({ results, expect: wanted, rank }) => {
			expect(firstRank(results, wanted)).toBe(rank);
		},
	);

	test('with need "any", recall@k is 1 when any expected page is in the first k', () => {
		expect(recallAt(1, ['/a/', '/b/'], ['/b/', '/c/'])).toBe(0);
		expect(recallAt(3, ['/a/', '/b/'], ['/b/', '/c/'])).toBe(1);
	});

	test('with need "all", recall@k is the share found out of at most k', () => {
		expect(recallAt(1, ['/b/', '/a/', '/c/'], ['/a/', '/b/', '/c/'], 'all')).toBe(1);
		expect(recallAt(3, ['/b/', '/x/', '/c/'], ['/a/', '/b/', '/c/'], 'all')).toBeCloseTo(2 / 3);
		expect(recallAt(3, ['/x/', '/y/', '/z/'], ['/a/'], 'all')).toBe(0);
	});

	test('a query scores recall@1, recall@3 and its reciprocal rank', () => {
		expect(score(judged(['/c/']), ['/a/', '/b/', '/c/'])).toMatchObject({
			rank: 3,
			recallAt1: 0,
			recallAt3: 1,
			reciprocalRank: 1 / 3,
		});
		expect(score(judged(['/c/']), ['/a/', '/b/', '/d/', '/c/'])).toMatchObject({
			rank: 4,
			recallAt1: 0,
			recallAt3: 0,
			reciprocalRank: 1 / 4,
		});
		expect(score(judged(['/z/']), ['/a/'])).toMatchObject({
			rank: 0,
			recallAt1: 0,
			recallAt3: 0,
			reciprocalRank: 0,
		});
	});

	test('summaries are means per category, in the given order, then all', () => {
		const scored = [
			{ ...score(judged(['/a/']), ['/a/']), category: 'typo' },
			{ ...score(judged(['/a/']), ['/b/', '/a/']), category: 'typo' },
			{ ...score(judged(['/a/']), []), category: 'synonym' },
		];
		const table = summariseByCategory(scored, ['synonym', 'question', 'typo']);
		expect(Object.keys(table)).toEqual(['synonym', 'typo', 'all']);
		expect(table.typo).toEqual({ count: 2, recallAt1: 0.5, recallAt3: 1, mrr: 0.75 });
		expect(table.synonym).toEqual({ count: 1, recallAt1: 0, recallAt3: 0, mrr: 0 });
		expect(table.all.mrr).toBeCloseTo(0.5);
		expect(summarise([])).toEqual({ count: 0, recallAt1: 0, recallAt3: 0, mrr: 0 });
	});
});
