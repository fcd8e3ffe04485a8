import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PositionFile, PositionsFile } from '../lib/lifecycle/open-data.ts';
import { createAnalyzer } from '../lib/search/estonian.ts';
import { EXPANSIONS_PATH, shardKey, type ExpansionShard } from '../lib/search/query.ts';

/** Position, unit and competency pages and the common wordings: the only pages with data-pagefind-body. */
export const SEARCHABLE_PAGES = '{{ametikohad,uksused,kompetentsid}/*,korduvad-sonastused}/index.html';

/**
 * What runs over the written pages: the per-position open-data files and the search index.
 * `scripts/build-site.ts` (npm run build) runs it after Astro's process has exited, so Astro's heap and
 * the Pagefind binary (the two largest consumers, about 1.5 and 1.7 GiB at 5,000 positions) are never
 * resident at the same time; a bare `astro build` runs it from the integration in pagefind.ts.
 */
export async function finishSite(site: string, log: (message: string) => void): Promise<void> {
	// The index first, while this process holds nothing else: the Pagefind binary is the build's peak.
	const pages = await buildSearchIndex(site);
	log(`search index: ${pages} pages`);
	const started = performance.now();
	const files = writePositionFiles(site);
	log(`open data: ${files} position files in ${Math.round(performance.now() - started)} ms`);
	if (process.env.SEARCH_ENRICHMENT !== '0') {
		const expansionsStarted = performance.now();
		const { stems, shards } = await writeExpansions(site);
		log(`query expansions: ${stems} stems in ${shards} files in ${Math.round(performance.now() - expansionsStarted)} ms`);
	}
}

/**
 * The words Pagefind indexed (page text, titles and extra terms), read back from its fragments: the
 * vocabulary the query expansions are made for.
 */
export function indexedVocabulary(site: string): Set<string> {
	const dir = join(site, 'pagefind/fragment');
	// Pages repeat their words: splitting at spaces and matching letters only in the distinct tokens
	// takes a third of the time of matching every page's whole text.
	const tokens = new Set<string>();
	for (const name of readdirSync(dir)) {
		const fragment = JSON.parse(gunzipSync(readFileSync(join(dir, name))).subarray('pagefind_dcd'.length).toString('utf8')) as {
			content: string;
			meta: Record<string, string>;
		};
		for (const token of `${fragment.content} ${fragment.meta.title ?? ''} ${fragment.meta.terms ?? ''}`.split(' ')) tokens.add(token);
	}
	const words = new Set<string>();
	for (const token of tokens) for (const match of token.toLocaleLowerCase('et').matchAll(/\p{L}+/gu)) words.add(match[0]);
	return words;
}

/** Writes the query expansions for the indexed vocabulary, one JSON file per two-letter stem prefix. */
export async function writeExpansions(site: string): Promise<{ stems: number; shards: number }> {
	const analyzer = await createAnalyzer();
	const expansions = analyzer.expansions(indexedVocabulary(site));
	const shards = new Map<string, ExpansionShard>();
	for (const [stem, forms] of expansions) {
		const key = shardKey(stem);
		let shard = shards.get(key);
		if (!shard) shards.set(key, (shard = {}));
		shard[stem] = forms;
	}
	const dir = join(site, EXPANSIONS_PATH);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const [key, shard] of shards) writeFileSync(join(dir, `${key}.json`), JSON.stringify(shard));
	return { stems: expansions.size, shards: shards.size };
}

/**
 * One file per position (/andmed/positions/<id>.json, loaded by the comparison page), split from
 * positions.json instead of rendered as 5,000 Astro routes: the records are the same, and splitting
 * takes a fraction of the second per thousand files that the routes took.
 */
export function writePositionFiles(site: string): number {
	const all = JSON.parse(readFileSync(join(site, 'andmed/positions.json'), 'utf8')) as PositionsFile;
	const dir = join(site, 'andmed/positions');
	mkdirSync(dir, { recursive: true });
	for (const position of all.positions) {
		const file: PositionFile = { schemaVersion: all.schemaVersion, generated: all.generated, position };
		writeFileSync(join(dir, `${position.id}.json`), `${JSON.stringify(file, null, '\t')}\n`);
	}
	return all.positions.length;
}

/**
 * The Pagefind binary of this platform (the optional dependency `@pagefind/<platform>-<cpu>`), as the
 * `pagefind` package itself resolves it; PAGEFIND_BINARY_PATH overrides it.
 */
export function pagefindBinary(): string {
	if (process.env.PAGEFIND_BINARY_PATH) return process.env.PAGEFIND_BINARY_PATH;
	const require = createRequire(import.meta.url);
	const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
	const executable = process.platform === 'win32' ? 'pagefind_extended.exe' : 'pagefind_extended';
	return require.resolve(`@pagefind/${platform}/bin/${executable}`);
}

/**
 * Builds the Pagefind index by running its command line. The Node API (`pagefind.createIndex`) runs
 * the same binary as a service and ends with the same index, but its process peaked 150–160 MiB
 * higher on the 5,000-position corpus (1,850 against 1,692 MiB, same pages): this is the build's
 * peak memory. Any Pagefind error throws: a site whose search silently returns nothing is worse than
 * no new site. Only elements marked data-pagefind-body are indexed, so navigation and page chrome
 * stay out, and only the page kinds that carry it are read at all.
 */
export async function buildSearchIndex(site: string): Promise<number> {
	const args = ['--site', site, '--glob', SEARCHABLE_PAGES, '--force-language', 'et', '--output-path', join(site, 'pagefind')];
	const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
		// No config file or PAGEFIND_ variable may change what is indexed: the arguments say it all.
		const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')));
		const child = spawn(pagefindBinary(), args, { cwd: site, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
	if (code !== 0) throw new Error(`Pagefind exited with ${code}:\n${output}`);
	if (!output.includes('Found a data-pagefind-body element')) throw new Error(`no page has data-pagefind-body:\n${output}`);
	if (/^\s*(error|warning)\b/im.test(output)) throw new Error(`Pagefind reported a problem:\n${output}`);
	const pages = /Indexed (\d+) pages?/.exec(output);
	if (!pages) throw new Error(`Pagefind did not report the indexed pages:\n${output}`);
	return Number(pages[1]);
}
