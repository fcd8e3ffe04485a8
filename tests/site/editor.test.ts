/**
 * The browser editor (/toimeta/, Decap CMS) end to end with its local backend: decap-server over a
 * copy of the content, the built site and the backend on one origin (tests/editor/support). HR's
 * route: open a real position, change one duty's expected result, add a competency from the picker,
 * save; the file on disk must pass the content check and differ from the original only there.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { startEditorServer, type EditorServer } from '../editor/support/editor-server.ts';
import { projectRoot } from '../helpers.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from './support/browser.ts';
import { EDITOR_PAGE, listFiles, urlPathOf } from './support/site.ts';

const siteDir = inject('siteDir');
const POSITION = 'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md';
const RESULT = 'On olemas ülevaade PIST määramise ja maksmise kvaliteedist.';
const CHANGED = 'On olemas ülevaade PIST määramise ja maksmise kvaliteedist kord kvartalis.';
/** A catalogue competency the position does not list yet. */
const ADDED = 'Loovus';
const SCREENSHOTS = process.env.SKA_EDITOR_SCREENSHOTS ?? tmpdir();

let server: EditorServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
	server = await startEditorServer(siteDir);
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	page = await context.newPage();
	page.on('pageerror', (error) => pageErrors.push(error.message));
	page.on('console', (message) => {
		// A refused eval, style or request shows only as a console error.
		if (message.type() === 'error') pageErrors.push(message.text());
	});
}, 60_000);
afterAll(async () => {
	await context?.close();
	await browser?.close();
	await server?.close();
});

