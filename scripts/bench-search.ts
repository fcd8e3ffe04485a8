/**
 * Search benchmark (never part of npm test): builds the site (npm run build's script) with and without
 * the Estonian enrichment (head terms and query expansions) and, in Chromium against each build, prints
 * recall@5 of the query set side by side, the bytes the browser transfers for the first search and for each
 * further query, and the time until the results are on screen, all through the search page's own form.
 *   npm run bench:search                       the real content
 *   npm run bench:search -- --corpus 5000      a generated corpus of 5,000 positions (npm run generate)
 * The static server compresses what the README's nginx configuration compresses (HTML, JS, JSON, WebAssembly;
 * Pagefind's own files are compressed already), so the byte counts are what the intranet transfers.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page, Request } from 'playwright-core';
import { generateCorpus, writeCorpus } from '../src/lib/generate/corpus.ts';
import { SEARCH_QUERIES } from '../tests/fixtures/search-queries.ts';
import { launchChromium } from './lib/chromium.ts';
import { meanRecall, runQueries, searchInPage, type QueryOutcome } from './lib/search-eval.ts';
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
	for (const name of [
		'src',
		'schemas',
		'public',
		'scripts',
		'astro.config.mjs',
		'tsconfig.json',
		'package.json',
	]) {
		cpSync(join(projectRoot, name), join(root, name), { recursive: true });
	}
	// Packages are shared; Astro's caches stay per root.
	mkdirSync(join(root, 'node_modules'));
	for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
		if (name !== '.astro' && name !== '.vite')
			symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
	}
	const corpus = generateCorpus({
		count: corpusSize,
		seed: Number(values.seed),
		sourceRoot: projectRoot,
	});
	writeCorpus(root, corpus.files);
	return root;
}

function build(root: string, outDir: string, enrichment: boolean): number {
	const started = performance.now();
	const result = spawnSync(
		process.execPath,
		[join(root, 'scripts/build-site.ts'), '--out', outDir],
		{
			cwd: root,
			env: {
				...process.env,
				ASTRO_TELEMETRY_DISABLED: '1',
				SEARCH_ENRICHMENT: enrichment ? '1' : '0',
			},
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	if (result.status !== 0)
		throw new Error(
			`build failed:\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`,
		);
	return (performance.now() - started) / 1000;
}

interface Transfer {
	query: string;
	bytes: number;
	requests: number;
	ms: number;
}

/** Bytes of the responses (headers and body, as sent) that finished while `action` ran. */
async function measure(
	page: Page,
	action: () => Promise<number>,
): Promise<{ bytes: number; requests: number; ms: number }> {
	const pending: Promise<number>[] = [];
	const onFinished = (request: Request) => {
		pending.push(
			request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize),
		);
	};
	page.on('requestfinished', onFinished);
	const ms = await action();
	await new Promise((resolve) => setTimeout(resolve, 200));
	page.off('requestfinished', onFinished);
	const sizes = await Promise.all(pending);
	return { bytes: sizes.reduce((sum, size) => sum + size, 0), requests: sizes.length, ms };
}

/** Milliseconds from submitting the query in the search page's form until its results are on screen. */
async function timedSearch(page: Page, query: string): Promise<number> {
	const started = performance.now();
	await searchInPage(page, query);
	return performance.now() - started;
}

