/**
 * One page per template in Chromium against the served build: axe, keyboard access, a 360 px
 * phone width and network requests. A page of the fixed list that the build lacks is a failure.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { projectRoot } from '../helpers.ts';
import {
	axeViolations,
	horizontalOverflow,
	launchChromium,
	openPage,
	PHONE,
	type OpenedPage,
} from './support/browser.ts';
import { listFiles, MISSING_PAGE, pageRoutes, pagesToVisit } from './support/site.ts';

const siteUrl = inject('siteUrl');
const visits = pagesToVisit(
	listFiles(inject('siteDir')).filter((file) => file.endsWith('.html')),
	pageRoutes(join(projectRoot, 'src/pages')),
);

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

/** The focused element, its focus ring and whether it is on screen. */
function focusedElement(page: Page) {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return undefined;
		const style = getComputedStyle(element);
		const rect = element.getBoundingClientRect();
		return {
			tag: element.tagName.toLowerCase(),
			text: element.textContent?.trim().replace(/\s+/g, ' ') ?? '',
			inMain: element.closest('main') !== null,
			outline: `${style.outlineStyle} ${style.outlineWidth}`,
			hasRing:
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
				style.boxShadow !== 'none',
			onScreen: rect.width > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
		};
	});
}

for (const visit of visits) {
	const label = visit.path === MISSING_PAGE ? `${visit.path} (404 page)` : visit.path;
	if (!visit.file) {
		const missing = visit.path === MISSING_PAGE ? '404.html' : `page at ${visit.path}`;
		test(`${label} is built`, () => {
			expect.fail(`the build has no ${missing}`);
		});
		continue;
	}

	// One page per URL, used by the tests below in order. A fresh page per test (and running them
	// concurrently) made this file twice as slow on two cores: each costs a context and a load.
	describe(label, () => {
		const url = new URL(visit.path, siteUrl).href;
		const expectedStatus = visit.path === MISSING_PAGE ? 404 : 200;
		let opened: OpenedPage;
		let page: Page;
		beforeAll(async () => {
			opened = await openPage(browser, url);
			page = opened.page;
		});
		afterAll(async () => {
			await opened?.close();
		});

		test(`answers ${expectedStatus}`, () => {
			expect(opened.status).toBe(expectedStatus);
		});

		test('axe finds no WCAG 2.2 AA violations', async () => {
			const { ids, message } = await axeViolations(page);
			expect(ids, `axe violations on ${visit.path}:\n${message}`).toEqual([]);
		});

		test('Tab reaches the skip link first; it moves focus to <main>; focus is visible', async () => {
			await page.reload();
			await page.keyboard.press('Tab');
			const skip = await focusedElement(page);
			expect(skip?.text, 'first Tab stop').toBe('Liigu sisu juurde');
			expect(skip?.tag).toBe('a');
			expect(
				skip?.hasRing,
				`focused skip link has no outline or box-shadow (outline: ${skip?.outline})`,
			).toBe(true);
			expect(skip?.onScreen, 'focused skip link is not on screen').toBe(true);

			await page.keyboard.press('Enter');
			const focused = await page.evaluate(() =>
				document.activeElement?.tagName.toLowerCase(),
			);
			expect(focused, 'focus after activating the skip link').toBe('main');

			// The next Tab stop is the first control in main; when it is a link it must show focus too.
			await page.keyboard.press('Tab');
			const next = await focusedElement(page);
			if (next?.tag === 'a') {
				expect(
					next.inMain,
					`Tab after the skip link went to "${next.text}" outside main`,
				).toBe(true);
				expect(
					next.hasRing,
					`focused link "${next.text}" has no outline or box-shadow (outline: ${next.outline})`,
				).toBe(true);
			}
		});

		test(`no horizontal scroll at ${PHONE.width} px`, async () => {
			await page.setViewportSize(PHONE);
			const { scrollWidth, innerWidth, culprits } = await horizontalOverflow(page);
			const message = `page is ${scrollWidth} px wide in a ${innerWidth} px window; past the edge:\n  ${culprits.join('\n  ')}`;
			expect(scrollWidth, message).toBeLessThanOrEqual(innerWidth);
		});

		// Last, so it also covers what the page requested while the tests above used it.
		test('every request goes to the test server and succeeds', () => {
			expect(opened.offOrigin, `requests to other origins from ${visit.path}`).toEqual([]);
			expect(opened.failed, `failed requests from ${visit.path}`).toEqual([]);
		});
	});
}
