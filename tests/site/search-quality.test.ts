/**
 * Search quality on the real content, in Chromium: every query of tests/fixtures/search-queries.ts
 * (inflected, consonant-graded, compound, abbreviated and diacritic-free forms) must find its
 * positions among the first five results. scripts/bench-search.ts prints recall@5 with and without
 * the Estonian enrichment side by side.
 */
import { axeViolations } from './support/browser.ts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { meanRecall, runQueries, type QueryOutcome } from '../../scripts/lib/search-eval.ts';
import { openSearchPage, searchFor } from '../../scripts/lib/search-page.ts';
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
	});

	test('a full description whose duties are about the word comes before stubs and units that only name it', async () => {
		// The issue's example: "järelevalve" had two stubs and two unit pages above Kvaliteedi peaspetsialist.
		const page = await (await browser.newContext()).newPage();
		await openSearchPage(page, inject('siteUrl'));
		const shown = await searchFor(page, 'järelevalve');
		const described = shown.indexOf('/ametikohad/kvaliteedi-peaspetsialist/');
		expect(described, shown.join(' ')).toBeGreaterThanOrEqual(0);
		for (const thin of [
			'/ametikohad/jarelevalve-talituse-juhataja/',
			'/ametikohad/jarelevalve-talituse-nounik/',
			'/uksused/jarelevalve-talitus/',
			'/uksused/oiguse-ja-jarelevalve-osakond/',
		])
			if (shown.includes(thin))
				expect(described, shown.join(' ')).toBeLessThan(shown.indexOf(thin));
		await page.context().close();
	});
});

