/**
 * The query expansions of the Estonian search enrichment (src/lib/search), written next to the search
 * index: one JSON file per two-letter stem prefix under EXPANSIONS_PATH.
 *
 * Run as a script (`node query-expansions.ts <site>`), it reads the vocabulary from the written pages
 * and prints what it wrote as JSON. With `--follow` it reads the pages while Astro writes them
 * (scripts/build-site.ts runs it so, on the core Astro leaves free), until its standard input ends.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../lib/search/estonian.ts';
import { EXPANSIONS_PATH, shardKey, type ExpansionShard } from '../lib/search/query.ts';
import { PageVocabularyReader } from './page-vocabulary.ts';

export interface ExpansionsWritten {
	stems: number;
	shards: number;
}

/**
 * Writes the query expansions for a vocabulary. The words are sorted first: where a paradigm offers two
 * forms for one stem, the first one met wins, and the order in which pages or fragments are read depends
 * on the file system.
 */
export async function writeExpansions(site: string, vocabulary: Iterable<string>, analyzer?: Analyzer): Promise<ExpansionsWritten> {
	analyzer ??= await createAnalyzer();
	const expansions = analyzer.expansions([...vocabulary].sort());
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

/** How often, in follow mode, the pages written since are read. */
const FOLLOW_INTERVAL_MS = 500;

if (import.meta.main) {
	const [site, mode] = process.argv.slice(2);
	if (!site || (mode !== undefined && mode !== '--follow')) throw new Error('usage: node query-expansions.ts <site directory> [--follow]');
	// Runs beside what the build waits for (Astro rendering, Pagefind writing its index), which gets the cores first.
	setPriority(10);
	const reader = new PageVocabularyReader(site);
	// Loaded while the pages are read (in follow mode, while Astro writes them).
	const analyzer = createAnalyzer();
	analyzer.catch(() => undefined);
	if (mode === '--follow') {
		// The pages are read as Astro writes them, until standard input ends (Astro has exited); then the rest.
		let astroDone = false;
		const ended = new Promise<void>((resolve) => {
			process.stdin
				.once('end', () => {
					astroDone = true;
					resolve();
				})
				.resume();
		});
		while (!astroDone) {
			reader.sweep();
			await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, FOLLOW_INTERVAL_MS).unref())]);
		}
	}
	reader.sweep(true);
	console.log(JSON.stringify(await writeExpansions(site, reader.words(), await analyzer)));
}
