import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createAnalyzer } from '../lib/search/estonian.ts';
import { EXPANSIONS_PATH, shardKey, type ExpansionShard } from '../lib/search/query.ts';

export { writePositionFiles } from './position-files.ts';

/** Position, unit and competency pages and the common wordings: the only pages with data-pagefind-body. */
export const SEARCHABLE_PAGES = '{{ametikohad,uksused,kompetentsid}/*,korduvad-sonastused}/index.html';

/**
 * What runs over the written pages: the per-position open-data files and the search index.
 * `scripts/build-site.ts` (npm run build) runs it after Astro's process has exited, so Astro's heap and
 * the Pagefind binary (the two largest consumers, about 1.5 and 1.7 GiB at 5,000 positions) are never
 * resident at the same time; a bare `astro build` runs it from the integration in pagefind.ts.
 */
export async function finishSite(site: string, log: (message: string) => void): Promise<void> {
	// The Pagefind binary is the build's peak, once it has read every page and builds its index; the child
	// writing the position files has exited by then (about 1.5 s against Pagefind's 13 s at 5,000 positions).
	const started = performance.now();
	const positionFiles = writePositionFilesAside(site).then((files) => ({ files, ms: performance.now() - started }));
	// Whichever fails first is reported; the other is still awaited, so nothing runs on once this returns.
	const [index, open] = await Promise.allSettled([buildSearchIndex(site), positionFiles]);
	if (index.status === 'rejected') throw index.reason;
	if (open.status === 'rejected') throw open.reason;
	log(`search index: ${index.value} pages`);
	log(`open data: ${open.value.files} position files in ${Math.round(open.value.ms)} ms, beside the search index`);
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
 * writePositionFiles in a child process, so that it runs beside Pagefind: the binary keeps about one and a
 * half of two cores busy. A separate process rather than a thread, so that the 60 MB of positions.json it
 * parses are returned to the system before Pagefind reaches its peak, the build's peak memory.
 */
function writePositionFilesAside(site: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const script = fileURLToPath(new URL('./position-files.ts', import.meta.url));
		execFile(process.execPath, [script, site], { maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
			if (error) reject(new Error(`writing the per-position open-data files failed:\n${stderr || error.message}`));
			else resolve(Number(stdout.trim()));
		});
	});
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
