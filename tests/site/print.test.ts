/** A full job description printed to A4: only the document itself, on more than one page. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from './support/browser.ts';

const PAGE = '/ametikohad/kvaliteedi-peaspetsialist/';

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	page = await (await browser.newContext()).newPage();
	const response = await page.goto(new URL(PAGE, inject('siteUrl')).href);
	expect(response?.status(), PAGE).toBe(200);
	await page.emulateMedia({ media: 'print' });
});
afterAll(async () => {
	await browser?.close();
});

describe(`printing ${PAGE}`, () => {
	test.each([
		['site header with the navigation', '.site-header'],
		['site footer', '.site-footer'],
		['table of contents', '.toc'],
	])('hides the %s (%s)', async (_label, selector) => {
		const element = page.locator(selector);
		expect(await element.count(), `${selector} is not on the page at all`).toBeGreaterThan(0);
		expect(await element.first().isVisible(), `${selector} is printed`).toBe(false);
	});

	test('prints the position itself', async () => {
		expect(await page.locator('main h1').isVisible()).toBe(true);
	});

	test('makes an A4 PDF of more than one page', async () => {
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		// Each page is a dictionary "/Type /Page"; the page tree itself is "/Type /Pages".
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
		expect(pages, 'pages in the PDF').toBeGreaterThan(1);
	});
});
