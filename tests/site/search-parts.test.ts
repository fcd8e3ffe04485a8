/**
 * The search page on an index built in parts (src/lib/search/build/index-build.ts, rechunk.ts), as a large
 * site's is: the built site is copied, indexed again in parts of a third of its pages, and the search page
 * must merge them and still find every query's positions among the first five.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { meanRecall, runQueries, searchInPage } from '../../scripts/lib/search-eval.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { buildSearchIndex } from '../../src/lib/search/build/index-build.ts';
import { rechunkSearchIndex } from '../../src/lib/search/build/rechunk.ts';
import { SEARCH_PARTS_PATH } from '../../src/lib/search/query.ts';
import { SEARCH_QUERIES } from '../fixtures/search-queries.ts';

let browser: Browser;
let site: string;
let server: StaticServer;
let parts: number;

beforeAll(async () => {
	site = mkdtempSync(join(tmpdir(), 'site-parts-'));
	cpSync(inject('siteDir'), site, { recursive: true });
	const { page_count: pages } = Object.values(
		(
			JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
				languages: Record<string, { page_count: number }>;
			}
		).languages,
	)[0];
	// Indexed again, as a site of more than pagesPerPart pages is (index-build.ts).
	rmSync(join(site, 'pagefind'), { recursive: true });
	await buildSearchIndex(site, Math.ceil(pages / 3));
	({ parts } = await rechunkSearchIndex(site));
	server = await startStaticServer(site);
	browser = await launchChromium();
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (site) rmSync(site, { recursive: true, force: true });
});

describe('a search index in parts', () => {
	test('is merged by the search page, which finds the same number of pages as from one index', async () => {
		expect(parts).toBe(3);
		expect(
			JSON.parse(
				readFileSync(join(site, ...SEARCH_PARTS_PATH.split('/').filter(Boolean)), 'utf8'),
			),
		).toEqual(['/pagefind/osa-2/', '/pagefind/osa-3/']);
		const totals = async (origin: string) => {
			const page = await (await browser.newContext()).newPage();
			const requested: string[] = [];
			page.on('request', (request) => requested.push(new URL(request.url()).pathname));
			await page.goto(new URL('/otsing/', origin).href, { waitUntil: 'networkidle' });
			// Only an open filter group counts its values over the results shown.
			for (const summary of await page.locator('#search-form details > summary').all())
				await summary.click();
			const found: Record<string, string | null> = {};
			// The filter counts of the results, which count the pages of every part.
			const counts: Record<string, string[]> = {};
			for (const query of ['järelevalve', 'toetus', 'hanked', 'andmekaitse']) {
				await searchInPage(page, query);
				found[query] = await page.locator('#search-results').getAttribute('data-total');
				counts[query] = await page.locator('#search-form .option .count').allTextContents();
			}
			await page.context().close();
			return { found, counts, requested };
		};
		const whole = await totals(inject('siteUrl'));
		const split = await totals(server.url);
		expect(split.found).toEqual(whole.found);
		expect(split.counts).toEqual(whole.counts);
		expect(whole.counts['hanked']).toContain('(0)');
		expect(Object.values(split.found).some((total) => Number(total) > 5)).toBe(true);
		for (const part of ['/pagefind/', '/pagefind/osa-2/', '/pagefind/osa-3/'])
			expect(
				split.requested.some((path) => path.startsWith(part) && path.endsWith('.pf_meta')),
			).toBe(true);
	}, 60_000);

	test('every query still finds its positions in the top 5', async () => {
		const page = await (await browser.newContext()).newPage();
		const outcomes = await runQueries(page, server.url, SEARCH_QUERIES);
		const misses = outcomes.filter((outcome) => outcome.recall < 1);
		const report = misses
			.map(
				(miss) =>
					`  "${miss.query}": expected ${miss.expect.join(', ')}, got [${miss.top.join(', ')}]`,
			)
			.join('\n');
		expect(
			misses.length,
			`recall@5 = ${meanRecall(outcomes).toFixed(3)}; misses:\n${report}`,
		).toBe(0);
	}, 120_000);
});
