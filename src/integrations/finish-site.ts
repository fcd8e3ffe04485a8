import { execFile, spawn } from 'node:child_process';
import { globSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CHUNKING, partCount, partFolder, partOfPage, rechunkSearchIndex } from './index-chunks.ts';
import { SEARCHABLE_PAGES } from './page-vocabulary.ts';
import type { ExpansionsWritten } from './query-expansions.ts';

export { writePositionFiles } from './position-files.ts';
export { SEARCHABLE_PAGES };

/**
 * Starts the query expansions' child in follow mode (query-expansions.ts --follow) over a site that Astro is
 * still writing: it reads each searchable page once it is complete, on the core Astro's rendering leaves
 * free (at 5,000 positions reading the pages is about 3 of its 4.5 s), and loads its dictionary meanwhile.
 * `finish` tells it that Astro has exited and resolves once it has read the rest and written the
 * expansions: about a second, before Pagefind starts (beside the Pagefind processes, the child, niced so as
 * not to slow Astro, lingered into their peak and the build's peak rose by its 160 MiB). `stop` ends it.
 */
export function followPages(site: string): { finish: () => Promise<ExpansionsWritten>; stop: () => void } {
	const path = fileURLToPath(new URL('./query-expansions.ts', import.meta.url));
	const child = spawn(process.execPath, ['--max-semi-space-size=2', path, site, '--follow'], { stdio: ['pipe', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	// A child that failed early has closed its input: its exit status reports that, not the pipe.
	child.stdin.on('error', () => undefined);
	const written = new Promise<ExpansionsWritten>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve(JSON.parse(stdout) as ExpansionsWritten);
			else reject(new Error(`query-expansions.ts failed (exit ${code}):\n${stderr}`));
		});
	});
	// Awaited through finish() or ignored after stop(); until then a failure must not count as unhandled.
	written.catch(() => undefined);
	return {
		finish: () => {
			child.stdin.end();
			return written;
		},
		stop: () => child.kill(),
	};
}

/** What finishSite leaves out: the query expansions, when they were written beside Astro (followPages). */
export interface FinishOptions {
	expansionsWritten?: ExpansionsWritten;
}

/**
 * What runs over the written pages: the per-position open-data files, the search index (Pagefind's,
 * re-chunked by index-chunks.ts) and its query expansions.
 * `scripts/build-site.ts` (npm run build) runs it after Astro's process has exited, so Astro's heap and
 * the Pagefind processes (the two largest consumers, about 1.3 and 1.7 GiB at 5,000 positions) are never
 * resident at the same time; a bare `astro build` runs it from the integration in pagefind.ts.
 */
