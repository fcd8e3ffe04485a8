import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { blindQueries2 } from '../fixtures/search-eval/blind-2.ts';
import {
	blindQueries,
	CATEGORIES,
	splitHalves,
	tuningQueries,
	type EvalQuery,
} from '../fixtures/search-eval/queries.ts';
import { SPLIT_SEED_2, tuningQueries2 } from '../fixtures/search-eval/tuning-2.ts';
import { SPLIT_SEED } from '../fixtures/search-eval/types.ts';
import { projectRoot } from '../helpers.ts';

const { model } = loadContent({ root: projectRoot });
const pages = new Set([
	...[...model.positions.keys()].map((id) => `/ametikohad/${id}/`),
	...[...model.units.keys()].map((id) => `/uksused/${id}/`),
	...[...model.competencies.keys()].map((id) => `/kompetentsid/${id}/`),
]);

interface QuerySet {
	name: string;
	tuning: readonly EvalQuery[];
	blind: readonly EvalQuery[];
	seed: number;
	minimum: number;
	/** Smallest number of queries per category. */
	perCategory: number;
}

const sets: QuerySet[] = [
	{
		name: 'first',
		tuning: tuningQueries,
		blind: blindQueries,
		seed: SPLIT_SEED,
		minimum: 160,
		perCategory: 2,
	},
	{
		name: 'second',
		tuning: tuningQueries2,
		blind: blindQueries2,
		seed: SPLIT_SEED_2,
		minimum: 170,
		perCategory: 12,
	},
];

describe.each(sets)('search evaluation query set: $name', (set) => {
	const all = [...set.tuning, ...set.blind];

	test('has enough queries, every category in both halves', () => {
		expect(all.length).toBeGreaterThanOrEqual(set.minimum);
		for (const category of CATEGORIES) {
			expect(
				all.filter((item) => item.category === category).length,
				category,
			).toBeGreaterThanOrEqual(set.perCategory);
			expect(
				set.tuning.some((item) => item.category === category),
				category,
			).toBe(true);
			expect(
				set.blind.some((item) => item.category === category),
				category,
			).toBe(true);
		}
	});

	test('the halves are balanced per category', () => {
		for (const category of CATEGORIES) {
			const tuning = set.tuning.filter((item) => item.category === category).length;
			const blind = set.blind.filter((item) => item.category === category).length;
			expect(tuning - blind, category).toBeGreaterThanOrEqual(0);
			expect(tuning - blind, category).toBeLessThanOrEqual(1);
		}
	});

	test('the committed halves are the seeded split of the whole set', () => {
		const halves = splitHalves(all, set.seed);
		expect(
			set.tuning.filter((item) => halves.get(item) !== 'tuning').map((item) => item.query),
		).toEqual([]);
		expect(
			set.blind.filter((item) => halves.get(item) !== 'blind').map((item) => item.query),
		).toEqual([]);
	});

	test('no query is asked twice', () => {
		const texts = all.map((item) => item.query.toLowerCase());
		expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
	});

	test('every expected page exists in the content', () => {
		const missing = all.flatMap((item) =>
			item.expect.filter((path) => !pages.has(path)).map((path) => `${item.query} → ${path}`),
		);
		expect(missing).toEqual([]);
		expect(all.every((item) => item.expect.length > 0)).toBe(true);
	});
});

describe('the second query set', () => {
	const second = [...tuningQueries2, ...blindQueries2];

	test('expects every position, unit and competency somewhere', () => {
		const expected = new Set(second.flatMap((item) => item.expect));
		expect([...pages].filter((path) => !expected.has(path))).toEqual([]);
	});

	test('repeats no query of the first set', () => {
		// Only a count: the texts of the first set's blind half must not be printed.
		const first = new Set(
			[...tuningQueries, ...blindQueries].map((item) => item.query.toLowerCase()),
		);
		expect(second.filter((item) => first.has(item.query.toLowerCase())).length).toBe(0);
	});
});
