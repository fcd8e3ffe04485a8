/**
 * The comparison page in Chromium: reached from a position page with that position chosen, pickers
 * grouped by unit in Estonian order and narrowed by typing, position and unit cells as links.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, launchChromium } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const collator = new Intl.Collator('et');
const sorted = (values: string[]) => [...values].sort(collator.compare);

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
	await browser?.close();
});

describe('/vordlus/', () => {
	test('a position page links to the comparison with the position chosen', async () => {
		await page.goto(new URL('/ametikohad/kvaliteedi-peaspetsialist/', siteUrl).href);
		await page.getByRole('link', { name: /^Võrdle/ }).click();
		await page.waitForURL(/\/vordlus\/\?p=kvaliteedi-peaspetsialist$/);
		await expect.poll(() => page.locator('#p1').inputValue()).toBe('kvaliteedi-peaspetsialist');
	});

	test('the pickers group positions by unit, units and titles in Estonian order', async () => {
		const groups = await page.locator('#p2 optgroup').evaluateAll((elements) =>
			elements.map((group) => ({
				unit: (group as HTMLOptGroupElement).label,
				titles: [...group.querySelectorAll('option')].map(
					(option) => option.textContent ?? '',
				),
			})),
		);
		expect(groups.length).toBeGreaterThan(1);
		expect(groups.map((group) => group.unit)).toEqual(
			sorted(groups.map((group) => group.unit)),
		);
		for (const group of groups) expect(group.titles, group.unit).toEqual(sorted(group.titles));
	});

	test('typing in a picker narrows it to matching positions and chooses the first', async () => {
		await page.locator('#p2-filter').fill('haldus');
		const titles = await page.locator('#p2 optgroup option').allTextContents();
		expect(titles.length).toBeGreaterThan(0);
		for (const title of titles) expect(title.toLowerCase()).toContain('haldus');
		expect(await page.locator('#p2').inputValue()).not.toBe('');
		await expect
			.poll(() => page.locator('#p2-count').textContent())
			.toMatch(/sobivat ametikohta/);
		await page.locator('#p2-filter').fill('');
		expect(await page.locator('#p2 optgroup option').count()).toBeGreaterThan(titles.length);
	});

	test('every cell that names a position or unit links to its page', async () => {
		await page.locator('#p2').selectOption('haldusspetsialist');
		await page.getByRole('button', { name: 'Võrdle' }).click();
		await page.locator('.compare').waitFor();
		const row = (label: string) =>
			page.locator('.compare tr', {
				has: page.locator(`th[scope="row"]`, { hasText: label }),
			});
		expect(
			await row('Vahetu juht')
				.locator('td a')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
		).toEqual(['/ametikohad/ekspertiisitalituse-juhataja/', '/ametikohad/haldusjuht/']);
		expect(await row('Struktuuriüksus').locator('td a').count()).toBe(2);
		expect(await page.locator('.compare thead th a').count()).toBe(2);
	});

	test('axe finds no WCAG 2.2 AA violations with the pickers filled and a table shown', async () => {
		await page.locator('#p3-filter').fill('ekspert');
		const { ids, message } = await axeViolations(page);
		expect(ids, message).toEqual([]);
	});
});
