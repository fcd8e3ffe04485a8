import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import {
	blindQueries,
	CATEGORIES,
	splitHalves,
	tuningQueries,
} from '../fixtures/search-eval/queries.ts';
import { projectRoot } from '../helpers.ts';

const all = [...tuningQueries, ...blindQueries];

describe('search evaluation query set', () => {
	test('has at least 160 queries, every category in both halves', () => {
		expect(all.length).toBeGreaterThanOrEqual(160);
		for (const category of CATEGORIES) {
			expect(
				tuningQueries.some((item) => item.category === category),
				category,
			).toBe(true);
			expect(
				blindQueries.some((item) => item.category === category),
				category,
			).toBe(true);
		}
	});

	test('the halves are balanced per category', () => {
		for (const category of CATEGORIES) {
			const tuning = tuningQueries.filter((item) => item.category === category).length;
			const blind = blindQueries.filter((item) => item.category === category).length;
			expect(tuning - blind, category).toBeGreaterThanOrEqual(0);
			expect(tuning - blind, category).toBeLessThanOrEqual(1);
		}
	});

	test('the committed halves are the seeded split of the whole set', () => {
		const halves = splitHalves(all);
		expect(
			tuningQueries.filter((item) => halves.get(item) !== 'tuning').map((item) => item.query),
		).toEqual([]);
		expect(
			blindQueries.filter((item) => halves.get(item) !== 'blind').map((item) => item.query),
		).toEqual([]);
	});

	test('no query is asked twice', () => {
		const texts = all.map((item) => item.query.toLowerCase());
		expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
	});

	test('every expected page exists in the content', () => {
		const { model } = loadContent({ root: projectRoot });
		const pages = new Set([
			...[...model.positions.keys()].map((id) => `/ametikohad/${id}/`),
			...[...model.units.keys()].map((id) => `/uksused/${id}/`),
			...[...model.competencies.keys()].map((id) => `/kompetentsid/${id}/`),
		]);
		const missing = all.flatMap((item) =>
			item.expect.filter((path) => !pages.has(path)).map((path) => `${item.query} → ${path}`),
		);
		expect(missing).toEqual([]);
		expect(all.every((item) => item.expect.length > 0)).toBe(true);
	});
});
