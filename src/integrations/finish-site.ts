import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rechunkSearchIndex } from './index-chunks.ts';
import { SEARCHABLE_PAGES } from './page-vocabulary.ts';
import type { ExpansionsWritten } from './query-expansions.ts';

export { writePositionFiles } from './position-files.ts';
export { SEARCHABLE_PAGES };

/**
 * What runs over the written pages: the per-position open-data files, the search index (Pagefind's,
 * re-chunked by index-chunks.ts) and its query expansions.
 * `scripts/build-site.ts` (npm run build) runs it after Astro's process has exited, so Astro's heap and
 * the Pagefind binary (the two largest consumers, about 1.3 and 1.7 GiB at 5,000 positions) are never
 * resident at the same time; a bare `astro build` runs it from the integration in pagefind.ts.
 */
export async function finishSite(site: string, log: (message: string) => void): Promise<void> {
	// The Pagefind binary is the build's peak, once it has read every page and builds its index; the child
	// writing the position files has exited by then (about 1.5 s against Pagefind's 13 s at 5,000 positions).
	// The query expansions start once Pagefind has built its index and writes it, on about one core: by
	// then the binary is about 120 MiB below its peak, and its memory only goes down.
	const started = performance.now();
	const positionFiles = runAside('position-files.ts', site).then((stdout) => ({ files: Number(stdout), ms: performance.now() - started }));
	let expansions: Promise<{ written: ExpansionsWritten; ms: number }> | undefined;
	const startExpansions = () => {
		const expansionsStarted = performance.now();
		// A small young generation: the pages' parse garbage is collected sooner, and the child, which runs
		// beside Pagefind's largest moments, peaks at 160 instead of 215 MiB in the same time.
		expansions ??= runAside('query-expansions.ts', site, ['--max-semi-space-size=2']).then((stdout) => ({
			written: JSON.parse(stdout) as ExpansionsWritten,
			ms: performance.now() - expansionsStarted,
		}));
	};
	const enrich = process.env.SEARCH_ENRICHMENT !== '0';
	const index = buildSearchIndex(site, enrich ? startExpansions : undefined).then(async (pages) => {
		log(`search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
		if (enrich) startExpansions();
		const rechunkStarted = performance.now();
		// SEARCH_PAGES_PER_PART overrides the size of the index's parts, for benchmarks.
		const pagesPerPart = Number(process.env.SEARCH_PAGES_PER_PART) || undefined;
		const chunks = await rechunkSearchIndex(site, pagesPerPart ? { pagesPerPart } : {});
		log(
			`search index: ${chunks.parts} part${chunks.parts === 1 ? '' : 's'}, chunks ${chunks.chunksBefore} → ${chunks.chunksAfter}, largest ${kib(chunks.largestBefore)} → ${kib(chunks.largestAfter)} KiB, ` +
				`${chunks.wholeWordCuts} cuts after a word that begins the next, in ${Math.round(performance.now() - rechunkStarted)} ms`,
		);
	});
	// Whichever fails first is reported; the others are still awaited, so nothing runs on once this returns.
	const [indexed, open] = await Promise.allSettled([index, positionFiles]);
	const [expanded] = await Promise.allSettled([expansions ?? Promise.resolve(undefined)]);
	if (indexed.status === 'rejected') throw indexed.reason;
	if (open.status === 'rejected') throw open.reason;
	if (expanded.status === 'rejected') throw expanded.reason;
	log(`open data: ${open.value.files} position files in ${Math.round(open.value.ms)} ms, beside the search index`);
	if (expanded.value) {
		const { written, ms } = expanded.value;
		log(`query expansions: ${written.stems} stems in ${written.shards} files in ${Math.round(ms)} ms, ${Math.round(performance.now() - started)} ms after the search index started`);
	}
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * Runs one of the scripts beside this module (position-files.ts, query-expansions.ts) in a child process
 * and resolves to what it printed. A separate process rather than a thread, so that the memory it used
 * (60 MB of positions.json; the Hunspell dictionary) is returned to the system when it ends.
 */
function runAside(script: string, site: string, nodeOptions: string[] = []): Promise<string> {
	return new Promise((resolve, reject) => {
		const path = fileURLToPath(new URL(`./${script}`, import.meta.url));
		execFile(process.execPath, [...nodeOptions, path, site], { maxBuffer: 1024 * 1024 }, (error, stdout, stderr) => {
			if (error) reject(new Error(`${script} failed:\n${stderr || error.message}`));
			else resolve(stdout.trim());
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
export async function buildSearchIndex(site: string, onIndexBuilt?: () => void): Promise<number> {
	const args = ['--site', site, '--glob', SEARCHABLE_PAGES, '--force-language', 'et', '--output-path', join(site, 'pagefind')];
	const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
		// No config file or PAGEFIND_ variable may change what is indexed: the arguments say it all.
		const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')));
		const child = spawn(pagefindBinary(), args, { cwd: site, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		let built = false;
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			output += chunk;
			// Printed once the index is built in memory, before the files are compressed and written.
			if (!built && onIndexBuilt && /Indexed \d+ pages?/.test(output)) {
				built = true;
				onIndexBuilt();
			}
		});
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
