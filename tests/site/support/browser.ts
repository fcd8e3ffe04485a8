/** Pages of the built site in Debian's Chromium (see scripts/lib/chromium.ts). */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/chromium.ts';

export { launchChromium };

export interface OpenedPage {
	page: Page;
	/** HTTP status of the page itself. */
	status: number | undefined;
	/** Every request the page made to an origin other than the page's own. */
	offOrigin: string[];
	/** Subresources that failed or answered with an error status. */
	failed: string[];
	close(): Promise<void>;
}

/**
 * Opens `url` in a fresh context (axe-core/playwright needs a page from browser.newContext(),
 * not browser.newPage()) and records its requests.
 */
export async function openPage(
	browser: Browser,
	url: string,
	options: { width?: number; height?: number; waitUntil?: 'load' | 'networkidle' } = {},
): Promise<OpenedPage> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
	});
	const page = await context.newPage();
	const origin = new URL(url).origin;
	const offOrigin: string[] = [];
	const failed: string[] = [];
	page.on('request', (request) => {
		const requested = new URL(request.url());
		if (requested.origin !== origin && requested.protocol !== 'data:')
			offOrigin.push(request.url());
	});
	page.on('requestfailed', (request) => {
		const error = request.failure()?.errorText ?? '';
		// ERR_ABORTED is the browser cancelling a request (the favicon fetch when the page closes);
		// a file missing from the build shows up as a 404 response instead.
		if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${error}`);
	});
	page.on('response', (response) => {
		// The page's own status is the caller's to check (the 404 page answers 404 on purpose).
		if (response.status() >= 400 && !response.request().isNavigationRequest())
			failed.push(`${response.url()} ${response.status()}`);
	});
	try {
		const response = await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
		return {
			page,
			status: response?.status(),
			offOrigin,
			failed,
			close: () => context.close(),
		};
	} catch (error) {
		await context.close();
		throw error;
	}
}

/** The narrowest screen the site is checked at. */
export const PHONE = { width: 360, height: 800 };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 AA violations on the page: their ids, and a message naming each offending element. */
export async function axeViolations(page: Page): Promise<{ ids: string[]; message: string }> {
	const { violations } = await new AxeBuilder({ page })
		.withTags(AXE_TAGS)
		.options({ resultTypes: ['violations'] })
		// Runs axe in the page itself instead of finishing in an extra blank page per run;
		// legacy mode only misses cross-origin iframes, and the site has none.
		.setLegacyMode()
		.analyze();
	const message = violations
		.flatMap((violation) => [
			`${violation.id} (${violation.impact}): ${violation.help} ${violation.helpUrl}`,
			...violation.nodes.map(
				(node) => `    ${node.target.join(' ')}  ${node.html.slice(0, 120)}`,
			),
		])
		.join('\n');
	return { ids: violations.map((violation) => violation.id), message };
}

/** Page width, window width and the innermost elements (or their text) past the window's edge. */
export function horizontalOverflow(page: Page) {
	return page.evaluate(() => {
		// Content inside a region that scrolls or clips by itself does not widen the page.
		const clipped = (element: Element) => {
			for (
				let parent = element.parentElement;
				parent && parent !== document.body;
				parent = parent.parentElement
			) {
				if (getComputedStyle(parent).overflowX !== 'visible') return true;
			}
			return false;
		};
		const wide = [...document.body.querySelectorAll('*')]
			.map((element) => {
				const rect = element.getBoundingClientRect();
				// scrollWidth catches text sticking out of its box, such as a long word.
				return { element, right: Math.max(rect.right, rect.left + element.scrollWidth) };
			})
			.filter(
				({ element, right }) =>
					right > window.innerWidth + 1 &&
					getComputedStyle(element).overflowX === 'visible' &&
					!clipped(element),
			);
		const innermost = wide.filter(
			({ element }) =>
				!wide.some((other) => other.element !== element && element.contains(other.element)),
		);
		return {
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth: window.innerWidth,
			culprits: innermost.slice(0, 8).map(({ element, right }) => {
				const classes = [...element.classList].map((name) => `.${name}`).join('');
				const text = element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 50) ?? '';
				return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes}> reaches ${Math.round(right)} px: "${text}"`;
			}),
		};
	});
}
