/**
 * Extra search terms for a page: Estonian lemmas, compound parts and the inflected forms Pagefind needs
 * (estonian.ts), and abbreviations with their expansions (abbreviations.ts). See README.md for how the build
 * adds them to a page.
 */
import { abbreviationTerms } from './abbreviations.ts';
import { createAnalyzer, type Analyzer } from './estonian.ts';

export { createAnalyzer, type Analyzer } from './estonian.ts';
export { abbreviationTerms, findAbbreviations, ABBREVIATIONS } from './abbreviations.ts';

export interface SearchTerms {
	analyzer: Analyzer;
	/** Lower-case, deduplicated extra terms for one page's text, joined by spaces for the index. */
	forPage(text: string): string[];
}

/** Loads the dictionary once; call forPage for every page. */
export async function createSearchTerms(): Promise<SearchTerms> {
	const analyzer = await createAnalyzer();
	return {
		analyzer,
		forPage(text) {
			const abbreviations = abbreviationTerms(text);
			// The expansions go through the analyser with the page, so "sotsiaalkaitse infosüsteemis" finds a page
			// that only says "SKAIS-i"; their own words are then the page's words and come out of `abbreviations`.
			const terms = analyzer.terms(`${text}\n${abbreviations.join(' ')}`);
			return [...new Set([...abbreviations, ...terms])];
		},
	};
}
