/**
 * Takes screenshots of site pages in Debian's Chromium for a visual check: desktop (1280 px),
 * phone (360 px) and print media (A4 width). Usage:
 *   node scripts/screenshot.ts --base http://127.0.0.1:4321 --out /tmp/shots /ametikohad/x/ /
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		base: { type: 'string', default: 'http://127.0.0.1:4321' },
		out: { type: 'string', default: 'screenshots' },
		'first-screen': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help || positionals.length === 0) {
	console.log(
		'Usage: node scripts/screenshot.ts [--base URL] [--out DIR] [--first-screen] <path>…',
	);
	process.exit(values.help ? 0 : 1);
}

mkdirSync(values.out, { recursive: true });
const browser = await launchChromium();
try {
	for (const path of positionals) {
		const name = path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'index';
		for (const [variant, width, media] of [
			['desktop', 1280, 'screen'],
			['phone', 360, 'screen'],
			['print', 794, 'print'],
		] as const) {
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			const page = await context.newPage();
			await page.emulateMedia({ media });
			await page.goto(new URL(path, values.base).href, { waitUntil: 'networkidle' });
			const file = join(values.out, `${name}.${variant}.png`);
			await page.screenshot({ path: file, fullPage: !values['first-screen'] });
			console.log(file);
			await context.close();
		}
	}
} finally {
	await browser.close();
}
