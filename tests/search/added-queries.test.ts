import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { blindQueries, CATEGORIES, tuningQueries } from '../fixtures/search-eval/queries.ts';
import { addedTuningQueries } from '../fixtures/search-eval/tuning.ts';
import { projectRoot } from '../helpers.ts';

// The tuning queries added after the seeded split (tests/fixtures/search-eval/tuning.ts). Only the added
// queries are printed on a failure: the blind half's texts are compared, never shown.
describe('tuning queries added after the split', () => {
	test('repeat no query of either half, nor each other', () => {
		const split = new Set(
			[...tuningQueries, ...blindQueries].map((q) => q.query.toLowerCase()),
		);
		const added = addedTuningQueries.map((q) => q.query.toLowerCase());
		expect(added.filter((text) => split.has(text))).toEqual([]);
		expect(added.filter((text, i) => added.indexOf(text) !== i)).toEqual([]);
	});

	test('have a known category and expect pages that exist', () => {
		const { model } = loadContent({ root: projectRoot });
		const pages = new Set([
			...[...model.positions.keys()].map((id) => `/ametikohad/${id}/`),
			...[...model.units.keys()].map((id) => `/uksused/${id}/`),
			...[...model.competencies.keys()].map((id) => `/kompetentsid/${id}/`),
		]);
		for (const query of addedTuningQueries) {
			expect(CATEGORIES, query.query).toContain(query.category);
			expect(query.expect.length, query.query).toBeGreaterThan(0);
			expect(
				query.expect.filter((path) => !pages.has(path)),
				query.query,
			).toEqual([]);
		}
	});
});
