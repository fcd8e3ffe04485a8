/**
 * Estonian query expansion on top of Pagefind, run in the browser (src/lib/search/search-page.ts) and in the tests.
 *
 * Pagefind stems a query word and finds index words that start with the stem, so "hanked" (stem "hanke")
 * misses a page that says "hangetega" (stem "hange"). The build writes, for every stem of every paradigm in
 * the indexed text, one form for each other stem of the same paradigm (estonian.ts `expansions`), in shards
 * by the stem's first two letters. Here each query word is searched as typed and as those forms; a page
 * matches when it matches every query word in some form (Pagefind's own rule for several words, where a
 * word found nowhere is left out), and ranks by the sum of each word's best score.
 */
import { queryWords, STOP_WORDS, usNounForm, verbForm, withoutStopWords } from './query-words.ts';
import { pagefindStem } from './snowball-estonian.ts';

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<unknown>;
}
export interface PagefindSearchOptions {
	filters?: Record<string, string[]>;
}
export interface PagefindLike {
	search(
		query: string | null,
		options?: PagefindSearchOptions,
	): Promise<{ results: PagefindResult[] } | null>;
}
/** Forms to search besides the word itself, by Pagefind stem. */
export type ExpansionShard = Record<string, string[]>;
export type ShardLoader = (key: string) => Promise<ExpansionShard>;

/** Stems shorter than this are not expanded (their shard would be a prefix of half the language). */
export const MIN_EXPANDED_STEM = 3;
/** Site path of the expansion shards, written by src/lib/search/build/expansions.ts. */
export const EXPANSIONS_PATH = '/otsing/laiendused/';
/**
 * Site path of the sort orders, `<name>.json`: Pagefind result ids in ascending order of the pages' sort keys,
 * written by src/lib/search/build/rechunk.ts so that a search that does not sort never loads them.
 */
export const SORT_ORDERS_PATH = '/otsing/jarjestus/';

/**
 * The `data-pagefind-filter` value by which a page gives its sort key `key` for the order `name` (keys sort as
 * text: fixed-width numbers, ISO dates). A filter rather than `data-pagefind-sort`: the index is built in parts
 * by separate Pagefind processes, and their sort orders hold no keys to merge them by, where a filter file
 * holds each key with its pages. index-chunks.ts takes these filters out of the index.
 */
export const sortKeyFilter = (name: 'pealkiri' | 'muudetud', key: string): string =>
	`jarjestus-${name}:${key}`;
/**
 * Site path of the list of further parts of the search index (`["/pagefind/osa-2/", …]`, empty for one part),
 * which the search page merges into Pagefind's own (src/lib/search/build/rechunk.ts).
 */
export const SEARCH_PARTS_PATH = '/otsing/indeksi-osad.json';
/** Shard file name (without .json) for a stem. */
export const shardKey = (stem: string): string => stem.slice(0, 2);

/**
 * `pagefind` with its latest searches kept by query and filters: a search the page started while the user was
 * still typing (src/lib/search/search-page.ts) is the same promise when they press Enter, not a second search.
 */
export function rememberSearches(pagefind: PagefindLike, capacity = 16): PagefindLike {
	const remembered = new Map<string, ReturnType<PagefindLike['search']>>();
	return {
		search(query, options = {}) {
			const key = JSON.stringify([query, options.filters ?? {}]);
			const search = remembered.get(key) ?? pagefind.search(query, options);
			if (!remembered.delete(key)) {
				// A failed search is run again next time.
				search.catch(() => {
					if (remembered.get(key) === search) remembered.delete(key);
				});
			}
			// Most recently used last, so the oldest goes first.
			remembered.set(key, search);
			if (remembered.size > capacity) remembered.delete(remembered.keys().next().value!);
			return search;
		},
	};
}

/**
 * Letters the last word of a half-typed query needs before the page searches ahead: a shorter prefix is in
 * too many words to say which index chunk the finished word will need.
 */
export const AHEAD_MIN_LETTERS = 4;

/**
 * What to search while the user is still typing `typed`, or undefined when it is not worth a search: the
 * query without its stop words, once its last word has AHEAD_MIN_LETTERS letters. Only stop words ("ning")
 * search nothing, as their index chunks are the largest (STOP_WORDS).
 */
export function aheadQuery(typed: string): string | undefined {
	const query = withoutStopWords(typed.trim());
	const words = queryWords(query);
	if (words.length === 0 || words.every((word) => STOP_WORDS.has(word))) return undefined;
	const last = query.match(/[\p{L}\p{N}]+$/u)?.[0] ?? '';
	return last.length >= AHEAD_MIN_LETTERS ? query : undefined;
}

async function alternativesFor(word: string, loadShard: ShardLoader): Promise<string[]> {
	const stem = pagefindStem(word);
	if (stem.length < MIN_EXPANDED_STEM || /^\p{N}+$/u.test(stem)) return [];
	const made = [verbForm(word), usNounForm(word)].filter((form) => form !== undefined);
	try {
		const shard = await loadShard(shardKey(stem));
		const own = shard[stem] ?? [];
		// A form whose stem is shorter than the word's ("lähetuse" → "lähetus", _lahe_) also finds other words
		// ("lahendus"): its stem's own forms that say more ("lähetuste", _lahetus_) are searched beside it, so
		// that it ranks as the weak term it is.
		const longer = own.flatMap((form) => {
			const formStem = pagefindStem(form);
			if (formStem.length >= stem.length || shardKey(formStem) !== shardKey(stem)) return [];
			return (shard[formStem] ?? []).filter(
				(other) => pagefindStem(other).length > formStem.length,
			);
		});
		return [...new Set([...own, ...longer, ...made])];
	} catch {
		// Without the shard the word is still searched as typed (and as its verb and -us noun).
		return made;
	}
}

