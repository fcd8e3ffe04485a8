/**
 * Extra search terms for a page: the lemmas of its compounds' later parts (estonian.ts `headTerms`), the
 * compounds it writes with a shared head left out (`suspendedCompounds`: "kõne- ja andmeside") and
 * abbreviations with their expansions (abbreviations.ts). Inflection and gradation are handled at query time
 * (query.ts, with the expansions the build writes beside the index). See README.md.
 */
import { lineAbbreviationTerms } from './abbreviations.ts';
import { createAnalyzer, type Analyzer } from './estonian.ts';

export { createAnalyzer, type Analyzer } from './estonian.ts';
export { abbreviationTerms, findAbbreviations, ABBREVIATIONS } from './abbreviations.ts';

export interface SearchTerms {
	analyzer: Analyzer;
	/** Lower-case, deduplicated extra terms for one page's text, joined by spaces for the index. */
	forPage(text: string): string[];
}

/** Loads the dictionary once (or uses `analyzer`); call forPage for every page. */
export async function createSearchTerms(analyzer?: Analyzer): Promise<SearchTerms> {
	analyzer ??= await createAnalyzer();
	const abbreviationTerms = lineAbbreviationTerms();
	return {
		analyzer,
		forPage(text) {
			// Split once: the three per-line memos then look up the same strings.
			const lines = text.split('\n');
			const abbreviations = abbreviationTerms(lines);
			// The expansions go through the analyser with the page, so "sotsiaalkaitse infosüsteemis" finds a page
			// that only says "SKAIS-i"; their own words are then the page's words and come out of `abbreviations`.
			const terms = analyzer.headTerms([...lines, abbreviations.join(' ')]);
			// "kõne- ja andmesideteenuse": "kõnesideteenus", which no query word can begin otherwise.
			const suspended = analyzer.suspendedCompounds(lines);
			// Two-letter words of the expansions ("ja") are on nearly every page already.
			return [...new Set([...abbreviations, ...terms, ...suspended])].filter(
				(term) => term.length > 2,
			);
		},
	};
}