/** Milliseconds from opening /otsing/?q=… until the query's results are on screen. */
async function openSearchPage(page: Page, origin: string, query: string): Promise<number> {
	const started = performance.now();
	await page.goto(new URL(`/otsing/?q=${encodeURIComponent(query)}`, origin).href);
	await page.waitForFunction(
		(q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q,
		query,
	);
	return performance.now() - started;
}

/**
 * A first search typed by hand: a new profile opens /otsing/, clicks the box, types the query at about
 * ten keys a second and presses Enter. Milliseconds from Enter until the results are on screen; the
 * bytes (measured around the whole visit) are those of the page, the searches ahead while typing and the
 * search together.
 */
async function typedFirstSearch(page: Page, origin: string, query: string): Promise<number> {
	await page.goto(new URL('/otsing/', origin).href, { waitUntil: 'networkidle' });
	await page.click('#search-input');
	await page.keyboard.type(query, { delay: 100 });
	const started = performance.now();
	await page.keyboard.press('Enter');
	await page.waitForFunction(
		(q) => document.querySelector<HTMLElement>('#search-results')?.dataset.query === q,
		query,
	);
	return performance.now() - started;
}

interface SearchCost {
	/** Results the page found for the typed query, with the Estonian expansion. */
	pages: number;
	/** From the page's start of the typed search until Pagefind (with the expansion's searches) answered. */
	searchMs: number;
	/** Pages that Pagefind finds for the query itself, and its search time with the chunks loaded, median of three. */
	ownPages: number;
	ownMs: number;
}

/**
 * Where the time of a typed search went, read in the page that has just shown its results: the page's
 * user timing mark for the search (src/lib/search/search-page.ts), and Pagefind's own search of the query alone,
 * repeated with its chunks loaded in the page's module instance (same URL), the WebAssembly's work alone.
 */
async function searchCost(page: Page, query: string): Promise<SearchCost> {
	return page.evaluate(async (q) => {
		const path = '/pagefind/pagefind.js';
		const pagefind = (await import(path)) as {
			search(term: string): Promise<{ results: unknown[] }>;
		};
		const times: number[] = [];
		let ownPages = 0;
		for (let i = 0; i < 3; i++) {
			const started = performance.now();
			ownPages = (await pagefind.search(q)).results.length;
			times.push(performance.now() - started);
		}
		return {
			pages: Number(document.querySelector<HTMLElement>('#search-results')?.dataset.total),
			searchMs:
				performance.getEntriesByName('search:pagefind').at(-1)?.duration ?? Number.NaN,
			ownPages,
			ownMs: times.sort((a, b) => a - b)[1],
		};
	}, query);
}

interface Transfers {
	/** Each query as the first search of a new browser profile (empty cache). */
	cold: Transfer[];
	/** Each query typed into the open search page of a new profile; ms from Enter. */
	typed: Transfer[];
	/** Each query but the first, typed into the search page after the first query in one profile. */
	further: Transfer[];
	/** Each query typed: where the time went (searchCost). */
	cost: Map<string, SearchCost>;
}

async function transfers(origin: string, queries: string[]): Promise<Transfers> {
	const browser = await launchChromium();
	try {
		// Each query in a new browser profile, so that nothing is cached.
		const inNewProfiles = async (
			search: (page: Page, query: string) => Promise<number>,
		): Promise<Transfer[]> => {
			const out: Transfer[] = [];
			for (const query of queries) {
				const context = await browser.newContext();
				const page = await context.newPage();
				out.push({ query, ...(await measure(page, () => search(page, query))) });
				await context.close();
			}
			return out;
		};
		// A first search is what the header's search box does from any page: it opens /otsing/?q=…, so it
		// counts the search page itself, its script, pagefind.js, the WebAssembly and the index metadata.
		const cold = await inNewProfiles((page, query) => openSearchPage(page, origin, query));
		const cost = new Map<string, SearchCost>();
		const typed = await inNewProfiles(async (page, query) => {
			const ms = await typedFirstSearch(page, origin, query);
			cost.set(query, await searchCost(page, query));
			return ms;
		});
		const page = await (await browser.newContext()).newPage();
		await openSearchPage(page, origin, queries[0]);
		const further: Transfer[] = [];
		for (const query of queries.slice(1))
			further.push({ query, ...(await measure(page, () => timedSearch(page, query))) });
		return { cold, typed, further, cost };
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
	const transferQueries = [
		'järelevalve',
		'hanked',
		'SKAIS',
		'kasutajakonto',
		'aruanne',
		'ohvriabi',
		'koolitus',
		'tegevusluba',
	];
	const rows: {
		variant: string;
		buildSeconds: number;
		outcomes: QueryOutcome[];
		transfer: Transfers;
	}[] = [];
	for (const enrichment of [true, false]) {
		const variant = enrichment ? 'rikastusega' : 'rikastuseta';
		const outDir = join(work, variant);
		console.log(`building ${variant}${corpusSize ? ` (${corpusSize} positions)` : ''}…`);
		const buildSeconds = build(root, outDir, enrichment);
		const server = await startStaticServer(outDir, { gzip: true });
		try {
			const browser = await launchChromium();
			let outcomes: QueryOutcome[] = [];
			try {
				if (corpusSize === 0)
					outcomes = await runQueries(
						await (await browser.newContext()).newPage(),
						server.url,
						SEARCH_QUERIES,
					);
			} finally {
				await browser.close();
			}
			rows.push({
				variant,
				buildSeconds,
				outcomes,
				transfer: await transfers(server.url, transferQueries),
			});
		} finally {
			await server.close();
		}
	}

	console.log(
		`\nSearch benchmark — ${corpusSize === 0 ? 'real content' : `generated corpus, ${corpusSize} positions (seed ${values.seed})`}, ${new Date().toISOString()}\n`,
	);
	if (corpusSize === 0) {
		const kinds = [...new Set(SEARCH_QUERIES.map((query) => query.kind))];
		console.log(
			`| queries | n | ${rows.map((row) => `recall@5 ${row.variant}`).join(' | ')} |`,
		);
		console.log(`| --- | ---: | ${rows.map(() => '---:').join(' | ')} |`);
		for (const kind of [...kinds, 'kõik']) {
			const pick = (outcomes: QueryOutcome[]) =>
				outcomes.filter(
					(_, index) => kind === 'kõik' || SEARCH_QUERIES[index].kind === kind,
				);
			console.log(
				`| ${kind} | ${pick(rows[0].outcomes).length} | ${rows.map((row) => meanRecall(pick(row.outcomes)).toFixed(3)).join(' | ')} |`,
			);
		}
		const misses = rows[1].outcomes
			.filter((outcome) => outcome.recall < 1)
			.map((outcome) => outcome.query);
		console.log(`\nmisses without enrichment: ${misses.join(', ') || 'none'}`);
		const missesWith = rows[0].outcomes
			.filter((outcome) => outcome.recall < 1)
			.map((outcome) => outcome.query);
		console.log(`misses with enrichment: ${missesWith.join(', ') || 'none'}\n`);
	}
	const stat = (
		items: Transfer[],
		pick: (item: Transfer) => number,
		format: (n: number) => string,
	) => `${format(median(items.map(pick)))} / ${format(Math.max(...items.map(pick)))}`;
	const ms = (n: number) => n.toFixed(0);
	console.log(`queries: ${transferQueries.join(', ')}\n`);
	console.log(
		'| variant | build s | first search KiB, median / max | first search requests, median | first search ms, median / max | typed first search: ms from Enter, median / max | typed first search KiB (the visit, with the searches ahead), median / max | further query KiB, median / max | further query ms, median / max |',
	);
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const { variant, buildSeconds, transfer } of rows) {
		console.log(
			`| ${variant} | ${buildSeconds.toFixed(1)} | ${stat(transfer.cold, (t) => t.bytes, kb)} | ${median(transfer.cold.map((t) => t.requests))} | ${stat(transfer.cold, (t) => t.ms, ms)} | ${stat(transfer.typed, (t) => t.ms, ms)} | ${stat(transfer.typed, (t) => t.bytes, kb)} | ${stat(transfer.further, (t) => t.bytes, kb)} | ${stat(transfer.further, (t) => t.ms, ms)} |`,
		);
	}
	for (const { variant, transfer } of rows) {
		console.log(
			`\nPer query (${variant}): first search KiB / ms; as a further query KiB / ms; typed first search ms from Enter, of which until Pagefind answered (with the expansion's searches), results, KiB of the visit; Pagefind's search of the query alone with its chunks loaded: results / ms`,
		);
		for (const [index, query] of transferQueries.entries()) {
			const { cold, typed, further, cost } = transfer;
			const again = further.find((t) => t.query === query);
			const { pages, searchMs, ownPages, ownMs } = cost.get(query)!;
			console.log(
				`- ${query}: ${kb(cold[index].bytes)} / ${ms(cold[index].ms)}; ${again ? `${kb(again.bytes)} / ${ms(again.ms)}` : '(first query)'}; ${ms(typed[index].ms)}, ${ms(searchMs)}, ${pages}, ${kb(typed[index].bytes)}; ${ownPages} / ${ms(ownMs)}`,
			);
		}
	}
} finally {
	if (values.keep) console.log(`kept: ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
