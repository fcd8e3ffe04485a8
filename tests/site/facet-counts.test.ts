/**
 * The search page's filter counts, in Chromium: after a search each checkbox counts the results shown
 * (search-page.ts `showCounts`), so a department's count is what checking it finds, a department without
 * results shows 0 (dimmed, still selectable), and an empty query brings back the whole site's counts.
 */
import { axeViolations } from './support/browser.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

let browser: Browser;

beforeAll(async () => {
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
});

/** The count shown beside a filter value, and whether the value is marked as having no results. */
async function shownCount(page: Page, name: string, value: string) {
	const option = page.locator('.option', {
		has: page.locator(`input[name="${name}"][value="${value}"]`),
	});
	const text = (await option.locator('.count').textContent()) ?? '';
	return {
		count: Number(/^\((\d+)\)$/.exec(text)?.[1]),
		empty: (await option.getAttribute('class'))?.split(' ').includes('empty'),
	};
}

/** Waits until the status line says what `pattern` expects, and returns it. */
async function status(page: Page, pattern: RegExp): Promise<string> {
	await page.waitForFunction(
		(source) =>
			new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''),
		pattern.source,
	);
	return (await page.locator('#search-status').textContent()) ?? '';
}

/** "Leiti 3 tulemust …" → 3, "Ei leitud …" → 0. */
const total = (text: string) =>
	text.startsWith('Ei leitud') ? 0 : Number(/^Leiti (\d+) tulemus/.exec(text)?.[1]);

describe('filter counts follow the search', () => {
	test('count the results of the query, show 0 where none are, and go back to the whole site without a query', async () => {
		const page = await (await browser.newContext()).newPage();
		await page.goto(new URL('/otsing/?q=j%C3%A4relevalve', inject('siteUrl')).href, {
			waitUntil: 'networkidle',
		});
		await status(page, /^Leiti \d+ tulemust päringule „järelevalve”\./);
		// A closed group keeps the whole site's counts; opening it counts the results shown.
		await page.locator('details:has(input[name="osakond"]) > summary').click();
		await page.waitForSelector('.option.empty input[value="arendusosakond"]');

		// The Õiguse ja järelevalve osakond has some of the results, not all of its positions.
		const department = await shownCount(page, 'osakond', 'oiguse-ja-jarelevalve-osakond');
		const siteCount = Number(
			await page
				.locator('input[value="oiguse-ja-jarelevalve-osakond"] + label .count')
				.getAttribute('data-site-count'),
		);
		expect(department.count).toBeGreaterThan(0);
		expect(department.empty).toBe(false);
		// The Arendusosakond has no position about järelevalve.
		expect(await shownCount(page, 'osakond', 'arendusosakond')).toEqual({
			count: 0,
			empty: true,
		});

		// Checking the department finds exactly as many results as its count said.
		await page.locator('input[value="oiguse-ja-jarelevalve-osakond"]').check();
		expect(total(await status(page, /valitud filtritega/))).toBe(department.count);
		// Its results all have it; another department would find none of them.
		expect((await shownCount(page, 'osakond', 'oiguse-ja-jarelevalve-osakond')).count).toBe(
			department.count,
		);
		expect((await shownCount(page, 'osakond', 'teenuste-osakond')).count).toBe(0);
		await page.locator('input[value="oiguse-ja-jarelevalve-osakond"]').uncheck();
		await status(page, /^Leiti \d+ tulemust päringule „järelevalve”\./);

		// A value with 0 stays selectable: checking it finds nothing, and it can be unchecked again.
		const empty = page.locator('input[value="arendusosakond"]');
		expect(await empty.isEnabled()).toBe(true);
		await empty.check();
		expect(total(await status(page, /^Ei leitud ühtegi tulemust/))).toBe(0);
		expect(await shownCount(page, 'osakond', 'arendusosakond')).toEqual({
			count: 0,
			empty: true,
		});
		await empty.uncheck();
		await status(page, /^Leiti \d+ tulemust päringule „järelevalve”\./);

		// Filters open with a value dimmed: still WCAG 2.2 AA.
		const { ids, message } = await axeViolations(page);
		expect(ids, message).toEqual([]);

		// Without a query and filters nothing is searched: the whole site's counts again.
		await page.locator('#search-input').fill('');
		await page.locator('#search-form button[type=submit]').click();
		await page.waitForFunction(
			() => document.querySelector('#search-status')?.textContent === '',
		);
		expect(await shownCount(page, 'osakond', 'oiguse-ja-jarelevalve-osakond')).toEqual({
			count: siteCount,
			empty: false,
		});
		expect((await shownCount(page, 'osakond', 'arendusosakond')).count).toBeGreaterThan(0);
		expect(await page.locator('.option.empty').count()).toBe(0);
	}, 60_000);
});
