/**
 * A query's words before the search: the words Pagefind reads, the stop words left out, hyphenated case
 * endings dropped, and an action noun's verb. Runs in the browser (search-page.ts) and in the tests.
 */

/** The words of a query as Pagefind reads them: letters and digits, lower-cased. */
export function queryWords(query: string): string[] {
	return [...new Set(query.toLocaleLowerCase('et').match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/**
 * Words on nearly every page that narrow nothing down. At 5,000 positions "ja" alone is a 240 KiB index
 * chunk that a query containing it would load; Pagefind would also drop every page without it.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	'ja',
	'ning',
	'ega',
	'või',
	'ka',
	'on',
	'ei',
	'et',
	'kui',
	'aga',
	'vaid',
	'ehk',
	'see',
	'mis',
	'kes',
]);

/**
 * `query` without the case endings written after a hyphen ("PPA-le", "SKAIS-is", "STAR-iga"): people
 * hyphenate the ending of an abbreviation, which is then a word of its own that Pagefind searches as a
 * prefix ("le"), and the abbreviation is no longer the listed word the synonyms and expansions know. Only
 * case endings, and the adjective "-alane" in any case ("IT-alane haridus", "IT-alased teadmised": about IT):
 * "X-tee" and "kvaliteet-ja" keep theirs.
 */
export function withoutHyphenEndings(query: string): string {
	return query.replace(HYPHEN_ENDING, '$1');
}
const HYPHEN_ENDING =
	/([\p{L}\p{N}])-(?:i|id|is|ist|isse|il|ilt|ile|iga|ina|ita|ks|le|l|lt|ga|st|s|sse|ni|na|ta|d|de|t|ala(?:ne|s(?:e|ed|t|te|i|el|elt|ele|eks|es|est|esse|ega)))(?![\p{L}\p{N}-])/gu;

/**
 * `query` without its stop words, unless it has nothing else or is a quoted phrase (Pagefind matches
 * those word for word).
 */
export function withoutStopWords(typed: string): string {
	// A query pasted from a PDF or typed on macOS may be decomposed (NFD); the index holds NFC text.
	const query = typed.normalize('NFC');
	if (query.includes('"')) return query;
	const kept = query.split(/\s+/).filter((token) => {
		const words = queryWords(token);
		return words.length !== 1 || !STOP_WORDS.has(words[0]);
	});
	return kept.some((token) => queryWords(token).length > 0) ? kept.join(' ').trim() : query;
}

/** An action noun in -mine (any case) on a verb stem ending in a vowel: "koostamine", "märkamisel". */
const ACTION_NOUN = /^(\p{L}{3,}[aeiouõäöü])mi(?:ne|s\p{L}{0,4})$/u;

/**
 * The verb's third person for an action noun ("koostamine" → "koostab"): Pagefind stems "koostamine" to
 * _koostamise_, so the verb's forms on a page ("koostab", "koostada", "koostatud", _koosta_) are found only
 * through its stem, which begins the noun's own and so ranks as a weak term (`expandedSearch`).
 */
export function verbForm(word: string): string | undefined {
	const stem = ACTION_NOUN.exec(word.toLocaleLowerCase('et'))?.[1];
	return stem && `${stem}b`;
}

/**
 * The noun in -us that names the same act, for an action noun on a verb stem in -a ("üldistamine" →
 * "üldistus", "haldamisel" → "haldus", "koolitamine" → "koolitus"): pages name duties and competencies by
 * it ("Analüüsi- ja üldistusvõime", "koolituste korraldamine"). Stems in other vowels form no such noun.
 */
export function usNounForm(word: string): string | undefined {
	const stem = ACTION_NOUN.exec(word.toLocaleLowerCase('et'))?.[1];
	return stem?.endsWith('a') ? `${stem.slice(0, -1)}us` : undefined;
}