export async function finishSite(site: string, log: (message: string) => void, { expansionsWritten }: FinishOptions = {}): Promise<void> {
	// The Pagefind processes are the build's peak, once they have read every page and build their indexes.
	// Beside a single process, on the core it leaves free, the child writing the position files starts with
	// it and has exited by then (about 1.5 s against Pagefind's 8 s to its peak at 5,000 positions), and the
	// query expansions' child starts once it has built its index and writes it on one core (its memory only
	// goes down then). Processes on every core leave no core free, and two side by side reach their peaks
	// sooner: the position files' child (up to 400 MiB while it parses positions.json) was still running at
	// their peak once and took the build to 2,188 MiB (bench -31), and the expansions' child, to 2,177 (-28).
	// Then both children start when the processes have exited, beside the re-chunking. npm run build has
	// written the query expansions before (followPages).
	const started = performance.now();
	// SEARCH_PAGES_PER_PART overrides the size of the index's parts, for benchmarks.
	const plan = planSearchIndex(site, Number(process.env.SEARCH_PAGES_PER_PART) || undefined);
	const { parts } = plan;
	const coreFree = plan.processes < availableParallelism();
	let expansions = expansionsWritten && Promise.resolve(expansionsWritten);
	const startExpansions = () => {
		// A small young generation: the pages' parse garbage is collected sooner, and the child, which runs
		// beside Pagefind's largest moments, peaks at 160 instead of 215 MiB in the same time.
		expansions ??= runAside('query-expansions.ts', site, ['--max-semi-space-size=2']).then((stdout) => JSON.parse(stdout) as ExpansionsWritten);
	};
	const enrich = process.env.SEARCH_ENRICHMENT !== '0';
	let positionFiles: Promise<{ files: number; ms: number }> | undefined;
	const startPositionFiles = () => {
		const filesStarted = performance.now();
		positionFiles ??= runAside('position-files.ts', site).then((stdout) => ({ files: Number(stdout), ms: performance.now() - filesStarted }));
	};
	if (coreFree) startPositionFiles();
	const index = buildSearchIndex(site, { plan, onIndexBuilt: enrich && coreFree ? startExpansions : undefined }).then(async (pages) => {
		log(`search index: ${pages} pages in ${parts} part${parts === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms`);
		startPositionFiles();
		if (enrich) startExpansions();
		const rechunkStarted = performance.now();
		const chunks = await rechunkSearchIndex(site);
		log(
			`search index: chunks ${chunks.chunksBefore} → ${chunks.chunksAfter}, largest ${kib(chunks.largestBefore)} → ${kib(chunks.largestAfter)} KiB, ` +
				`${chunks.wholeWordCuts} cuts after a word that begins the next, in ${Math.round(performance.now() - rechunkStarted)} ms`,
		);
	});
	// Whichever fails first is reported; the others are still awaited, so nothing runs on once this returns.
	const [indexed] = await Promise.allSettled([index]);
	const [open, expanded] = await Promise.allSettled([positionFiles ?? Promise.resolve(undefined), expansions ?? Promise.resolve(undefined)]);
	if (indexed.status === 'rejected') throw indexed.reason;
	if (open.status === 'rejected') throw open.reason;
	if (expanded.status === 'rejected') throw expanded.reason;
	if (open.value) log(`open data: ${open.value.files} position files in ${Math.round(open.value.ms)} ms, beside the search index`);
	if (expanded.value) {
		const { stems, shards } = expanded.value;
		log(`query expansions: ${stems} stems in ${shards} files${expansionsWritten ? ', read while Astro wrote the pages' : `, ${Math.round(performance.now() - started)} ms after the search index started`}`);
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

/** How a site's search index is built: its searchable pages (in path order), in how many parts, by how many processes at once. */
export interface SearchIndexPlan {
	files: string[];
	parts: number;
	processes: number;
}

/** The plan for `site` with at most `pagesPerPart` searchable pages per part (ChunkingOptions.pagesPerPart). */
export function planSearchIndex(site: string, pagesPerPart = DEFAULT_CHUNKING.pagesPerPart): SearchIndexPlan {
	const files = globSync(SEARCHABLE_PAGES, { cwd: site }).sort();
	const parts = partCount(files.length, pagesPerPart);
	// More processes than cores would only share them and add their memory together.
	return { files, parts, processes: Math.min(parts, availableParallelism()) };
}

/** Options of buildSearchIndex. */
export interface SearchIndexOptions {
	/** Searchable pages per part of the index at most (ChunkingOptions.pagesPerPart). */
	pagesPerPart?: number;
	/** The plan, when the caller has made it already (planSearchIndex with the same pagesPerPart). */
	plan?: SearchIndexPlan;
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
 * n-th page goes to part n % parts + 1), one Pagefind process per part, as many side by side as there are
 * cores: part k's pages are moved (renamed, not copied) into `site/.osa-k` for its process and moved back
 * once it has read them. At 5,000 positions two processes took 11.3 s where one took 16.0–16.5 s (the pages
 * alone, nothing else running), at the same peak memory (860 + 867 MiB against 1,730 MiB): one process
 * parsed on about 1.5 cores and compressed its files on one. rechunkSearchIndex then gives every part the
 * words of all parts.
 */
export async function buildSearchIndex(dir: string, { pagesPerPart, plan, onIndexBuilt }: SearchIndexOptions = {}): Promise<number> {
	// Absolute: each Pagefind process runs in its own part's folder.
	const site = resolve(dir);
	const { files, parts, processes } = plan ?? planSearchIndex(site, pagesPerPart);
	if (parts === 1) return runPagefind(site, join(site, 'pagefind'), () => onIndexBuilt?.());
	const partSite = (part: number) => join(site, `.${partFolder(part)}`);
	const partOutput = (part: number) => (part === 1 ? join(site, 'pagefind') : join(site, `.${partFolder(part)}-pagefind`));
	const moved = Array.from({ length: parts + 1 }, (): { from: string; to: string }[] => []);
	const restore = (part: number) => {
		for (let next = moved[part].pop(); next; next = moved[part].pop()) renameSync(next.to, next.from);
		rmSync(partSite(part), { recursive: true, force: true });
	};
	try {
		const made = new Set<string>();
		for (const [n, file] of files.entries()) {
			const part = partOfPage(n, parts) + 1;
			const page = dirname(file);
			const to = join(partSite(part), page);
			if (!made.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
			made.add(dirname(to));
			renameSync(join(site, page), to);
			moved[part].push({ from: join(site, page), to });
		}
		let indexed = 0;
		let restoreFailed: unknown;
		const run = (part: number) =>
			runPagefind(partSite(part), partOutput(part), () => {
				try {
					restore(part);
				} catch (error) {
					restoreFailed ??= error;
					return;
				}
				if (++indexed === parts) onIndexBuilt?.();
			});
		const results: PromiseSettledResult<number>[] = [];
		let next = 1;
		const worker = async () => {
			for (let part = next++; part <= parts; part = next++) {
				const [result] = await Promise.allSettled([run(part)]);
				results[part - 1] = result;
			}
		};
		await Promise.all(Array.from({ length: processes }, worker));
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
		for (let part = 1; part <= parts; part++) {
			restore(part);
			if (part > 1) rmSync(partOutput(part), { recursive: true, force: true });
		}
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
