import {
	EXPANSIONS_PATH,
	SEARCH_PARTS_PATH,
	SORT_ORDERS_PATH,
	aheadQuery,
	expandedSearch,
	queryWords,
	shardKey,
	withoutStopWords,
	rememberSearches,
	sortResults,
	type ExpansionShard,
	type PagefindLike,
	type PagefindResult,
} from './query.ts';
import { pagefindStem } from './snowball-estonian.ts';
import { excerptParts, withoutRepeatedHeading, type ExcerptPart } from './excerpt.ts';
import {
	isPageWord,
	ALL_VOCABULARY,
	SYNONYMS_PATH,
	VOCABULARY_PATH,
	anyWordResults,
	compoundsWith,
	corrections,
	splitCompound,
	mergeResults,
	synonymQueries,
	vocabularyKey,
	type SynonymMap,
} from './alternatives.ts';
import { RERANK_WINDOW, rerank } from './rerank.ts';
import { NAMES_PATH, namedKind, namedPages, type NamedPage } from './names.ts';
import {
	RELATIONS_PATH,
	answerLead,
	answerQuestion,
	parseQuestion,
	withoutQuestionWords,
	type Answer,
	type RelationsFile,
} from './answers.ts';

/**
 * Search page behaviour: runs the query, filters and sort order from the URL against the Pagefind
 * index and renders results in Estonian. Loaded only on /otsing/, so content pages carry no search code.
 * The form works as a plain GET form too; with JavaScript, changing a filter re-runs the search in place.
 */
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResultData {
	url: string;
	word_count: number;
	excerpt: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
}
interface PagefindApi extends PagefindLike {
	options(options: Record<string, unknown>): Promise<void>;
	/** Loads the WebAssembly and the index metadata now instead of at the first search. */
	init(): Promise<void>;
	/** Searches the index at `path` too, with the same WebAssembly, and merges its results by score. */
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
}
type Result = Omit<PagefindResult, 'data'> & { data(): Promise<PagefindResultData> };

/**
 * Results shown at once, as Pagefind's own UI does: each loads a fragment of about 3 KiB (the page's
 * indexed text, for the excerpt), which is a third of a further query's bytes at 5,000 positions
 * (README "Scale"), so more come only on request.
 */
const PAGE_SIZE = 5;
/** The form's sort choices: which order file, and newest first for dates. */
const SORTS: Record<string, { order: string; descending: boolean }> = {
	pealkiri: { order: 'pealkiri', descending: false },
	muudetud: { order: 'muudetud', descending: true },
};

let pagefindPromise: Promise<PagefindApi | undefined> | undefined;
/** Pagefind's search with the latest searches kept, shared by the search ahead and the search itself. */
let searchesPromise: Promise<PagefindLike | undefined> | undefined;

function loadSearches(): Promise<PagefindLike | undefined> {
	searchesPromise ??= loadPagefind().then((api) => api && rememberSearches(api));
	return searchesPromise;
}

