/**
 * HTML_CodeSniffer's WCAG 2 AA errors on one page per template (the pages browser.test.ts visits):
 * it checks table header structure (H43, H63) that axe leaves alone. A fresh context per page, made
 * with bypassCSP because the site's CSP rightly refuses the injected checker.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { launchChromium } from './support/browser.ts';
import { codeSnifferErrors } from './support/codesniffer.ts';
import { listFiles, pageRoutes, pagesToVisit } from './support/site.ts';

const siteUrl = inject('siteUrl');
const visits = pagesToVisit(
	listFiles(inject('siteDir')).filter((file) => file.endsWith('.html')),
	pageRoutes(join(projectRoot, 'src/pages')),
).filter((visit) => visit.file);

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

test.each(visits.map((visit) => visit.path))(
	'HTML_CodeSniffer finds no WCAG 2 AA errors on %s',
	async (path) => {
		const context = await browser.newContext({ bypassCSP: true });
		try {
			const page = await context.newPage();
			await page.goto(new URL(path, siteUrl).href);
			const errors = await codeSnifferErrors(page);
			const message = errors
				.map((error) => `${error.code}: ${error.message}\n    ${error.element}`)
				.join('\n');
			expect(errors.length, `HTML_CodeSniffer errors on ${path}:\n${message}`).toBe(0);
		} finally {
			await context.close();
		}
	},
);
