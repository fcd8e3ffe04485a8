/**
 * The query expansions of the Estonian search enrichment (query.ts): for each Pagefind stem of the
 * model's words, the forms of its paradigm's other stems, in one JSON shard per two-letter stem
 * prefix, written by Astro at /otsing/laiendused/<key>.json (src/pages/otsing/laiendused/).
 */
import { ABBREVIATIONS } from './abbreviations.ts';
import type { Analyzer } from './estonian.ts';
import { shardKey, type ExpansionShard } from './query.ts';

/**
 * The words the expansions are made for: the model's words (vocabulary.ts, as the typo corrections
 * have them) and the abbreviations' expansions, which pages carry as terms. The pages' other terms,
 * compound heads, are parts of those words. What Pagefind indexes besides is measured against its
 * real index in tests/site/build-output.test.ts.
 */
export function expansionVocabulary(modelWords: Iterable<string>): string[] {
	const abbreviations = ABBREVIATIONS.flatMap(
		({ abbreviation, expansion }) =>
			`${abbreviation} ${expansion}`.toLocaleLowerCase('et').match(/\p{L}+/gu) ?? [],
	);
	return [...new Set([...modelWords, ...abbreviations])];
}

/**
 * The expansion shards of `vocabulary` by shard key, the vocabulary sorted first: where a paradigm
 * offers two forms for one stem the first one met wins, whatever order the words came in.
 */
export function expansionShards(
	analyzer: Analyzer,
	vocabulary: Iterable<string>,
): Map<string, ExpansionShard> {
	const expansions = analyzer.expansions([...vocabulary].sort());
	return new Map(
		[...Map.groupBy(expansions, ([stem]) => shardKey(stem))].map(([key, entries]) => [
			key,
			Object.fromEntries(entries),
		]),
	);
}
