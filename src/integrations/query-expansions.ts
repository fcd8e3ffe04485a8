/**
 * The query expansions of the Estonian search enrichment (src/lib/search), written next to the search
 * index: one JSON file per two-letter stem prefix under EXPANSIONS_PATH.
 *
 * Run as a script (`node query-expansions.ts <site>`), it reads the vocabulary from the written pages
 * and prints what it wrote as JSON: finishSite runs it so while the Pagefind binary writes its index,
 * which keeps only about one of the two cores busy.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer } from '../lib/search/estonian.ts';
import { EXPANSIONS_PATH, shardKey, type ExpansionShard } from '../lib/search/query.ts';
import { pageVocabulary } from './page-vocabulary.ts';

export interface ExpansionsWritten {
	stems: number;
	shards: number;
}

/**
 * Writes the query expansions for a vocabulary. The words are sorted first: where a paradigm offers two
 * forms for one stem, the first one met wins, and the order in which pages or fragments are read depends
 * on the file system.
 */
export async function writeExpansions(site: string, vocabulary: Iterable<string>): Promise<ExpansionsWritten> {
	const analyzer = await createAnalyzer();
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

if (import.meta.main) {
	const site = process.argv[2];
	if (!site) throw new Error('usage: node query-expansions.ts <site directory>');
	// Runs while Pagefind writes its index, which is what the build waits for: Pagefind gets the cores first.
	setPriority(10);
	console.log(JSON.stringify(await writeExpansions(site, pageVocabulary(site))));
}