describe('the editor with the local backend', () => {
	test('signs in through the local backend, in Estonian', async () => {
		await page.goto(new URL(EDITOR_PAGE, server.url).href);
		await page.getByRole('button', { name: 'Logi sisse' }).click();
		await page.getByText('Ametijuhendid').first().waitFor();
		await page.screenshot({ path: join(SCREENSHOTS, 'toimeti-1-kogu.png') });
	});

	test("opens a real position from its page's edit link, with the check passing", async () => {
		await page.goto(new URL('/ametikohad/kvaliteedi-peaspetsialist/', server.url).href);
		await page.getByRole('link', { name: 'Muuda seda ametijuhendit' }).click();
		await page.waitForURL(/\/toimeta\/#\/collections\/ametijuhendid\/entries\//u);
		await page.getByText('Kontroll ei leidnud vigu.').waitFor();
		await expect
			.poll(() => page.locator('input[id^="title-field"]').inputValue())
			.toBe('Kvaliteedi peaspetsialist');
		await page.screenshot({ path: join(SCREENSHOTS, 'toimeti-2-ametijuhend.png') });
	});

	test("changes a duty's result, adds a competency from the picker and saves", async () => {
		const duty = page
			.locator('[class*="SortableListItem"]')
			.filter({ hasText: '3.2. Järelevalvealase' })
			.first();
		await duty.locator('button').first().click();
		await page.locator('textarea').filter({ hasText: RESULT }).fill(CHANGED);

		await page
			.locator('[id^="competencies-field"] [data-testid="expand-button"]')
			.first()
			.click();
		await page.getByRole('button', { name: 'Lisa: täiendavad kompetentsid' }).click();
		const list = page
			.locator('div[class*="ControlContainer"]')
			.filter({ has: page.locator('label', { hasText: 'Täiendavad kompetentsid' }) })
			.last();
		const picker = list.getByRole('combobox').last();
		await picker.click();
		await picker.pressSequentially(ADDED.slice(0, 4));
		await page.getByRole('option', { name: ADDED, exact: true }).click();
		await page.screenshot({ path: join(SCREENSHOTS, 'toimeti-3-muudetud.png') });

		const original = await readFile(join(projectRoot, POSITION), 'utf8');
		await page.getByRole('button', { name: 'Avalda' }).first().click();
		await page.getByText('Avalda kohe').click();
		await page.getByText('Salvestatud').first().waitFor();
		const saved = await readFile(join(server.repo, POSITION), 'utf8');

		const before = original.split('\n');
		const after = saved.split('\n');
		const removed = before.filter((line) => !after.includes(line));
		const added = after.filter((line) => !before.includes(line));
		expect(removed).toEqual([`- ${RESULT}`]);
		expect(added).toEqual([`    - name: ${ADDED}`, `- ${CHANGED}`]);
		expect(after).toHaveLength(before.length + 1);

		const { problems } = loadContent({ root: server.repo });
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(pageErrors).toEqual([]);
	});

	test('axe: no WCAG 2.2 AA violations outside Decap CMS own controls', async () => {
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			// Decap's loading bar (the "topbar" package): a 10 px decorative <canvas> it appends to <body>,
			// outside any landmark (region).
			.exclude('body > canvas')
			.setLegacyMode()
			.analyze();
		// Decap 3.16's list items render their expand toggle as an icon-only <button> without a name
		// (button-name) and their drag handle (dnd-kit) as role="button" without one
		// (aria-command-name). Both are the CMS's own markup, built anew on every render; everything
		// this project adds (labels, hints, the check, the toast colour, the <main> landmark) is checked.
		const DECAP_MARKUP = new Set(['button-name', 'aria-command-name']);
		const ours = violations.filter((violation) => !DECAP_MARKUP.has(violation.id));
		expect(
			ours.map((violation) => `${violation.id}: ${violation.nodes[0]?.html.slice(0, 120)}`),
		).toEqual([]);
		const decap = violations.filter((violation) => DECAP_MARKUP.has(violation.id));
		for (const violation of decap)
			for (const node of violation.nodes)
				expect(node.html, violation.id).toMatch(/TopBar|role="button"/u);
	});

	test("the project's check stops a save and shows its Estonian message in the form", async () => {
		const before = await readFile(join(server.repo, POSITION), 'utf8');
		await page
			.locator('textarea')
			.filter({ hasText: CHANGED })
			.fill(`${CHANGED} Aruanded saadab mari.maasikas@ska.ee.`);
		await page.getByRole('button', { name: 'Avalda' }).first().click();
		await page.getByText('Avalda kohe').click();
		const message = 'isikuandmed: siin on isiklik e-posti aadress "mari.maasikas@ska.ee"';
		await page.getByText(`Salvestamine ebaõnnestus: ✘ ${message}`).waitFor();
		await page
			.getByRole('listitem')
			.filter({ hasText: `✘ ${message}` })
			.waitFor();
		await page.screenshot({ path: join(SCREENSHOTS, 'toimeti-4-kontroll.png') });
		expect(await readFile(join(server.repo, POSITION), 'utf8')).toBe(before);
	});
});

describe('the editor is only on its own page', () => {
	test('no other page loads editor code', async () => {
		const html = listFiles(siteDir).filter((file) => file.endsWith('.html'));
		const editorHtml = await readFile(join(siteDir, 'toimeta/index.html'), 'utf8');
		const editorScripts = [...editorHtml.matchAll(/<script[^>]+src="([^"]+)"/gu)].map(
			(match) => match[1],
		);
		expect(editorScripts.length).toBeGreaterThan(0);
		for (const file of html) {
			if (urlPathOf(file).startsWith(EDITOR_PAGE)) continue;
			const text = await readFile(join(siteDir, file), 'utf8');
			for (const script of editorScripts) expect(text, file).not.toContain(script);
			expect(text, file).not.toContain('/toimeta/decap/');
		}
	});

	test('SKA_EDITOR=0 builds no editor page and no CMS files', async () => {
		const out = await mkdtemp(join(tmpdir(), 'ska-no-editor-'));
		try {
			await promisify(execFile)(
				process.execPath,
				[join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out],
				{
					cwd: projectRoot,
					env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SKA_EDITOR: '0' },
					maxBuffer: 64 * 1024 * 1024,
				},
			);
			const files = await readdir(out, { recursive: true });
			expect(files.filter((file) => file.startsWith('toimeta'))).toEqual([]);
			expect(files.some((file) => file === 'index.html')).toBe(true);
		} finally {
			await rm(out, { recursive: true, force: true });
		}
	}, 180_000);
});
