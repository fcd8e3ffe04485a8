/**
 * HTML_CodeSniffer (the npm package html_codesniffer) run inside a page: its WCAG 2 AA errors, the
 * checks axe does not make (such as H43/H63 on table headers). The page's own CSP forbids the
 * injected script, so the context must be made with `bypassCSP: true`.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const HTMLCS_SCRIPT = createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js');

export interface SnifferError {
	code: string;
	message: string;
	element: string;
}

/** HTMLCS's messages of type ERROR (1) on the loaded page, under the WCAG2AA standard. */
export async function codeSnifferErrors(page: Page): Promise<SnifferError[]> {
	await page.addScriptTag({ path: HTMLCS_SCRIPT });
	return page.evaluate(
		() =>
			new Promise<SnifferError[]>((resolve, reject) => {
				const htmlcs = (window as unknown as { HTMLCS: HtmlCodeSniffer }).HTMLCS;
				htmlcs.process(
					'WCAG2AA',
					document,
					() => {
						resolve(
							htmlcs
								.getMessages()
								.filter((message) => message.type === 1)
								.map((message) => ({
									code: message.code,
									message: message.msg,
									element:
										message.element.outerHTML?.slice(0, 120) ??
										message.element.nodeName,
								})),
						);
					},
					() => reject(new Error('HTML_CodeSniffer failed to run')),
					'en',
				);
			}),
	);
}

interface HtmlCodeSniffer {
	process(
		standard: string,
		content: Document,
		callback: () => void,
		failCallback: () => void,
		language: string,
	): void;
	getMessages(): { type: number; code: string; msg: string; element: Element }[];
}
