/**
 * Debian's Chromium through playwright-core. Playwright's own browser download does not work on these
 * machines, so the executable is never downloaded; CHROMIUM_PATH overrides /usr/bin/chromium.
 * The flags keep Chromium from phoning home (the network here is closed) and let it run as root.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS,
	});
}