describe('the search page with results', () => {
	test('says what it searched besides the words typed, and calls only a name an exact match', async () => {
		const page = await (await browser.newContext()).newPage();
		await openSearchPage(page, inject('siteUrl'));
		const named = page.locator('#search-named');
		const notice = page.locator('#search-notice');
		// A word on the synonym list: its meanings are searched, and the page says so.
		await searchFor(page, 'rahulikkus');
		await expect
			.poll(() => notice.textContent())
			.toMatch(/^Otsisin ka sünonüüme: „rahulikkus” → pingetaluvus/);
		expect(await named.locator('h2').textContent()).toBe('Vaste');
		expect(await named.locator('li').first().textContent()).toBe(
			'Kompetents Pingetaluvus (sünonüümi järgi)',
		);
		// The competency's own name.
		await searchFor(page, 'pingetaluvus');
		expect(await named.locator('h2').textContent()).toBe('Täpne vaste');
		expect(await notice.textContent()).toBe('');
		// A slip of one letter: the correction is searched and named, with a way back to the words typed.
		await searchFor(page, 'invetuur');
		expect(await notice.textContent()).toBe(
			'Näitan tulemusi päringule „inventuur”. Otsi hoopis „invetuur”.',
		);
	});

	test('a compound no page has, which finds nothing as typed, is searched as its parts', async () => {
		const page = await (await browser.newContext()).newPage();
		await openSearchPage(page, inject('siteUrl'));
		const notice = page.locator('#search-notice');
		// "hanke" is a form of "hange" (the expansions know it), "korraldus" a page word.
		expect((await searchFor(page, 'hankekorraldus'))[0]).toBe('/ametikohad/haldusspetsialist/');
		expect(await notice.textContent()).toBe(
			'Näitan tulemusi päringule „hanke korraldus”. Otsi hoopis „hankekorraldus”.',
		);
		// "sotsiaal" begins page words (sotsiaalteenus, sotsiaalhoolekande), "asutused" is a form of "asutuste".
		expect((await searchFor(page, 'sotsiaalasutused'))[0]).toBe(
			'/ametikohad/jarelevalve-juhtivspetsialist/',
		);
	});

	test('a query that keeps a word on no page beside a listed word is not searched', async () => {
		// „kannatanute” is listed (→ ohvriabi) and on no page: „kannatanute abivalmidus” found a page for
		// Pagefind's shortened „kannata…” and its competency list, above every victim support page.
		const page = await (await browser.newContext()).newPage();
		await openSearchPage(page, inject('siteUrl'));
		const shown = await searchFor(page, 'kannatanute abistamine');
		expect(shown[0], shown.join(' ')).toMatch(/ohvriabi|ekspert-kvaliteet-ja-seire/);
	});

	test('shows matched duties as links, applies a filter from the URL, and passes axe', async () => {
		const page = await (
			await browser.newContext({ viewport: { width: 360, height: 800 } })
		).newPage();
		const url = new URL(
			'/otsing/?q=j%C3%A4relevalve&osakond=teenuste-osakond',
			inject('siteUrl'),
		);
		await page.goto(url.href, { waitUntil: 'networkidle' });
		await page.locator('#search-results > li').first().waitFor();
		const titles = await page.locator('#search-results > li h2').allTextContents();
		expect(titles).toEqual(['Kvaliteedi peaspetsialist']);
		expect(
			await page.locator('#search-results .sub a[href*="#ulesanne-"]').count(),
		).toBeGreaterThan(0);
		// A duty's heading is its sentence, and Pagefind's excerpt starts with it: the page shows it once.
		const subs = await page.locator('#search-results .sub li').evaluateAll((items) =>
			items.map((li) => ({
				link: li.querySelector('a')?.textContent?.trim() ?? '',
				excerpt: li.querySelector('p')?.textContent?.trim() ?? '',
			})),
		);
		expect(subs.filter(({ link, excerpt }) => excerpt.startsWith(link))).toEqual([]);
		expect(await page.locator('#search-results .sub a mark').count()).toBeGreaterThan(0);
		expect(await page.locator('#search-status').textContent()).toMatch(
			/^Leiti 1 tulemus päringule „järelevalve” valitud filtritega\./,
		);
		expect(
			await page.locator('input[name="osakond"][value="teenuste-osakond"]').isChecked(),
		).toBe(true);
		const { ids, message } = await axeViolations(page);
		expect(ids, message).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360,
		);
	}, 60_000);

	test('shows five results first and the next five on request, moving focus to the first new one', async () => {
		const page = await (await browser.newContext()).newPage();
		// Pagefind fetches fragments from its worker: counted from the network, not the page's timing.
		let fragmentRequests = 0;
		page.on('request', (request) => {
			if (request.url().endsWith('.pf_fragment')) fragmentRequests++;
		});
		// In every position's unit path and on the unit pages: more results than one screenful.
		await page.goto(new URL('/otsing/?q=sotsiaalkindlustusamet', inject('siteUrl')).href, {
			waitUntil: 'networkidle',
		});
		await page.locator('#search-results > li').first().waitFor();
		const total = Number(
			/^Leiti (\d+) tulemust/.exec(
				(await page.locator('#search-status').textContent()) ?? '',
			)?.[1],
		);
		expect(total).toBeGreaterThan(5);
		expect(await page.locator('#search-results > li').count()).toBe(5);
		expect(fragmentRequests).toBe(5);
		const more = page.locator('button.more');
		const next = Math.min(total - 5, 5);
		expect(await more.textContent()).toBe(
			`Näita veel ${next} ${next === 1 ? 'tulemus' : 'tulemust'}`,
		);
		await more.click();
		await expect.poll(() => page.locator('#search-results > li').count()).toBe(5 + next);
		expect(fragmentRequests).toBe(5 + next);
		expect(
			await page.evaluate(() =>
				[...document.querySelectorAll('#search-results > li')].indexOf(
					document.activeElement!.closest('li')!,
				),
			),
		).toBe(5);
	}, 60_000);

	test('sorts by title and by change date, loading a sort order only when asked to sort', async () => {
		const siteUrl = inject('siteUrl');
		const { positions } = (await (
			await fetch(new URL('/andmed/positions.json', siteUrl))
		).json()) as {
			positions: { url: string; lastChanged: string | null }[];
		};
		const changed = new Map(
			positions.map((position) => [
				new URL(position.url, siteUrl).pathname,
				position.lastChanged ?? '0000-00-00',
			]),
		);
		/** Every result of the query (all pages of "more"), as paths and titles, and the sort orders fetched. */
		const allResults = async (sort: string) => {
			const page = await (await browser.newContext()).newPage();
			const orders: string[] = [];
			page.on('request', (request) => {
				if (request.url().includes('/otsing/jarjestus/'))
					orders.push(new URL(request.url()).pathname);
			});
			await page.goto(
				new URL(
					`/otsing/?q=sotsiaalkindlustusamet${sort ? `&jarjestus=${sort}` : ''}`,
					siteUrl,
				).href,
				{ waitUntil: 'networkidle' },
			);
			await page.locator('#search-results > li').first().waitFor();
			for (let shown = 5; (await page.locator('button.more').count()) > 0; shown += 5) {
				await page.locator('button.more').click();
				await expect
					.poll(() => page.locator('#search-results > li').count())
					.toBeGreaterThan(shown);
			}
			const links = page.locator('#search-results > li > h2 > a');
			const paths = await links.evaluateAll((nodes) =>
				nodes.map((node) => new URL((node as HTMLAnchorElement).href).pathname),
			);
			return { paths, titles: await links.allTextContents(), orders };
		};

		const unsorted = await allResults('');
		expect(unsorted.orders).toEqual([]);
		expect(unsorted.paths.length).toBeGreaterThan(5);

		const byTitle = await allResults('pealkiri');
		expect(byTitle.orders).toEqual(['/otsing/jarjestus/pealkiri.json']);
		expect(new Set(byTitle.paths)).toEqual(new Set(unsorted.paths));
		expect(byTitle.titles).toEqual(
			[...byTitle.titles].sort((a, b) => a.localeCompare(b, 'et')),
		);

		const byDate = await allResults('muudetud');
		expect(byDate.orders).toEqual(['/otsing/jarjestus/muudetud.json']);
		expect(new Set(byDate.paths)).toEqual(new Set(unsorted.paths));
		// Positions newest first; pages without a change date (units) after them.
		const dated = byDate.paths.filter((path) => changed.has(path));
		expect(dated.length).toBeGreaterThan(0);
		expect(byDate.paths.slice(0, dated.length)).toEqual(dated);
		const dates = dated.map((path) => changed.get(path)!);
		expect(dates).toEqual([...dates].sort().reverse());
	}, 60_000);

	test('searches ahead while the query is typed, and Enter takes the search of the whole query that is under way or done', async () => {
		const page = await (await browser.newContext()).newPage();
		// The searches the page asks Pagefind's worker for, in order.
		await page.addInitScript(() => {
			const searches: string[] = [];
			(window as unknown as { searches: string[] }).searches = searches;
			// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the worker as this
			const post = Worker.prototype.postMessage;
			Worker.prototype.postMessage = function (
				this: Worker,
				message: unknown,
				...rest: unknown[]
			) {
				const { method, args } = (message ?? {}) as { method?: string; args?: unknown[] };
				if (method === 'search') searches.push(String(args?.[0]));
				return (post as (...all: unknown[]) => void).call(this, message, ...rest);
			};
		});
		const chunks: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith('.pf_index')) chunks.push(request.url());
		});
		await page.goto(new URL('/otsing/', inject('siteUrl')).href, { waitUntil: 'networkidle' });
		await page.click('#search-input');
		await page.keyboard.type('kes järelevalve', { delay: 60 });
		const searches = () =>
			page.evaluate(() => (window as unknown as { searches: string[] }).searches);
		// The whole word is searched before Enter, and so its index chunk is loaded.
		await expect.poll(searches).toContain('järelevalve');
		expect(chunks.length).toBeGreaterThan(0);
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			() =>
				document.querySelector<HTMLElement>('#search-results')?.dataset.query ===
				'kes järelevalve',
		);
		const asked = await searches();
		// Once each: the stop word "kes" is left out, prefixes of fewer than four letters are not searched,
		// and Enter asked for no second search of "järelevalve".
		expect(asked.filter((term) => term === 'järelevalve')).toHaveLength(1);
		expect(asked.some((term) => term.length < 4 || term.includes('kes'))).toBe(false);
		expect(asked[0]).toBe('järe');
		// The same results as the query opened by address.
		const status = await page.locator('#search-status').textContent();
		const opened = await (await browser.newContext()).newPage();
		await opened.goto(new URL('/otsing/?q=kes+j%C3%A4relevalve', inject('siteUrl')).href);
		await opened.waitForFunction(
			() =>
				document.querySelector<HTMLElement>('#search-results')?.dataset.query ===
				'kes järelevalve',
		);
		expect(await opened.locator('#search-status').textContent()).toBe(status);
		expect(await page.locator('#search-results > li h2').allTextContents()).toEqual(
			await opened.locator('#search-results > li h2').allTextContents(),
		);
	}, 60_000);

	test('loads nothing of Pagefind until the box gets focus, then the WebAssembly and metadata before any query', async () => {
		const page = await (await browser.newContext()).newPage();
		const pagefindFiles: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/'))
				pagefindFiles.push(new URL(request.url()).pathname);
		});
		await page.goto(new URL('/otsing/', inject('siteUrl')).href, { waitUntil: 'networkidle' });
		expect(pagefindFiles).toEqual([]);
		await page.focus('#search-input');
		await expect.poll(() => pagefindFiles.some((path) => path.endsWith('.pf_meta'))).toBe(true);
		await expect
			.poll(() => pagefindFiles.some((path) => /\/wasm\.[a-z]+\.pagefind$/.test(path)))
			.toBe(true);
		expect(
			pagefindFiles.filter(
				(path) => path.endsWith('.pf_index') || path.endsWith('.pf_fragment'),
			),
		).toEqual([]);
	}, 60_000);
});
