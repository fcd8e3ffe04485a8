/**
 * The query expansions of the Estonian search enrichment, written beside the search index: one JSON
 * file per two-letter stem prefix under EXPANSIONS_PATH, made from the words of the model's text.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ABBREVIATIONS } from '../abbreviations.ts';
import { ALL_VOCABULARY, VOCABULARY_PATH, type VocabularyShard } from '../alternatives.ts';
import { createAnalyzer } from '../estonian.ts';
import { EXPANSIONS_PATH, shardKey, type ExpansionShard } from '../query.ts';

/**
 * The words the expansions are made for: the model's words as Astro wrote them for the typo
 * corrections (`/otsing/sonavara/koik.json`, vocabulary.ts) and the abbreviations' expansions, which
 * pages carry as terms. The pages' other terms, compound heads, are parts of those words. What
 * Pagefind indexes besides is measured against its real index in tests/site/build-output.test.ts.
 */
export function modelVocabulary(site: string): string[] {
	const file = join(site, VOCABULARY_PATH, `${ALL_VOCABULARY}.json`);
	const words = JSON.parse(readFileSync(file, 'utf8')) as VocabularyShard;
	const abbreviations = ABBREVIATIONS.flatMap(
		({ abbreviation, expansion }) =>
			`${abbreviation} ${expansion}`.toLocaleLowerCase('et').match(/\p{L}+/gu) ?? [],
	);
	return [...new Set([...words, ...abbreviations])];
}

/**
 * Writes the query expansions of `vocabulary`, sorted first: where a paradigm offers two forms for
 * one stem the first one met wins, and the vocabulary is in order of frequency.
 */
export async function writeExpansions(site: string, vocabulary: Iterable<string>) {
	const expansions = (await createAnalyzer()).expansions([...vocabulary].sort());
	const shards = Map.groupBy(expansions, ([stem]) => shardKey(stem));
	const dir = join(site, EXPANSIONS_PATH);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const [key, entries] of shards) {
		const shard: ExpansionShard = Object.fromEntries(entries);
		writeFileSync(join(dir, `${key}.json`), JSON.stringify(shard));
	}
	return { stems: expansions.size, shards: shards.size };
}
