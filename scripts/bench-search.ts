/**
 * Search benchmark (never part of npm test): builds the site (npm run build's script) with and
 * without the Estonian enrichment (head terms and query expansions) and, in Chromium against each
 * build, prints recall@5 of the query set side by side, the bytes the browser transfers for the
 * first search and for each further query, and the time until the results are on screen, all
 * through the search page's own form.
 *   npm run bench:search                       the real content
 *   npm run bench:search -- --corpus 5000      a generated corpus of 5,000 positions (npm run generate)
 * The static server compresses what the README's nginx configuration compresses (HTML, JS, JSON,
 * WebAssembly; Pagefind's own files are compressed already), so the byte counts are what the
 * intranet transfers. The browser measurements are in bench/lib/search-transfers.ts, the tables in
 * bench/lib/search-report.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printRecall, printTransfers, type VariantResult } from '../bench/lib/search-report.ts';
import { transfers } from '../bench/lib/search-transfers.ts';
import { SEARCH_QUERIES } from '../tests/fixtures/search-queries.ts';
import { launchChromium } from './lib/chromium.ts';
import { runQueries, type QueryOutcome } from './lib/search-eval.ts';
import { buildSite, generatedRoot } from './lib/site-root.ts';
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

/** Builds one variant, serves it, and measures recall (real content only) and transfers. */
async function measureVariant(root: string, enrichment: boolean): Promise<VariantResult> {
	const variant = enrichment ? 'rikastusega' : 'rikastuseta';
	const outDir = join(work, variant);
	console.log(`building ${variant}${corpusSize ? ` (${corpusSize} positions)` : ''}…`);
	const started = performance.now();
	buildSite(root, outDir, { SEARCH_ENRICHMENT: enrichment ? '1' : '0' });
	const buildSeconds = (performance.now() - started) / 1000;
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
		return {
			variant,
			buildSeconds,
			outcomes,
			transfer: await transfers(server.url, transferQueries),
		};
	} finally {
		await server.close();
	}
}

try {
	const root =
		corpusSize === 0
			? projectRoot
			: generatedRoot(projectRoot, work, corpusSize, Number(values.seed));
	const rows: VariantResult[] = [];
	for (const enrichment of [true, false]) rows.push(await measureVariant(root, enrichment));

	console.log(
		`\nSearch benchmark — ${corpusSize === 0 ? 'real content' : `generated corpus, ${corpusSize} positions (seed ${values.seed})`}, ${new Date().toISOString()}\n`,
	);
	if (corpusSize === 0) printRecall(rows);
	printTransfers(rows, transferQueries);
} finally {
	if (values.keep) console.log(`kept: ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
