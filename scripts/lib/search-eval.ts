/**
 * Runs search queries against a built site in Chromium through the site's own Pagefind bundle and
 * scores them: a query passes when every expected position is among its first five results.
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

/** Opens the search page once and runs every query in it; the page must be served at `origin`. */
export async function runQueries(page: Page, origin: string, queries: readonly QueryCase[]): Promise<QueryOutcome[]> {
	await page.goto(new URL('/otsing/', origin).href, { waitUntil: 'networkidle' });
	// Passed as source text: test runners rewrite import() inside functions they transform.
	const tops = (await page.evaluate(`(async (terms) => {
		const pagefind = await import('/pagefind/pagefind.js');
		const out = [];
		for (const term of terms) {
			const search = await pagefind.search(term);
			const data = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
			out.push(data.map((item) => item.url));
		}
		return out;
	})(${JSON.stringify(queries.map((item) => item.query))})`)) as string[][];
	return queries.map((item, index) => {
		const top = tops[index].map((url) => /^\/ametikohad\/([^/]+)\/$/.exec(url)?.[1] ?? url);
		const found = item.expect.filter((id) => top.includes(id)).length;
		return { query: item.query, expect: item.expect, top, recall: found / item.expect.length };
	});
}

export function meanRecall(outcomes: readonly QueryOutcome[]): number {
	return outcomes.reduce((sum, outcome) => sum + outcome.recall, 0) / Math.max(outcomes.length, 1);
}
