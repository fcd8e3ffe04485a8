/**
 * The query expansions of the Estonian search enrichment (src/lib/search), written next to the
 * search index: one JSON file per two-letter stem prefix under EXPANSIONS_PATH.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../estonian.ts';
import { EXPANSIONS_PATH, shardKey, type ExpansionShard } from '../query.ts';

export interface ExpansionsWritten {
	stems: number;
	shards: number;
}

/**
 * Writes the query expansions for a vocabulary. The words are sorted first: where a paradigm offers
 * two forms for one stem, the first one met wins, and the order in which pages or fragments are
 * read depends on the file system.
 */
export async function writeExpansions(
	site: string,
	vocabulary: Iterable<string>,
	analyzer?: Analyzer,
): Promise<ExpansionsWritten> {
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
	for (const [key, shard] of shards)
		writeFileSync(join(dir, `${key}.json`), JSON.stringify(shard));
	return { stems: expansions.size, shards: shards.size };
}
