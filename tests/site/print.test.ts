/**
 * A full job description printed to A4: only the document itself, on more than one page, with the
 * page's address, "Kehtiv seisuga" and the print date at its head, and headings kept with their text.
 */
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
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
		['change history', '.position-history'],
		['comparison link', '.compare-link'],
	])('hides the %s (%s)', async (_label, selector) => {
		const element = page.locator(selector);
		expect(await element.count(), `${selector} is not on the page at all`).toBeGreaterThan(0);
		expect(await element.first().isVisible(), `${selector} is printed`).toBe(false);
	});

	test('prints the position itself', async () => {
		expect(await page.locator('main h1').isVisible()).toBe(true);
	});

	test("prints the position's address, the state's date and today's date at its head", async () => {
		const header = page.locator('.print-header');
		expect(await header.isVisible()).toBe(true);
		const text = (await header.innerText()).replace(/\s+/g, ' ');
		expect(text).toContain(new URL(PAGE, inject('siteUrl')).href);
		expect(text).toMatch(/Kehtiv seisuga \d{2}\.\d{2}\.\d{4}/);
		const today = new Date().toLocaleDateString('et-EE', {
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
		});
		expect(text).toContain(`prinditud ${today}`);
		// Before the title, so it opens the first page.
		const order = await page.evaluate(() => {
			const header = document.querySelector('.print-header')!;
			const title = document.querySelector('main h1')!;
			return header.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING;
		});
		expect(order).toBeTruthy();
	});

	test('keeps every section heading with the text after it', async () => {
		// Section and sub-section headings; the duty headings inside the duties table are its rows.
		const headings = await page.locator('main :is(h2, h3):not(td *)').evaluateAll((elements) =>
			elements
				.filter((element) => (element as HTMLElement).offsetParent !== null)
				.map((element) => ({
					text: element.textContent?.trim() ?? '',
					after: getComputedStyle(element).breakAfter,
					next: element.nextElementSibling
						? getComputedStyle(element.nextElementSibling).breakBefore
						: 'avoid',
				})),
		);
		expect(headings.length).toBeGreaterThan(5);
		for (const heading of headings) {
			expect(heading.after, heading.text).toBe('avoid');
			expect(heading.next, `what follows ${heading.text}`).toBe('avoid');
		}
	});

	test('ends no printed page with a heading or a table header', async () => {
		const headings = new Set(
			(await page.locator('main :is(h2, h3):not(td *), main thead tr').allInnerTexts()).map(
				(text) => text.replace(/\s+/g, ' ').trim(),
			),
		);
		const pdf = await page.pdf({ format: 'A4' });
		const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
			mergePages: false,
		});
		expect(text.length, 'pages').toBeGreaterThan(1);
		const stranded = text.slice(0, -1).flatMap((pageText, index) => {
			const last =
				pageText
					.split('\n')
					.map((line) => line.replace(/\s+/g, ' ').trim())
					.filter(Boolean)
					.at(-1) ?? '';
			return headings.has(last) ? [`page ${index + 1} ends with "${last}"`] : [];
		});
		expect(stranded).toEqual([]);
	});

	test('makes an A4 PDF of more than one page', async () => {
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		// Each page is a dictionary "/Type /Page"; the page tree itself is "/Type /Pages".
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
		expect(pages, 'pages in the PDF').toBeGreaterThan(1);
	});
});
