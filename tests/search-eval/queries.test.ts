import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/content/load.ts';
import { blindQueries2 } from '../fixtures/search-eval/blind-2.ts';
import {
	blindQueries,
	CATEGORIES,
	splitHalves,
	tuningQueries,
	type EvalQuery,
} from '../fixtures/search-eval/queries.ts';
import { addedTuningQueries } from '../fixtures/search-eval/tuning.ts';
import { SPLIT_SEED_2, tuningQueries2 } from '../fixtures/search-eval/tuning-2.ts';
import { blindQueries3 } from '../fixtures/search-eval/blind-3.ts';
import { SPLIT_SEED_3, tuningQueries3 } from '../fixtures/search-eval/tuning-3.ts';
import { blindQueries4 } from '../fixtures/search-eval/blind-4.ts';
import { SPLIT_SEED_4, tuningQueries4 } from '../fixtures/search-eval/tuning-4.ts';
import { blindQueries5 } from '../fixtures/search-eval/blind-5.ts';
import { SPLIT_SEED_5, tuningQueries5 } from '../fixtures/search-eval/tuning-5.ts';
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
	{
		name: 'third',
		tuning: tuningQueries3,
		blind: blindQueries3,
		seed: SPLIT_SEED_3,
		minimum: 200,
		perCategory: 14,
	},
	{
		name: 'fourth',
		tuning: tuningQueries4,
		blind: blindQueries4,
		seed: SPLIT_SEED_4,
		minimum: 200,
		perCategory: 14,
	},
	{
		name: 'fifth',
		tuning: tuningQueries5,
		blind: blindQueries5,
		seed: SPLIT_SEED_5,
		minimum: 200,
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

const allPages = (queries: readonly EvalQuery[]): string[] => {
	const expected = new Set(queries.flatMap((item) => item.expect));
	return [...pages].filter((path) => !expected.has(path));
};

/** The lowercased texts of the given sets, to check a later set repeats none of them. */
const textOf = (item: EvalQuery) => item.query.toLowerCase().trim();
const textsOf = (...queries: (readonly EvalQuery[])[]): Set<string> =>
	new Set(queries.flat().map(textOf));
/** How many of `set`'s queries are among `earlier` (a count only: blind texts must not be printed). */
const repeats = (set: readonly EvalQuery[], earlier: ReadonlySet<string>): number =>
	set.filter((item) => earlier.has(textOf(item))).length;

/**
 * Each later set against the sets before it. The first set's queries added after the second set was written
 * (`addedTuningQueries`) count from the third set on.
 */
describe.each(sets.slice(1).map((set, index) => ({ set, before: sets.slice(0, index + 1) })))(
	'the $set.name query set against the earlier ones',
	({ set, before }) => {
		const all = [...set.tuning, ...set.blind];

		test('expects every position, unit and competency somewhere', () => {
			expect(allPages(all)).toEqual([]);
		});

		test('repeats no query of an earlier set', () => {
			// Only a count: the texts of the earlier sets' blind halves must not be printed.
			const earlier = textsOf(
				...before.flatMap((each) => [each.tuning, each.blind]),
				...(before.length > 1 ? [addedTuningQueries] : []),
			);
			expect(repeats(all, earlier)).toBe(0);
		});
	},
);

test('every set uses its own seed', () => {
	expect(new Set(sets.map((set) => set.seed)).size).toBe(sets.length);
});

test('the fifth set has at least 30 synonym, duty and competency queries', () => {
	const fifth = [...tuningQueries5, ...blindQueries5];
	for (const category of ['synonym', 'duty', 'competency'] as const)
		expect(
			fifth.filter((item) => item.category === category).length,
			category,
		).toBeGreaterThanOrEqual(30);
});

describe('the README beside the sets', () => {
	test('quotes no blind query as an example (a count only, so no blind text is printed)', () => {
		const readme = readFileSync(
			join(projectRoot, 'tests/fixtures/search-eval/README.md'),
			'utf8',
		);
		const quoted = new Set(
			[...readme.matchAll(/`([^`]+)`/gu)].map((match) => match[1].toLowerCase()),
		);
		const blind = sets.flatMap((set) => set.blind.map((query) => query.query.toLowerCase()));
		expect(blind.filter((query) => quoted.has(query)).length).toBe(0);
	});
});
