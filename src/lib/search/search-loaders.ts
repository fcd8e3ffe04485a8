/**
 * The search page's files, each fetched once: Pagefind and its index parts, the query expansion shards,
 * the sort orders, the relations, the synonym list, the page words and the names (src/pages/otsing/).
 */
import {
	EXPANSIONS_PATH,
	SEARCH_PARTS_PATH,
	SORT_ORDERS_PATH,
	rememberSearches,
	type ExpansionShard,
	type PagefindLike,
	type PagefindResult,
} from './query.ts';
import { SYNONYMS_PATH, VOCABULARY_PATH, synonymKeys, type SynonymMap } from './alternatives.ts';
import { NAMES_PATH, type NamedPage } from './names.ts';
import { RELATIONS_PATH, type RelationsFile } from './answers.ts';

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
export interface PagefindResultData {
	url: string;
	word_count: number;
	excerpt: string;
	/** The page's indexed text (rerank.ts `sentenceCloseness`). */
	content: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
}
export interface PagefindApi extends PagefindLike {
	options(options: Record<string, unknown>): Promise<void>;
	/** Loads the WebAssembly and the index metadata now instead of at the first search. */
	init(): Promise<void>;
	/** Searches the index at `path` too, with the same WebAssembly, and merges its results by score. */
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}
export type Result = Omit<PagefindResult, 'data'> & { data(): Promise<PagefindResultData> };

let pagefindPromise: Promise<PagefindApi | undefined> | undefined;
/** Pagefind's search with the latest searches kept, shared by the search ahead and the search itself. */
let searchesPromise: Promise<PagefindLike | undefined> | undefined;

export function loadSearches(): Promise<PagefindLike | undefined> {
	searchesPromise ??= loadPagefind().then((api) => api && rememberSearches(api));
	return searchesPromise;
}

export function loadPagefind(): Promise<PagefindApi | undefined> {
	pagefindPromise ??= (async () => {
		const path = '/pagefind/pagefind.js';
		// Pagefind's documented ranking: a page's length counts for less than by default (0.75), so a
		// full description whose duties use the query word is not outranked by a short page that only
		// names it (src/lib/search/README.md, ranking table).
		const options = { excerptLength: 26, ranking: { pageLength: 0.6 } };
		try {
			// A large index is in parts (src/lib/search/build/index-build.ts): each is searched
			// and the results merged, so no search can go to part of the pages only.
			const [api, parts] = await Promise.all([
				import(/* @vite-ignore */ path) as Promise<PagefindApi>,
				fetch(SEARCH_PARTS_PATH).then((response) => {
					if (!response.ok) throw new Error(`${response.status} ${response.url}`);
					return response.json() as Promise<string[]>;
				}),
			]);
			await api.options(options);
			await Promise.all(parts.map((part) => api.mergeIndex(part, options)));
			return api;
		} catch {
			return undefined;
		}
	})();
	return pagefindPromise;
}

const shards = new Map<string, Promise<ExpansionShard>>();

/** Query expansions for one two-letter stem prefix, fetched once (an absent file means none). */
export function loadShard(key: string): Promise<ExpansionShard> {
	let shard = shards.get(key);
	if (!shard) {
		shard = fetch(`${EXPANSIONS_PATH}${encodeURIComponent(key)}.json`).then((response) =>
			response.ok ? (response.json() as Promise<ExpansionShard>) : {},
		);
		shards.set(key, shard);
	}
	return shard;
}

const orders = new Map<string, Promise<string[]>>();

/** A sort order (result ids, ascending), fetched the first time someone sorts by it. */
export function loadOrder(name: string): Promise<string[]> {
	let order = orders.get(name);
	if (!order) {
		order = fetch(`${SORT_ORDERS_PATH}${name}.json`).then((response) => {
			if (!response.ok) throw new Error(`${response.status} ${response.url}`);
			return response.json() as Promise<string[]>;
		});
		// A failed fetch is tried again on the next search.
		order.catch(() => orders.delete(name));
		orders.set(name, order);
	}
	return order;
}

let relationsPromise: Promise<RelationsFile> | undefined;

/** The model's relations (answers.ts), fetched at the first relation question. */
export function loadRelations(): Promise<RelationsFile> {
	relationsPromise ??= fetch(RELATIONS_PATH).then((response) => {
		if (!response.ok) throw new Error(`${response.status} ${response.url}`);
		return response.json() as Promise<RelationsFile>;
	});
	// A failed fetch is tried again at the next question.
	relationsPromise.catch(() => (relationsPromise = undefined));
	return relationsPromise;
}

/** A small JSON file fetched once; `fallback` when it cannot be loaded (tried again next time). */
function cachedJson<T>(cache: Map<string, Promise<T>>, path: string, fallback: T): Promise<T> {
	let file = cache.get(path);
	if (!file) {
		file = fetch(path).then((response) => {
			if (!response.ok) throw new Error(`${response.status} ${response.url}`);
			return response.json() as Promise<T>;
		});
		file.catch(() => cache.delete(path));
		cache.set(path, file);
	}
	return file.catch(() => fallback);
}
const synonymFiles = new Map<string, Promise<SynonymMap>>();
const vocabularyFiles = new Map<string, Promise<string[]>>();
/**
 * The entries of the synonym list HR keeps (alternatives.ts) that `query` may hold: the files of its words'
 * first letters, about a twentieth of the list each.
 */
export async function loadSynonyms(query: string): Promise<SynonymMap> {
	const files = await Promise.all(
		synonymKeys(query).map((key) =>
			cachedJson(synonymFiles, `${SYNONYMS_PATH}${encodeURIComponent(key)}.json`, {}),
		),
	);
	return Object.assign({}, ...files) as SynonymMap;
}
/** The page words that start with `key` (a letter), for corrections. */
export const loadVocabulary = (key: string) =>
	cachedJson(vocabularyFiles, `${VOCABULARY_PATH}${encodeURIComponent(key)}.json`, []);

const nameFiles = new Map<string, Promise<NamedPage[]>>();
/** Unit and competency names (names.ts). */
export const loadNames = () => cachedJson(nameFiles, NAMES_PATH, []);
