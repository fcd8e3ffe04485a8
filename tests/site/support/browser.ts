/** Pages of the built site in Debian's Chromium (see scripts/lib/chromium.ts). */
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
		return { page, status: response?.status(), offOrigin, failed, close: () => context.close() };
	} catch (error) {
		await context.close();
		throw error;
	}
}
