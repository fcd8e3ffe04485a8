import { execFile, spawn } from 'node:child_process';
import { globSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CHUNKING, partCount, partFolder, partOfPage, rechunkSearchIndex } from './index-chunks.ts';
import { SEARCHABLE_PAGES } from './page-vocabulary.ts';
import type { ExpansionsWritten } from './query-expansions.ts';

export { writePositionFiles } from './position-files.ts';
export { SEARCHABLE_PAGES };

/**
 * What runs over the written pages: the per-position open-data files, the search index (Pagefind's,
 * re-chunked by index-chunks.ts) and its query expansions.
 * `scripts/build-site.ts` (npm run build) runs it after Astro's process has exited, so Astro's heap and
 * the Pagefind processes (the two largest consumers, about 1.3 and 1.7 GiB at 5,000 positions) are never
 * resident at the same time; a bare `astro build` runs it from the integration in pagefind.ts.
 */
export async function finishSite(site: string, log: (message: string) => void): Promise<void> {
	// The Pagefind processes are the build's peak, once they have read every page and build their indexes; the
	// child writing the position files has exited by then (about 1.5 s against Pagefind's 11 s at 5,000
	// positions). The query expansions start once every Pagefind process has built its index and writes it:
	// by then each is below its peak, and their memory only goes down.
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
	// SEARCH_PAGES_PER_PART overrides the size of the index's parts, for benchmarks.
	const pagesPerPart = Number(process.env.SEARCH_PAGES_PER_PART) || undefined;
	const index = buildSearchIndex(site, { pagesPerPart, onIndexBuilt: enrich ? startExpansions : undefined }).then(async (pages) => {
		log(`search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
		if (enrich) startExpansions();
		const rechunkStarted = performance.now();
		const chunks = await rechunkSearchIndex(site);
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

/** Options of buildSearchIndex. */
export interface SearchIndexOptions {
	/** Searchable pages per part of the index at most (ChunkingOptions.pagesPerPart). */
	pagesPerPart?: number;
	/** Called once every Pagefind process has built its index in memory and the pages are back in place. */
	onIndexBuilt?: () => void;
}

/**
 * Builds the Pagefind index by running its command line, and resolves to the number of pages indexed. The
 * Node API (`pagefind.createIndex`) runs the same binary as a service and ends with the same index, but its
 * process peaked 150–160 MiB higher on the 5,000-position corpus (1,850 against 1,692 MiB, same pages), and
 * it parses the pages one at a time. Any Pagefind error throws: a site whose search silently returns nothing
 * is worse than no new site. Only elements marked data-pagefind-body are indexed, so navigation and page
 * chrome stay out, and only the page kinds that carry it are read at all.
 *
 * Above `pagesPerPart` searchable pages the index is built in parts of interleaved pages (in path order, the
 * n-th page goes to part n % parts + 1), one Pagefind process per part, side by side: part 1 reads the site
 * itself, and part k's pages are moved (renamed, not copied) into `site/.osa-k` for its own process and moved
 * back once every process has read its pages. At 5,000 positions two processes took 11.3 s where one took
 * 16.0–16.5 s (the pages alone, nothing else running), at the same peak memory (860 + 867 MiB against
 * 1,730 MiB): one process parsed on about 1.5 cores and compressed its files on one. rechunkSearchIndex then
 * gives every part the words of all parts.
 */
export async function buildSearchIndex(site: string, { pagesPerPart = DEFAULT_CHUNKING.pagesPerPart, onIndexBuilt }: SearchIndexOptions = {}): Promise<number> {
	const files = globSync(SEARCHABLE_PAGES, { cwd: site }).sort();
	const parts = partCount(files.length, pagesPerPart);
	const partSite = (part: number) => (part === 1 ? site : join(site, `.${partFolder(part)}`));
	const partOutput = (part: number) => (part === 1 ? join(site, 'pagefind') : join(site, `.${partFolder(part)}-pagefind`));
	const moved: { from: string; to: string }[] = [];
	const restore = () => {
		for (let next = moved.pop(); next; next = moved.pop()) renameSync(next.to, next.from);
		for (let part = 2; part <= parts; part++) rmSync(partSite(part), { recursive: true, force: true });
	};
	try {
		const made = new Set<string>();
		for (const [n, file] of files.entries()) {
			const part = partOfPage(n, parts) + 1;
			if (part === 1) continue;
			const page = dirname(file);
			const to = join(partSite(part), page);
			if (!made.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
			made.add(dirname(to));
			renameSync(join(site, page), to);
			moved.push({ from: join(site, page), to });
		}
		let indexed = 0;
		let restoreFailed: unknown;
		const runs = Array.from({ length: parts }, (_, i) =>
			runPagefind(partSite(i + 1), partOutput(i + 1), () => {
				if (++indexed < parts) return;
				try {
					restore();
				} catch (error) {
					restoreFailed = error;
					return;
				}
				onIndexBuilt?.();
			}),
		);
		// Every process is awaited before a failure is reported, so none writes on after this returns.
		const results = await Promise.allSettled(runs);
		const failed = results.find((result) => result.status === 'rejected');
		if (failed) throw failed.reason;
		if (restoreFailed) throw restoreFailed;
		for (let part = 2; part <= parts; part++) {
			const folder = join(site, 'pagefind', partFolder(part));
			rmSync(folder, { recursive: true, force: true });
			renameSync(partOutput(part), folder);
		}
		return results.reduce((sum, result) => sum + (result.status === 'fulfilled' ? result.value : 0), 0);
	} finally {
		restore();
		for (let part = 2; part <= parts; part++) rmSync(partOutput(part), { recursive: true, force: true });
	}
}

/** Runs the Pagefind command line over `site` into `output`; `onIndexed` is called once the index is built in memory. */
async function runPagefind(site: string, output: string, onIndexed: () => void): Promise<number> {
	const args = ['--site', site, '--glob', SEARCHABLE_PAGES, '--force-language', 'et', '--output-path', output];
	const { code, output: printed } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
		// No config file or PAGEFIND_ variable may change what is indexed: the arguments say it all.
		const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')));
		const child = spawn(pagefindBinary(), args, { cwd: site, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let printed = '';
		let built = false;
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
			printed += chunk;
			// Printed once the index is built in memory, before the files are compressed and written.
			if (!built && /Indexed \d+ pages?/.test(printed)) {
				built = true;
				onIndexed();
			}
		});
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output: printed }));
	});
	if (code !== 0) throw new Error(`Pagefind exited with ${code}:\n${printed}`);
	if (!printed.includes('Found a data-pagefind-body element')) throw new Error(`no page has data-pagefind-body:\n${printed}`);
	if (/^\s*(error|warning)\b/im.test(printed)) throw new Error(`Pagefind reported a problem:\n${printed}`);
	const pages = /Indexed (\d+) pages?/.exec(printed);
	if (!pages) throw new Error(`Pagefind did not report the indexed pages:\n${printed}`);
	return Number(pages[1]);
}
