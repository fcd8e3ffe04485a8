/**
 * What a search costs in the browser: bytes transferred and milliseconds until the results are on
 * screen, for a first search in a new profile (opened or typed) and for further queries, through
 * the search page's own form. Used by scripts/bench-search.ts.
 */
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { searchInPage } from '../../scripts/lib/search-eval.ts';

export interface Transfer {
	query: string;
	bytes: number;
	requests: number;
	ms: number;
}

/** Bytes of the responses (headers and body, as sent) that finished while `action` ran. */
async function measure(
	page: Page,
	action: () => Promise<number>,
): Promise<{ bytes: number; requests: number; ms: number }> {
	const pending: Promise<number>[] = [];
	const onFinished = (request: Request) => {
		pending.push(
			request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize),
		);
	};
	page.on('requestfinished', onFinished);
	const ms = await action();
	await new Promise((resolve) => setTimeout(resolve, 200));
	page.off('requestfinished', onFinished);
	const sizes = await Promise.all(pending);
	return { bytes: sizes.reduce((sum, size) => sum + size, 0), requests: sizes.length, ms };
}

/**
 * Milliseconds from submitting the query in the search page's form until its results are on screen.
 */
async function timedSearch(page: Page, query: string): Promise<number> {
	const started = performance.now();
	await searchInPage(page, query);
	return performance.now() - started;
}

/** Milliseconds from opening /otsing/?q=… until the query's results are on screen. */
async function openSearchPage(page: Page, origin: string, query: string): Promise<number> {
	const started = performance.now();
	await page.goto(new URL(`/otsing/?q=${encodeURIComponent(query)}`, origin).href);
	await page.waitForFunction(
		(q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q,
		query,
	);
	return performance.now() - started;
}

/**
 * A first search typed by hand: a new profile opens /otsing/, clicks the box, types the query at
 * about ten keys a second and presses Enter. Milliseconds from Enter until the results are on
 * screen; the bytes (measured around the whole visit) are those of the page, the searches ahead
 * while typing and the search together.
 */
async function typedFirstSearch(page: Page, origin: string, query: string): Promise<number> {
	await page.goto(new URL('/otsing/', origin).href, { waitUntil: 'networkidle' });
	await page.click('#search-input');
	await page.keyboard.type(query, { delay: 100 });
	const started = performance.now();
	await page.keyboard.press('Enter');
	await page.waitForFunction(
		(q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q,
		query,
	);
	return performance.now() - started;
}

export interface SearchCost {
	/** Results the page found for the typed query, with the Estonian expansion. */
	pages: number;
	/**
	 * From the page's start of the typed search until Pagefind (with the expansion's searches)
	 * answered.
	 */
	searchMs: number;
	/**
	 * Pages that Pagefind finds for the query itself, and its search time with the chunks loaded,
	 * median of three.
	 */
	ownPages: number;
	ownMs: number;
}

/**
 * Where the time of a typed search went, read in the page that has just shown its results: the
 * page's user timing mark for the search (src/lib/search/search-page.ts), and Pagefind's own search
 * of the query alone, repeated with its chunks loaded in the page's module instance (same URL), the
 * WebAssembly's work alone.
 */
async function searchCost(page: Page, query: string): Promise<SearchCost> {
	return page.evaluate(async (q) => {
		const path = '/pagefind/pagefind.js';
		const pagefind = (await import(path)) as {
			search(term: string): Promise<{ results: unknown[] }>;
		};
		const times: number[] = [];
		let ownPages = 0;
		for (let i = 0; i < 3; i++) {
			const started = performance.now();
			ownPages = (await pagefind.search(q)).results.length;
			times.push(performance.now() - started);
		}
		return {
			pages: Number(document.querySelector<HTMLElement>('#search-results')?.dataset.total),
			searchMs:
				performance.getEntriesByName('search:pagefind').at(-1)?.duration ?? Number.NaN,
			ownPages,
			ownMs: times.sort((a, b) => a - b)[1],
		};
	}, query);
}

export interface Transfers {
	/** Each query as the first search of a new browser profile (empty cache). */
	cold: Transfer[];
	/** Each query typed into the open search page of a new profile; ms from Enter. */
	typed: Transfer[];
	/**
	 * Each query but the first, typed into the search page after the first query in one profile.
	 */
	further: Transfer[];
	/** Each query typed: where the time went (searchCost). */
	cost: Map<string, SearchCost>;
}

export async function transfers(origin: string, queries: string[]): Promise<Transfers> {
	const browser = await launchChromium();
	try {
		// Each query in a new browser profile, so that nothing is cached.
		const inNewProfiles = async (
			search: (page: Page, query: string) => Promise<number>,
		): Promise<Transfer[]> => {
			const out: Transfer[] = [];
			for (const query of queries) {
				const context = await browser.newContext();
				const page = await context.newPage();
				out.push({ query, ...(await measure(page, () => search(page, query))) });
				await context.close();
			}
			return out;
		};
		// A first search is what the header's search box does from any page: it opens /otsing/?q=…,
		// so it counts the search page itself, its script, pagefind.js, the WebAssembly and the
		// index metadata.
		const cold = await inNewProfiles((page, query) => openSearchPage(page, origin, query));
		const cost = new Map<string, SearchCost>();
		const typed = await inNewProfiles(async (page, query) => {
			const ms = await typedFirstSearch(page, origin, query);
			cost.set(query, await searchCost(page, query));
			return ms;
		});
		const page = await (await browser.newContext()).newPage();
		await openSearchPage(page, origin, queries[0]);
		const further: Transfer[] = [];
		for (const query of queries.slice(1))
			further.push({ query, ...(await measure(page, () => timedSearch(page, query))) });
		return { cold, typed, further, cost };
	} finally {
		await browser.close();
	}
}
