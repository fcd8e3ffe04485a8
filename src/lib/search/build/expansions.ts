/**
 * The query expansions of the Estonian search enrichment (src/lib/search), written next to the
 * search index: one JSON file per two-letter stem prefix under EXPANSIONS_PATH, made from the words
 * of the model's text rather than from the written pages.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ABBREVIATIONS } from '../abbreviations.ts';
import { ALL_VOCABULARY, VOCABULARY_PATH, type VocabularyShard } from '../alternatives.ts';
import { createAnalyzer, type Analyzer } from '../estonian.ts';
import { EXPANSIONS_PATH, shardKey, type ExpansionShard } from '../query.ts';

export interface ExpansionsWritten {
	stems: number;
	shards: number;
}

/**
 * The words the expansions are made for: every word of the model's text, as Astro wrote them from
 * the model for the typo corrections (`/otsing/sonavara/koik.json`, src/lib/search/vocabulary.ts),
 * and the abbreviations' expansions, which pages carry as terms (index.ts). The pages' other terms,
 * compound heads, are parts of those words, whose paradigms `expansions()` covers already. What
 * Pagefind indexes besides (the templates' labels, numbers, words of one or two letters) is
 * measured against its real index in tests/site/static.test.ts.
 */
export function modelVocabulary(site: string): string[] {
	const file = join(site, VOCABULARY_PATH, `${ALL_VOCABULARY}.json`);
	const words = JSON.parse(readFileSync(file, 'utf8')) as VocabularyShard;
	const abbreviations = ABBREVIATIONS.map(({ abbreviation, expansion }) =>
		`${abbreviation} ${expansion}`.toLocaleLowerCase('et'),
	).flatMap((text) => text.match(/\p{L}+/gu) ?? []);
	return [...new Set([...words, ...abbreviations])];
}

/**
 * Writes the query expansions for a vocabulary. The words are sorted first: where a paradigm offers
 * two forms for one stem, the first one met wins, and the order of the vocabulary is by frequency.
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
