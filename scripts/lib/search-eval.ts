/**
 * Runs search queries against a built site in Chromium through the site's search page and scores
 * them: a query passes when every expected position is among its first five results.
 */
import type { Page } from 'playwright-core';

export interface QueryCase {
	query: string;
	expect: string[];
}

export interface QueryOutcome {
	query: string;
	expect: string[];
	/** Position ids (or other page paths) of the first five results. */
	top: string[];
	/** Share of expected positions found in the top five (recall@5 for this query). */
	recall: number;
}

/**
 * Opens the search page once and runs every query through its form, as an employee would: the query
 * expansion of src/lib/search/query.ts is part of what is measured. The page must be served at `origin`.
 */
export async function runQueries(
	page: Page,
	origin: string,
	queries: readonly QueryCase[],
): Promise<QueryOutcome[]> {
	await page.goto(new URL('/otsing/', origin).href, { waitUntil: 'networkidle' });
	const outcomes: QueryOutcome[] = [];
	for (const item of queries) {
		const urls = await searchInPage(page, item.query);
		const top = urls
			.slice(0, 5)
			.map((url) => /^\/ametikohad\/([^/]+)\/$/.exec(url)?.[1] ?? url);
		const found = item.expect.filter((id) => top.includes(id)).length;
		outcomes.push({
			query: item.query,
			expect: item.expect,
			top,
			recall: found / item.expect.length,
		});
	}
	return outcomes;
}

/** Submits `query` in the search page's form and returns the result paths it shows, in order. */
export async function searchInPage(page: Page, query: string): Promise<string[]> {
	await page
		.locator('#search-results')
		.evaluate((list: HTMLElement) => delete list.dataset.query);
	await page.locator('#search-input').fill(query);
	await page.locator('#search-input').press('Enter');
	await page.waitForFunction(
		(q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q,
		query.trim(),
	);
	return page
		.locator('#search-results > li > h2 > a')
		.evaluateAll((links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		);
}

export function meanRecall(outcomes: readonly QueryOutcome[]): number {
	return (
		outcomes.reduce((sum, outcome) => sum + outcome.recall, 0) / Math.max(outcomes.length, 1)
	);
}
