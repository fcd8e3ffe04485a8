/**
 * Several searches' results as one list (text-search.ts): the query's forms and synonyms merged by best score,
 * and a partial match's words by how many of them a page has.
 */
import type { PagefindResult } from './query.ts';

/** Results of several searches as one list: each page once, with its best score, best first. */
export function mergeResults<T extends PagefindResult>(lists: readonly (readonly T[])[]): T[] {
	const best = new Map<string, T>();
	for (const list of lists)
		for (const result of list) {
			const known = best.get(result.id);
			if (!known || result.score > known.score) best.set(result.id, result);
		}
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Results of searching each query word alone, for a query of several words that finds no page with all of
 * them: pages with more of the words first; of those with as many, the pages with more words that are not
 * `weak` (the indexes in `perWord` of words that say what is done, such as an action noun: "testloo
 * kirjutamine" asks for the page with test cases before the one that says "ettekirjutus"); then by the sum of
 * their scores. Weak words count fully in the first rule: that one word says less is no reason to rank a page
 * with fewer words first ("uute ideede genereerimine").
 */
export function anyWordResults<T extends PagefindResult>(
	perWord: readonly (readonly T[])[],
	weak: ReadonlySet<number> = new Set(),
): T[] {
	const pages = new Map<string, { result: T; words: number; strong: number; score: number }>();
	for (const [i, results] of perWord.entries()) {
		const seen = new Set<string>();
		const strong = weak.has(i) ? 0 : 1;
		for (const result of results) {
			if (seen.has(result.id)) continue;
			seen.add(result.id);
			const page = pages.get(result.id);
			if (page) {
				page.words += 1;
				page.strong += strong;
				page.score += result.score;
				if (result.score > page.result.score) page.result = result;
			} else pages.set(result.id, { result, words: 1, strong, score: result.score });
		}
	}
	return [...pages.values()]
		.sort((a, b) => b.words - a.words || b.strong - a.strong || b.score - a.score)
		.map((page) => page.result);
}
