/**
 * Search quality on the real content, in Chromium: every query of tests/fixtures/search-queries.ts
 * (inflected, consonant-graded, compound, abbreviated and diacritic-free forms) must find its
 * positions among the first five results. scripts/bench-search.ts prints recall@5 with and without
 * the Estonian enrichment side by side.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { meanRecall, runQueries, type QueryOutcome } from '../../scripts/lib/search-eval.ts';
import { SEARCH_QUERIES } from '../fixtures/search-queries.ts';

let browser: Browser;
let outcomes: QueryOutcome[];

beforeAll(async () => {
	browser = await launchChromium();
	const page = await (await browser.newContext()).newPage();
	outcomes = await runQueries(page, inject('siteUrl'), SEARCH_QUERIES);
}, 60_000);

afterAll(async () => {
	await browser?.close();
});

describe('search finds positions the way employees ask', () => {
	test('the query set has at least 40 queries covering every kind of form', () => {
		expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
		expect(new Set(SEARCH_QUERIES.map((query) => query.kind))).toEqual(
			new Set(['käänded', 'astmevaheldus', 'liitsõna', 'lühend', 'täpitähed', 'lause']),
		);
	});

	test('every query finds its positions in the top 5', () => {
		const misses = outcomes.filter((outcome) => outcome.recall < 1);
		const report = misses.map((miss) => `  "${miss.query}": expected ${miss.expect.join(', ')}, got [${miss.top.join(', ')}]`).join('\n');
		expect(misses.length, `recall@5 = ${meanRecall(outcomes).toFixed(3)}; misses:\n${report}`).toBe(0);
	});
});
