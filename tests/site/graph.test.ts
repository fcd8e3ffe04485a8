/**
 * The substitution picture on /asendused/ at desktop and phone width: one picture per osakond, all
 * drawn at a size where the unit names are at least 12 px and the titles at least 13 px on screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchChromium, PHONE } from './support/browser.ts';

const siteUrl = inject('siteUrl');

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

test.each([
	['desktop', { width: 1280, height: 900 }],
	['phone', PHONE],
])('the pictures on /asendused/ keep their text readable at %s width', async (_label, viewport) => {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		await page.goto(new URL('/asendused/', siteUrl).href);
		const pictures = await page.locator('svg.graph').evaluateAll((svgs) =>
			svgs.map((svg) => {
				// The picture may be scaled to its column: what counts is the text's size on screen.
				const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
				const size = (selector: string) =>
					Math.min(
						...[...svg.querySelectorAll(selector)].map(
							(text) => parseFloat(getComputedStyle(text).fontSize) * scale,
						),
					);
				return {
					unit: size('text.unit'),
					title: size('text.title'),
					caption: svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
				};
			}),
		);
		expect(pictures.length, 'pictures per osakond').toBeGreaterThan(1);
		for (const picture of pictures) {
			expect(picture.caption, 'each picture names its osakond').not.toBe('');
			expect(picture.unit, `unit names in ${picture.caption}`).toBeGreaterThanOrEqual(12);
			expect(picture.title, `titles in ${picture.caption}`).toBeGreaterThanOrEqual(13);
		}
	} finally {
		await context.close();
	}
});