/**
 * Whether the index holds a word that a query word's stem begins (the search page asks its page words,
 * text-search.ts). Pagefind searches a word it does not find again shortened ("juhiluba" as "juhi"), so
 * such a word's own results are other words' pages.
 */
export type IndexedCheck = (word: string) => Promise<boolean>;

/**
 * Results for the `typed` query (without its stop words), best first. Each result is one of Pagefind's own, so
 * `data()` loads its fragment; a page that Pagefind finds for the whole query as typed keeps that result,
 * whose excerpt marks every query word.
 *
 * A word's terms whose stem begins another of its terms' stems ("lähetus", stem _lahe_, beside "lähetustel",
 * _lahetus_) also find unrelated words ("lahendus"): a page found for a word only through such a term ranks
 * after the pages found through the others. With `isIndexed`, a word the index does not hold is searched
 * only in its other forms, and forms it does not hold are not searched.
 */
export async function expandedSearch(
	pagefind: PagefindLike,
	typed: string,
	options: PagefindSearchOptions,
	loadShard: ShardLoader,
	isIndexed?: IndexedCheck,
): Promise<PagefindResult[]> {
	const query = withoutStopWords(typed);
	const words = queryWords(query);
	// Each term once: a one-word query is its own first per-word search.
	const searches = new Map<string, Promise<PagefindResult[]>>();
	const search = (term: string) => {
		const key = queryWords(term).join(' ');
		let found = searches.get(key);
		if (!found)
			searches.set(
				key,
				(found = pagefind.search(term, options).then((result) => result?.results ?? [])),
			);
		return found;
	};
	// Started at once (the search ahead has usually run it already); left out below if a word is not held.
	const typedSearch = search(query);
	// A form the index does not hold would be searched shortened by Pagefind, finding other words.
	const alternatives = await Promise.all(
		words.map(async (word) => {
			const forms = await alternativesFor(word, loadShard);
			if (!isIndexed) return forms;
			const held = await Promise.all(forms.map(isIndexed));
			return forms.filter((_, index) => held[index]);
		}),
	);
	// A word with other forms that the index does not hold is searched in those forms only.
	const unheld = await Promise.all(
		words.map(async (word, index) =>
			isIndexed && alternatives[index].length > 0 ? !(await isIndexed(word)) : false,
		),
	);
	const primaryResults = unheld.some(Boolean) ? [] : await typedSearch;
	if (alternatives.every((list) => list.length === 0)) return primaryResults;

	/** Per query word: the best result of each page over the word and its forms, and whether only a weak term found it. */
	const perWord = await Promise.all(
		words.map(async (word, index) => {
			const terms = unheld[index] ? alternatives[index] : [word, ...alternatives[index]];
			const stems = terms.map(pagefindStem);
			const weak = stems.map((stem) =>
				stems.some((other) => other !== stem && other.startsWith(stem)),
			);
			const best = new Map<string, { result: PagefindResult; weak: boolean }>();
			const lists = await Promise.all(terms.map(search));
			lists.forEach((results, term) => {
				for (const result of results) {
					const known = best.get(result.id);
					if (
						!known ||
						(known.weak && !weak[term]) ||
						(known.weak === weak[term] && result.score > known.result.score)
					)
						best.set(result.id, { result, weak: weak[term] });
				}
			});
			return best;
		}),
	);
	const found = perWord.filter((best) => best.size > 0);
	if (found.length === 0) return primaryResults;

	const byId = new Map<string, { result: PagefindResult; score: number; weak: number }>();
	for (const [id] of found[0]) {
		if (!found.every((best) => best.has(id))) continue;
		let score = 0;
		let weak = 0;
		let top: PagefindResult | undefined;
		for (const best of found) {
			const { result, weak: onlyWeak } = best.get(id)!;
			score += result.score;
			if (onlyWeak) weak += 1;
			if (!top || result.score > top.score) top = result;
		}
		byId.set(id, { result: top!, score, weak });
	}
	for (const result of primaryResults) {
		const known = byId.get(result.id);
		byId.set(result.id, {
			result,
			score: Math.max(known?.score ?? 0, result.score),
			weak: known?.weak ?? 0,
		});
	}

	return [...byId.values()]
		.sort((a, b) => a.weak - b.weak || b.score - a.score)
		.map((entry) => entry.result);
}

/**
 * The query as a Pagefind phrase ("ekspert ohvriabi" in quotes), or undefined when that says nothing more: one
 * word, a phrase already, or a stop word in it (a phrase keeps its stop words, and their index chunks are the
 * largest, STOP_WORDS).
 */
export function phraseQuery(typed: string): string | undefined {
	if (typed.includes('"')) return undefined;
	const words = queryWords(typed);
	if (words.length < 2 || words.some((word) => STOP_WORDS.has(word))) return undefined;
	return `"${words.join(' ')}"`;
}
