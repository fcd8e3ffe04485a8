/**
 * Types queries into the built site's /otsing/ page in Chromium and reads the ranked result pages off
 * the rendered page, as an employee sees them. A black box: it knows the page's markup, not the
 * search code, so it keeps working while that code moves or changes.
 *
 * What it relies on: the search box `#search-input` inside the form `#search-form`, and the results
 * list `#search-results`, whose top-level items each begin with a link to the result's page and which
 * carries `data-query` once the results of a query are shown. Links to entity pages placed between
 * the form and the list (an answer box, e.g. "kes asendab …") rank before the list's results.
 */
import type { Page } from 'playwright-core';

/** Result pages that count: positions, units and competencies. */
export const RESULT_PATH = /^\/(ametikohad|uksused|kompetentsid)\/[^/]+\/$/;

/** Opens /otsing/ and waits until its scripts have loaded. */
export async function openSearchPage(page: Page, origin: string): Promise<void> {
	await page.goto(new URL('/otsing/', origin).href, { waitUntil: 'networkidle' });
}

/** Types `query` into the search box, submits it and returns the result paths shown, in order. */
export async function searchFor(page: Page, query: string, timeoutMs = 15_000): Promise<string[]> {
	await page.evaluate(() => {
		const list = document.querySelector<HTMLElement>('#search-results');
		if (list) delete list.dataset.query;
	});
	const input = page.locator('#search-input');
	await input.fill(query);
	await input.press('Enter');
	await page.waitForFunction(
		(typed) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === typed,
		query.trim(),
		{ timeout: timeoutMs },
	);
	return page.evaluate(readResultPaths, RESULT_PATH.source);
}

/**
 * Runs in the page: entity links of an answer area (after the form, before the list), then the first
 * link of each top-level result item; hashes dropped, duplicates kept at their first place.
 */
function readResultPaths(pattern: string): string[] {
	const entity = new RegExp(pattern);
	const form = document.querySelector('#search-form');
	const list = document.querySelector('#search-results');
	const main = document.querySelector('main') ?? document.body;
	const paths: string[] = [];
	const add = (anchor: HTMLAnchorElement) => {
		const { pathname } = new URL(anchor.href, location.href);
		if (entity.test(pathname) && !paths.includes(pathname)) paths.push(pathname);
	};
	for (const anchor of main.querySelectorAll<HTMLAnchorElement>('a[href]')) {
		if (list?.contains(anchor)) continue;
		if (
			form &&
			(form.contains(anchor) ||
				!(form.compareDocumentPosition(anchor) & Node.DOCUMENT_POSITION_FOLLOWING))
		)
			continue;
		if (list && !(anchor.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING))
			continue;
		add(anchor);
	}
	for (const item of list?.children ?? []) {
		const first = item.querySelector<HTMLAnchorElement>('a[href]');
		if (first) add(first);
	}
	return paths;
}