function loadPagefind(): Promise<PagefindApi | undefined> {
	pagefindPromise ??= (async () => {
		const path = '/pagefind/pagefind.js';
		const options = { excerptLength: 26 };
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

/** A filter checkbox's value, as Pagefind takes it. */
const filterOf = (checkbox: HTMLInputElement) => ({ [checkbox.name]: [checkbox.value] });

const valuePages = new Map<HTMLInputElement, Promise<Set<string>>>();

/**
 * The pages (result ids) of a filter checkbox's value, from one filter-only search, fetched once: the counts
 * beside the checkboxes are counted over the results shown (`showCounts`). Pagefind's own counts (a search's
 * `filters`) describe one search, and the page merges several (a word's forms, synonyms), whose counts do not
 * add up. Fetched only for the filter groups a user opens: at 5,000 positions there are hundreds of values,
 * and searching them all with the first search took it from about 200 to 310 KiB and 1.7 s.
 */
function pagesOf(checkbox: HTMLInputElement): Promise<Set<string>> {
	let pages = valuePages.get(checkbox);
	if (!pages) {
		pages = loadPagefind().then(async (api) => {
			if (!api) throw new Error('no search index');
			const found = await api.search(null, { filters: filterOf(checkbox) });
			return new Set(found?.results.map((result) => result.id));
		});
		valuePages.set(checkbox, pages);
		// A failed load is tried again next time.
		pages.catch(() => valuePages.delete(checkbox));
	}
	return pages;
}

/**
 * Each checkbox's count in the open filter groups: how many of the results shown have its value (as many as
 * checking it would show, since Pagefind requires every filter checked), or without `found` the whole site's
 * count the page was built with. A value no result has is dimmed but stays selectable, so that it can be
 * unchecked. Closed groups keep what they showed and are counted when opened.
 */
async function showCounts(
	checkboxes: readonly HTMLInputElement[],
	found?: readonly { id: string }[],
	isCurrent: () => boolean = () => true,
): Promise<void> {
	const open = checkboxes.filter((checkbox) => checkbox.closest('details')?.open !== false);
	const counts = await Promise.all(
		open.map(async (checkbox) => {
			const option = checkbox.closest('.option');
			const count = option?.querySelector<HTMLElement>('.count');
			if (!found || !count) return Number(count?.dataset.siteCount);
			const pages = await pagesOf(checkbox).catch(() => undefined);
			return pages
				? found.filter((result) => pages.has(result.id)).length
				: Number(count.dataset.siteCount);
		}),
	);
	if (!isCurrent()) return;
	open.forEach((checkbox, i) => {
		const option = checkbox.closest('.option');
		const count = option?.querySelector<HTMLElement>('.count');
		if (!option || !count) return;
		count.textContent = `(${formatNumber(counts[i])})`;
		option.classList.toggle('empty', counts[i] === 0);
	});
}

const shards = new Map<string, Promise<ExpansionShard>>();

/** Query expansions for one two-letter stem prefix, fetched once (an absent file means none). */
function loadShard(key: string): Promise<ExpansionShard> {
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
function loadOrder(name: string): Promise<string[]> {
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
function loadRelations(): Promise<RelationsFile> {
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
/** The synonym list HR keeps (alternatives.ts). */
const loadSynonyms = () => cachedJson(synonymFiles, SYNONYMS_PATH, {});
/** The page words that start with `key` (a letter), for corrections. */
const loadVocabulary = (key: string) =>
	cachedJson(vocabularyFiles, `${VOCABULARY_PATH}${encodeURIComponent(key)}.json`, []);

const nameFiles = new Map<string, Promise<NamedPage[]>>();
/** Unit and competency names (names.ts). */
const loadNames = () => cachedJson(nameFiles, NAMES_PATH, []);

/** The pages the query names, above the results: "Täpne vaste: Üksus Järelevalve talitus". */
function renderNamed(box: HTMLElement, pages: readonly NamedPage[]): void {
	if (pages.length === 0) {
		box.replaceChildren();
		box.hidden = true;
		return;
	}
	const list = element('ul', 'plain-list');
	for (const page of pages) {
		const item = element('li', undefined, `${namedKind(page)} `);
		const link = element('a', undefined, page.n);
		link.href = page.u;
		item.append(link);
		list.append(item);
	}
	box.replaceChildren(element('h2', undefined, 'Täpne vaste'), list);
	box.hidden = false;
}

/** The query parameter that turns typo correction off ("search for what I typed"). */
const EXACT_PARAM = 'tapselt';

/** A search link for the notice and the suggestions: the query, and the filters of the form. */
function searchLink(
	query: string,
	filters: Record<string, string[]>,
	exact: boolean,
): HTMLAnchorElement {
	const params = new URLSearchParams({ q: query });
	for (const [key, values] of Object.entries(filters))
		for (const value of values) params.append(key, value);
	if (exact) params.set(EXACT_PARAM, '1');
	const link = element('a', undefined, `„${query}”`);
	link.href = `/otsing/?${params}`;
	return link;
}

/** The answer box's content: what is answered, then a link to each position that answers it. */
function renderAnswer(box: HTMLElement, answer: Answer | undefined): void {
	if (!answer) {
		box.replaceChildren();
		box.hidden = true;
		return;
	}
	const list = element('ul', 'plain-list');
	for (const position of answer.positions) {
		const link = element('a', undefined, position.title);
		link.href = `/ametikohad/${position.id}/`;
		const item = element('li');
		item.append(link);
		list.append(item);
	}
	box.replaceChildren(
		element('h2', undefined, 'Vastus'),
		element('p', undefined, answerLead(answer)),
		list,
	);
	box.hidden = false;
}

/** As lib/format.ts formatNumber writes counts on the pages: "5000", "12 345". */
const formatNumber = (n: number) => n.toLocaleString('et');

function statusText(total: number, query: string, filtered: boolean): string {
	const subject =
		query === ''
			? 'valitud filtritega'
			: `päringule „${query}”${filtered ? ' valitud filtritega' : ''}`;
	if (total === 0)
		return `Ei leitud ühtegi tulemust ${subject}. Proovi teist sõna, lühemat päringut või vähem filtreid.`;
	const shown = total > PAGE_SIZE ? ` Näitan esimest ${PAGE_SIZE}.` : '';
	return `${total === 1 ? 'Leiti 1 tulemus' : `Leiti ${formatNumber(total)} tulemust`} ${subject}.${shown}`;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Escaped page text as text: a textarea decodes entities without parsing markup and keeps spaces. */
function decodeHtml(html: string): string {
	const decoder = element('textarea');
	decoder.innerHTML = html;
	return decoder.value;
}

/** Text with Pagefind's marks around matches, and no other markup. */
function partsNode(parts: readonly ExcerptPart[]): HTMLSpanElement {
	const span = element('span');
	for (const { text, marked } of parts)
		span.append(marked ? element('mark', undefined, text) : document.createTextNode(text));
	return span;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = element('li');
	const heading = element('h2');
	const link = element('a', undefined, data.meta.title ?? data.url);
	link.href = data.url;
	heading.append(link);
	item.append(heading);
	const meta = [data.meta.type, data.meta.unit].filter(Boolean).join(' · ');
	if (meta) item.append(element('p', 'meta muted', meta));
	const subs = data.sub_results
		.filter((sub) => sub.url !== data.url && sub.url.includes('#'))
		.slice(0, 3);
	if (subs.length > 0) {
		const list = element('ul', 'sub');
		list.setAttribute('aria-label', 'Vasted lehel');
		for (const sub of subs) {
			const li = element('li');
			// A duty's heading is the duty's sentence, and the excerpt starts with it: show it once.
			const { heading, rest } = withoutRepeatedHeading(
				sub.title,
				excerptParts(sub.excerpt, decodeHtml),
			);
			const a = element('a');
			a.append(heading ? partsNode(heading) : sub.title);
			a.href = sub.url;
			li.append(a);
			if (rest.length > 0) {
				const excerpt = element('p');
				excerpt.append(partsNode(rest));
				li.append(excerpt);
			}
			list.append(li);
		}
		item.append(list);
	} else {
		const excerpt = element('p');
		excerpt.append(partsNode(excerptParts(data.excerpt, decodeHtml)));
		item.append(excerpt);
	}
	return item;
}

/** The form's text fields; the search form has no file inputs. */
function textEntries(form: HTMLFormElement): [string, string][] {
	return [...new FormData(form).entries()].flatMap(([key, value]) =>
		typeof value === 'string' ? [[key, value] as [string, string]] : [],
	);
}

function readForm(form: HTMLFormElement) {
	const entries = textEntries(form);
	const field = (name: string) => entries.find(([key]) => key === name)?.[1] ?? '';
	const query = field('q').trim().normalize('NFC');
	const sort = field('jarjestus');
	const filters: Record<string, string[]> = {};
	for (const [key, value] of entries) {
		if (key === 'q' || key === 'jarjestus' || key === EXACT_PARAM) continue;
		(filters[key] ??= []).push(value);
	}
	return { query, sort, filters };
}

export async function runSearchPage(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	const input = document.querySelector<HTMLInputElement>('#search-input');
	const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
	const status = document.querySelector<HTMLElement>('#search-status');
	const results = document.querySelector<HTMLOListElement>('#search-results');
	const answerBox = document.querySelector<HTMLElement>('#search-answer');
	const notice = document.querySelector<HTMLElement>('#search-notice');
	const namedBox = document.querySelector<HTMLElement>('#search-named');
	if (!form || !input || !sortSelect || !status || !results || !answerBox || !notice || !namedBox)
		return;

	// Restore the form from the URL (the form submits with GET, so the URL is the state).
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	// Set by the notice's "search for what I typed" link; typing a new query searches with corrections again.
	let exact = params.get(EXACT_PARAM) === '1';
	sortSelect.value = params.get('jarjestus') ?? '';
	const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
	for (const checkbox of checkboxes) {
		checkbox.checked = params.getAll(checkbox.name).includes(checkbox.value);
		if (checkbox.checked) checkbox.closest('details')?.setAttribute('open', '');
	}

	let generation = 0;
	/** The results shown, which an opened filter group counts its values over (showCounts). */
	let shown: readonly { id: string }[] | undefined;
	for (const details of form.querySelectorAll('details')) {
		details.addEventListener('toggle', () => {
			const current = generation;
			if (details.open) void showCounts(checkboxes, shown, () => current === generation);
		});
	}
	/** Text typed that the search ahead has not taken yet (below). */
	let typed: string | undefined;
	const run = async () => {
		const current = ++generation;
		const { query, sort, filters } = readForm(form);
		const filtered = Object.keys(filters).length > 0;
		if (query === '' && !filtered) {
			results.replaceChildren();
			renderAnswer(answerBox, undefined);
			renderNamed(namedBox, []);
			notice.replaceChildren();
			more.remove();
			status.textContent = '';
			shown = undefined;
			void showCounts(checkboxes);
			return;
		}
		status.textContent = 'Otsin…';
		const started = performance.now();
		const pagefind = await loadSearches();
		if (!pagefind) {
			status.textContent =
				'Otsinguindeks ei ole kättesaadav. Sirvi ametikohti üksuste kaupa.';
			return;
		}
		const options = { filters };
		const sortBy = SORTS[sort];
		// A relation question is answered from the model; its text search is for what it asks about.
		const question = parseQuestion(query);
		const textQuery = question ? question.subject : withoutQuestionWords(query);
		/** The text search: the query, and the query with each listed word replaced by its meanings. */
		const searchText = async (text: string) => {
			const alternatives = synonymQueries(text, await loadSynonyms());
			const lists = await Promise.all(
				[text, ...alternatives].map((each) =>
					expandedSearch(pagefind, each, options, loadShard),
				),
			);
			return lists.length === 1 ? lists[0] : mergeResults(lists);
		};
		/**
		 * Query words that no page word starts with (by Pagefind stem), with their corrections from the page words.
		 * Pagefind's own count cannot tell: a word it does not find it searches again shortened, so "haldujuht"
		 * finds "haldusspetsialist".
		 */
		const unknownWords = async (text: string) => {
			const synonyms = await loadSynonyms();
			const words = queryWords(withoutStopWords(text)).filter(
				(word) =>
					word.length >= 4 &&
					!/\p{N}/u.test(word) &&
					synonymQueries(word, synonyms).length === 0,
			);
			const checked = await Promise.all(
				words.map(async (word) => {
					// A form whose stem the expansions know ("eksperdid" → "ekspert") is found through them.
					const stem = pagefindStem(word);
					const expanded = await loadShard(shardKey(stem)).then(
						(shard) => (shard[stem]?.length ?? 0) > 0,
						() => false,
					);
					if (expanded) return { word, known: true, corrections: [] };
					const vocabulary = await loadVocabulary(vocabularyKey(word));
					return {
						word,
						known: isPageWord(word, vocabulary),
						corrections: corrections(word, vocabulary),
					};
				}),
			);
			return checked.filter((entry) => !entry.known);
		};
		const textSearch = async (): Promise<{
			results: PagefindResult[];
			corrected?: string;
			suggestions: string[];
			partial?: boolean;
		}> => {
			// The page words are checked while the query is searched, not after.
			const [typedResults, unknown] = await Promise.all([
				searchText(textQuery),
				exact ? [] : unknownWords(textQuery),
			]);
			const words = queryWords(withoutStopWords(textQuery));
			const replaced = (fix: ReadonlyMap<string, string>) =>
				words.map((word) => fix.get(word) ?? word).join(' ');
			const suggestions = unknown.flatMap((entry) => entry.corrections);
			if (unknown.length > 0) {
				const fix = new Map<string, string>();
				for (const entry of unknown)
					if (entry.corrections[0]) fix.set(entry.word, entry.corrections[0]);
				const rest = unknown.filter((entry) => !fix.has(entry.word));
				if (rest.length > 0) {
					// No near page word: the word may be the later part of a compound on the pages ("hoolekanne" in
					// "sotsiaalhoolekande"), which Pagefind's prefix match cannot reach, or two words the pages
					// write apart ("kasutajatugi").
					const all = await loadVocabulary(ALL_VOCABULARY);
					for (const { word } of rest) {
						const replacement =
							compoundsWith(word, all)[0] ?? splitCompound(word, all)?.join(' ');
						if (replacement) fix.set(word, replacement);
					}
				}
				if (fix.size > 0) {
					const corrected = replaced(fix);
					const correctedResults = await searchText(corrected);
					if (correctedResults.length > 0)
						return { results: correctedResults, corrected, suggestions: [] };
				}
			}
			if (typedResults.length > 0 || exact) return { results: typedResults, suggestions };
			// Still nothing: the pages with most of the words.
			if (words.length > 1) {
				const some = anyWordResults(await Promise.all(words.map(searchText)));
				if (some.length > 0)
					return { results: some, corrected: undefined, suggestions, partial: true };
			}
			return { results: typedResults, suggestions };
		};
		void loadNames();
		/** The units and competencies the query (as searched, or with a listed word's meaning) names. */
		const named = async (text: string) => {
			const [pages, synonyms] = await Promise.all([loadNames(), loadSynonyms()]);
			return [
				...new Set(
					[text, ...synonymQueries(text, synonyms)].flatMap((each) =>
						namedPages(each, pages),
					),
				),
			].slice(0, 3);
		};
		const [outcome, order, answer] = await Promise.all([
			query === ''
				? pagefind.search(null, options).then((response) => ({
						results: response?.results ?? [],
						corrected: undefined,
						suggestions: [],
					}))
				: textSearch(),
			// Unsorted if the order cannot be loaded: the results are still right.
			sortBy ? loadOrder(sortBy.order).catch(() => undefined) : undefined,
			// Without the relations the text results are still shown.
			question
				? loadRelations().then(
						(file) => answerQuestion(question, file),
						() => undefined,
					)
				: undefined,
		]);
		// User timing, for the browser's tools and bench:search: the search itself, then until shown (the
		// last search's only, so that a long session does not pile them up).
		performance.clearMeasures('search:pagefind');
		performance.measure('search:pagefind', { start: started });
		const searched = outcome.results;
		let found = (
			order && sortBy ? sortResults(searched, order, sortBy.descending) : searched
		) as Result[];
		let data: PagefindResultData[];
		if (sortBy)
			data = await Promise.all(found.slice(0, PAGE_SIZE).map((result) => result.data()));
		else {
			// Relevance: the first results in the order rerank.ts gives them.
			const first = await Promise.all(
				found
					.slice(0, RERANK_WINDOW)
					.map(async (result) => ({ result, data: await result.data() })),
			);
			const ranked = rerank(outcome.corrected ?? textQuery, first, (entry) => entry.data);
			found = [...ranked.map((entry) => entry.result), ...found.slice(RERANK_WINDOW)];
			data = ranked.slice(0, PAGE_SIZE).map((entry) => entry.data);
		}
		if (current !== generation) return;
		renderAnswer(answerBox, answer);
		renderNamed(
			namedBox,
			query === '' || question ? [] : await named(outcome.corrected ?? textQuery),
		);
		if (current !== generation) return;
		results.replaceChildren(...data.map(renderResult));
		shown = found;
		// Only the open filter groups are counted: nothing to wait for unless a user opened one.
		await showCounts(checkboxes, found, () => current === generation);
		if (current !== generation) return;
		status.textContent = statusText(found.length, outcome.corrected ?? query, filtered);
		if (outcome.corrected) {
			notice.replaceChildren(
				`Näitan tulemusi päringule „${outcome.corrected}”. Otsi hoopis `,
				searchLink(query, filters, true),
				'.',
			);
		} else if ('partial' in outcome && outcome.partial) {
			notice.replaceChildren(
				'Ükski leht ei sisalda kõiki otsitud sõnu; näitan lehti, kus on neist kõige rohkem.',
			);
		} else if (outcome.suggestions.length > 0) {
			const links = outcome.suggestions.flatMap((suggestion, i) => [
				...(i > 0 ? [', '] : []),
				searchLink(suggestion, filters, false),
			]);
			notice.replaceChildren('Kas mõtlesid ', ...links, '?');
		} else notice.replaceChildren();
		// Tells tests and benchmarks which query the list shows, and how many results it has.
		results.dataset.query = query;
		results.dataset.total = String(found.length);
		performance.clearMeasures('search:shown');
		performance.measure('search:shown', { start: started });
		showMore(found, PAGE_SIZE, current);
	};

	const more = element('button', 'more', '');
	more.type = 'button';
	const showMore = (found: Result[], shown: number, current: number) => {
		const remaining = found.length - shown;
		if (remaining <= 0) {
			more.remove();
			return;
		}
		const next = Math.min(remaining, PAGE_SIZE);
		more.textContent = `Näita veel ${next} ${next === 1 ? 'tulemus' : 'tulemust'}`;
		more.onclick = async () => {
			const data = await Promise.all(
				found.slice(shown, shown + PAGE_SIZE).map((result) => result.data()),
			);
			if (current !== generation) return;
			const items = data.map(renderResult);
			results.append(...items);
			status.textContent = `Näitan ${formatNumber(Math.min(shown + PAGE_SIZE, found.length))} tulemust ${formatNumber(found.length)}-st.`;
			// Keyboard users continue from the first new result.
			items[0]?.querySelector('a')?.focus();
			showMore(found, shown + PAGE_SIZE, current);
		};
		results.after(more);
	};

	const updateUrl = () => {
		const data = new URLSearchParams();
		for (const [key, value] of textEntries(form)) if (value !== '') data.append(key, value);
		history.replaceState(null, '', `${location.pathname}${data.size > 0 ? `?${data}` : ''}`);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		// Text typed since the last search ahead is searched now, as typed.
		typed = undefined;
		exact = false;
		updateUrl();
		void run().then(() => {
			// The summary, not the form, is where a keyboard user continues after a search.
			if (results.dataset.query !== undefined) status.focus();
		});
	});
	form.addEventListener('change', (event) => {
		if (event.target === input) return;
		updateUrl();
		void run();
	});

	// Someone who puts the cursor in the box is about to search: the WebAssembly and the index
	// metadata (the fixed 140 KiB of a first search) load while they type, not after they press Enter.
	const warm = () => void loadPagefind().then((api) => api?.init());
	input.addEventListener('focus', warm, { once: true });
	input.addEventListener('input', warm, { once: true });

	// While they type, the page searches what is typed so far (one search at a time, the latest text): that
	// loads the index chunks the query will need and gets the WebAssembly past its slow first runs, and when
	// the last search ahead is the query itself, Enter finds it done or under way (rememberSearches). At 5,000
	// positions this halves the time from Enter to results (README "Scale").
	let searchingAhead = false;
	const searchAhead = async () => {
		if (searchingAhead) return;
		searchingAhead = true;
		try {
			while (typed !== undefined) {
				const query = aheadQuery(typed);
				typed = undefined;
				if (query === undefined) continue;
				const pagefind = await loadSearches();
				if (!pagefind) return;
				await pagefind
					.search(query, { filters: readForm(form).filters })
					.catch(() => undefined);
			}
		} finally {
			searchingAhead = false;
		}
	};
	input.addEventListener('input', () => {
		typed = input.value;
		void searchAhead();
	});

	// No autofocus: keyboard users start from the skip link like on every other page.
	await run();
}
