/**
 * The page kinds that exist only for a large agency (lists split or paged above 150 rows, /ametikohad/ by
 * osakond above 1,000 positions): the real content has none, so this builds a generated agency of 1,100
 * positions (Astro only, no search index) and checks those pages as browser.test.ts checks the real ones.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { generatedRoot } from '../../scripts/lib/site-root.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import {
	axeViolations,
	horizontalOverflow,
	launchChromium,
	openPage,
	PHONE,
} from './support/browser.ts';

const run = promisify(execFile);
let root: string;
let work: string | undefined;
let server: StaticServer;
let browser: Browser;

/** The first sub-folder of a built folder: a page of that kind, whatever the generated ids are. */
const firstPage = (dir: string, skip: string[] = []) => {
	const name = readdirSync(join(root, 'dist', dir), { withFileTypes: true }).find(
		(entry) => entry.isDirectory() && !skip.includes(entry.name),
	)?.name;
	return name === undefined ? undefined : `/${dir}/${name}/`;
};

const pages: string[] = [];

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'ska-scale-pages-'));
	root = generatedRoot(projectRoot, work, 1100, 2);
	await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
		maxBuffer: 256 * 1024 * 1024,
	});
	const competency = readdirSync(join(root, 'dist/kompetentsid'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => `kompetentsid/${entry.name}`)
		.find((dir) => firstPage(dir) !== undefined);
	const language = firstPage('nouded/keeled');
	const education = firstPage('nouded/haridus');
	pages.push(
		'/ametikohad/',
		'/uksused/sotsiaalkindlustusamet/',
		'/asendused/',
		firstPage('asendused')!,
		`/${competency}/`,
		firstPage(competency!)!,
		'/ulevaatus/',
		firstPage('ulevaatus', ['koik'])!,
		'/ulevaatus/koik/2/',
		'/nouded/keeled/',
		`${language}2/`,
		'/nouded/haridus/',
		education!,
	);
	server = await startStaticServer(join(root, 'dist'));
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('page kinds of a large agency', () => {
	test('every kind was built', () => {
		expect(
			pages.every((path) => path && existsSync(join(root, 'dist', path, 'index.html'))),
			pages.join(', '),
		).toBe(true);
		expect(pages).toHaveLength(13);
	});

	test('each answers 200, passes axe and does not scroll sideways at 360 px', async () => {
		for (const path of pages) {
			const opened = await openPage(browser, new URL(path, server.url).href);
			try {
				expect(opened.status, path).toBe(200);
				const { ids, message } = await axeViolations(opened.page);
				expect(ids, `axe violations on ${path}:\n${message}`).toEqual([]);
				await opened.page.setViewportSize(PHONE);
				const { scrollWidth, innerWidth, culprits } = await horizontalOverflow(opened.page);
				expect(
					scrollWidth,
					`${path} is ${scrollWidth} px wide at ${innerWidth} px:\n  ${culprits.join('\n  ')}`,
				).toBeLessThanOrEqual(innerWidth);
				expect(opened.failed, `failed requests from ${path}`).toEqual([]);
			} finally {
				await opened.close();
			}
		}
	}, 300_000);
});
