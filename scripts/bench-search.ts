/**
 * Search benchmark (never part of npm test): builds the site with and without the Estonian enrichment
 * and, in Chromium against each build, prints recall@5 of the query set side by side, the bytes the
 * browser transfers for the first search and for each further query, and the time to the first result.
 *   npm run bench:search                       the real content
 *   npm run bench:search -- --corpus 5000      a generated corpus of 5,000 positions (npm run generate)
 * The static server sends files uncompressed; behind nginx with gzip the HTML-free Pagefind chunks are
 * already compressed, so the byte counts are close to what the intranet transfers.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page, Request } from 'playwright-core';
import { generateCorpus, writeCorpus } from '../src/lib/generate/corpus.ts';
import { SEARCH_QUERIES } from '../tests/fixtures/search-queries.ts';
import { launchChromium } from './lib/chromium.ts';
import { meanRecall, runQueries, type QueryOutcome } from './lib/search-eval.ts';
import { startStaticServer } from './lib/static-server.ts';

const { values } = parseArgs({
	options: {
		corpus: { type: 'string', default: '0' },
		seed: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log('Usage: npm run bench:search [-- --corpus N] [--seed S] [--keep]');
	process.exit(0);
}

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const corpusSize = Number(values.corpus);
const work = mkdtempSync(join(tmpdir(), 'ska-bench-search-'));

/** A root to build from: the project itself, or a copy of its code with a generated content/. */
function prepareRoot(): string {
	if (corpusSize === 0) return projectRoot;
	const root = join(work, 'root');
	mkdirSync(root, { recursive: true });
	for (const name of ['src', 'schemas', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		cpSync(join(projectRoot, name), join(root, name), { recursive: true });
	}
	// Packages are shared; Astro's caches stay per root.
	mkdirSync(join(root, 'node_modules'));
	for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
		if (name !== '.astro' && name !== '.vite') symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
	}
	const corpus = generateCorpus({ count: corpusSize, seed: Number(values.seed), sourceRoot: projectRoot });
	writeCorpus(root, corpus.files);
	return root;
}

function build(root: string, outDir: string, enrichment: boolean): number {
	const started = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SEARCH_ENRICHMENT: enrichment ? '1' : '0' },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (result.status !== 0) throw new Error(`build failed:\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`);
	return (performance.now() - started) / 1000;
}

interface Transfer {
	query: string;
	bytes: number;
	requests: number;
	ms: number;
}

/** Bytes of the responses (headers and body, as sent) that finished while `action` ran. */
async function measure(page: Page, action: () => Promise<number>): Promise<{ bytes: number; requests: number; ms: number }> {
	const pending: Promise<number>[] = [];
	const onFinished = (request: Request) => {
		pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
	};
	page.on('requestfinished', onFinished);
	const ms = await action();
	await new Promise((resolve) => setTimeout(resolve, 200));
	page.off('requestfinished', onFinished);
	const sizes = await Promise.all(pending);
	return { bytes: sizes.reduce((sum, size) => sum + size, 0), requests: sizes.length, ms };
}

/** Time from calling search() to the first result's data, in the page; then loads what the results page shows. */
function timedSearch(page: Page, query: string): Promise<number> {
	return page.evaluate(`(async () => {
		window.__pagefind ??= await import('/pagefind/pagefind.js');
		const started = performance.now();
		const search = await window.__pagefind.search(${JSON.stringify(query)});
		if (search.results.length > 0) await search.results[0].data();
		const firstResult = performance.now() - started;
		// The search page then shows the first 10 results: their fragments count towards the query's bytes.
		await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
		return firstResult;
	})()`) as Promise<number>;
}

async function transfers(origin: string, queries: string[]): Promise<Transfer[]> {
	const browser = await launchChromium();
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(new URL('/otsing/', origin).href, { waitUntil: 'networkidle' });
		const out: Transfer[] = [];
		for (const query of queries) {
			// The first search also loads pagefind.js, its WebAssembly and the index entry.
			const { bytes, requests, ms } = await measure(page, () => timedSearch(page, query));
			out.push({ query, bytes, requests, ms });
		}
		return out;
	} finally {
		await browser.close();
	}
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (numbers: number[]) => {
	const sorted = [...numbers].sort((a, b) => a - b);
	return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)];
};

try {
	const root = prepareRoot();
	const transferQueries = ['järelevalve', 'hanked', 'SKAIS', 'kasutajakonto', 'aruanne', 'ohvriabi', 'koolitus', 'tegevusluba'];
	const rows: { variant: string; buildSeconds: number; outcomes: QueryOutcome[]; transfer: Transfer[] }[] = [];
	for (const enrichment of [true, false]) {
		const variant = enrichment ? 'rikastusega' : 'rikastuseta';
		const outDir = join(work, variant);
		console.log(`building ${variant}${corpusSize ? ` (${corpusSize} positions)` : ''}…`);
		const buildSeconds = build(root, outDir, enrichment);
		const server = await startStaticServer(outDir);
		try {
			const browser = await launchChromium();
			let outcomes: QueryOutcome[] = [];
			try {
				if (corpusSize === 0) outcomes = await runQueries(await (await browser.newContext()).newPage(), server.url, SEARCH_QUERIES);
			} finally {
				await browser.close();
			}
			rows.push({ variant, buildSeconds, outcomes, transfer: await transfers(server.url, transferQueries) });
		} finally {
			await server.close();
		}
	}

	console.log(`\nSearch benchmark — ${corpusSize === 0 ? 'real content' : `generated corpus, ${corpusSize} positions (seed ${values.seed})`}, ${new Date().toISOString()}\n`);
	if (corpusSize === 0) {
		const kinds = [...new Set(SEARCH_QUERIES.map((query) => query.kind))];
		console.log(`| queries | n | ${rows.map((row) => `recall@5 ${row.variant}`).join(' | ')} |`);
		console.log(`| --- | ---: | ${rows.map(() => '---:').join(' | ')} |`);
		for (const kind of [...kinds, 'kõik']) {
			const pick = (outcomes: QueryOutcome[]) => outcomes.filter((_, index) => kind === 'kõik' || SEARCH_QUERIES[index].kind === kind);
			console.log(`| ${kind} | ${pick(rows[0].outcomes).length} | ${rows.map((row) => meanRecall(pick(row.outcomes)).toFixed(3)).join(' | ')} |`);
		}
		const misses = rows[1].outcomes.filter((outcome) => outcome.recall < 1).map((outcome) => outcome.query);
		console.log(`\nmisses without enrichment: ${misses.join(', ') || 'none'}`);
		const missesWith = rows[0].outcomes.filter((outcome) => outcome.recall < 1).map((outcome) => outcome.query);
		console.log(`misses with enrichment: ${missesWith.join(', ') || 'none'}\n`);
	}
	console.log('| variant | build s | first search KiB (requests) | further query KiB, median / max | first result ms (first search) | further query ms, median |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
	for (const row of rows) {
		const [first, ...rest] = row.transfer;
		console.log(
			`| ${row.variant} | ${row.buildSeconds.toFixed(1)} | ${kb(first.bytes)} (${first.requests}) | ${kb(median(rest.map((item) => item.bytes)))} / ${kb(Math.max(...rest.map((item) => item.bytes)))} | ${first.ms.toFixed(0)} | ${median(rest.map((item) => item.ms)).toFixed(0)} |`,
		);
	}
} finally {
	if (values.keep) console.log(`kept: ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
