/**
 * The search page's text search: the query with the synonym list's meanings, corrected when a word is on no
 * page (a near page word, a compound holding it, or two words written apart), and the pages with most of the
 * words when no page has all of them; and the units and competencies a query names.
 */
import {
	expandedSearch,
	phraseQuery,
	shardKey,
	type PagefindLike,
	type PagefindResult,
} from './query.ts';
import {
	queryWords,
	usNounForm,
	verbForm,
	withoutHyphenEndings,
	withoutStopWords,
} from './query-words.ts';
import { firstThose } from './rerank.ts';
import { pagefindStem } from './snowball-estonian.ts';
import {
	isIndexWord,
	isPageWord,
	ALL_VOCABULARY,
	compoundsWith,
	corrections,
	fold,
	joinedAt,
	listedWords,
	splitCompound,
	synonymQueries,
	vocabularyKey,
} from './alternatives.ts';
import { anyWordResults, mergeResults } from './merge-results.ts';
import { foldWords } from './name-match.ts';
import {
	describedPages,
	namedPages,
	otherSkillHead,
	unitNamesOnly,
	unitsIn,
	type NamedPage,
} from './names.ts';
import { loadNames, loadShard, loadSynonyms, loadVocabulary } from './search-loaders.ts';

/** The search's filters, as Pagefind takes them. */
export interface SearchOptions {
	filters: Record<string, string[]>;
}

/** What the text search found, and what it searched instead of the query as typed. */
export interface TextOutcome {
	results: PagefindResult[];
	/** The query searched instead of the typed one (a word corrected, found in a compound or split). */
	corrected?: string;
	/** Corrections to offer when nothing was found. */
	suggestions: string[];
	/** No page has every word: the results are the pages with most of them. */
	partial?: boolean;
}

/**
 * Whether Pagefind finds the word itself (`isIndexWord`), by the vocabulary file of its first letter,
 * loaded with the search. Unknown (true) when the file cannot be loaded.
 */
async function isIndexed(word: string): Promise<boolean> {
	const vocabulary = await loadVocabulary(vocabularyKey(word));
	return vocabulary.length === 0 || isIndexWord(word, vocabulary);
}

/**
 * The text search: the query, and the query with each listed word replaced by its meanings. When the
 * synonym list gives meanings and a word of the query is on no page ("hotell"), no query that keeps that
 * word is searched: Pagefind would search it shortened and find other words' pages ("kannatanute
 * abivalmidus" found a page for "kannata…" and a competency list).
 */
async function searchText(
	pagefind: PagefindLike,
	text: string,
	options: SearchOptions,
): Promise<PagefindResult[]> {
	const alternatives = synonymQueries(text, await loadSynonyms(text));
	const words = queryWords(withoutStopWords(text));
	const indexed =
		alternatives.length === 0
			? []
			: await Promise.all(
					words.map((word) =>
						/\p{N}/u.test(word) ? Promise.resolve(true) : isIndexed(word),
					),
				);
	const missing = new Set(words.filter((_, i) => indexed[i] === false).map(fold));
	const queries = [text, ...alternatives].filter(
		(query) => !foldWords(query).some((word) => missing.has(word)),
	);
	const lists = await Promise.all(
		queries.map((each) => expandedSearch(pagefind, each, options, loadShard, isIndexed)),
	);
	return lists.length === 1 ? lists[0] : mergeResults(lists);
}
/**
 * Query words that no page word starts with (by Pagefind stem), with their corrections from the page words.
 * Pagefind's own count cannot tell: a word it does not find it searches again shortened, so "haldujuht"
 * finds "haldusspetsialist".
 */
async function unknownWords(text: string) {
	const listed = listedWords(text, await loadSynonyms(text));
	const words = queryWords(withoutStopWords(text)).filter(
		(word) => word.length >= 4 && !/\p{N}/u.test(word) && !listed.has(fold(word)),
	);
	const checked = await Promise.all(
		words.map(async (word) => {
			// A form whose stem the expansions know ("eksperdid" → "ekspert") is found through them.
			if (await isExpanded(word)) return { word, known: true, corrections: [] };
			const vocabulary = await loadVocabulary(vocabularyKey(word));
			// An action noun whose verb or -us noun is on the pages ("märkamine": "märkab"; "üldistamine":
			// "üldistusvõime") is searched through it.
			const known =
				isPageWord(word, vocabulary) ||
				[verbForm(word), usNounForm(word)].some(
					(form) => form !== undefined && isPageWord(form, vocabulary),
				);
			return { word, known, corrections: known ? [] : corrections(word, vocabulary) };
		}),
	);
	return checked.filter((entry) => !entry.known);
}
/** Whether the expansions know `word`'s Pagefind stem: a form of a page word ("hanke" of "hange"). */
async function isExpanded(word: string): Promise<boolean> {
	const stem = pagefindStem(word);
	return loadShard(shardKey(stem)).then(
		(shard) => (shard[stem]?.length ?? 0) > 0,
		() => false,
	);
}

/**
 * A compound that no page has, as two parts the pages do have ("hankekorraldus" → "hanke korraldus",
 * "sotsiaalasutused" → "sotsiaal asutused", "ostukorraldus" → "ostu korraldus"): the longest first part of four
 * letters or more that begins a page word, is a form the expansions know or a word on the synonym list, and a rest of four or more whose stem begins a page word.
 * For a word with no near page word only (a slip is corrected first), in a query that found nothing.
 */
async function partsApart(
	typed: string,
	vocabulary: readonly string[],
): Promise<[string, string] | undefined> {
	const word = fold(typed);
	const words = vocabulary.map(fold);
	const synonyms = await loadSynonyms(word);
	for (let cut = word.length - 4; cut >= 4; cut--) {
		const head = word.slice(0, cut);
		const rest = word.slice(cut);
		const restStem = pagefindStem(rest);
		if (restStem.length < 3 || !words.some((candidate) => candidate.startsWith(restStem)))
			continue;
		if (
			words.some((candidate) => candidate.startsWith(head)) ||
			listedWords(head, synonyms).size > 0 ||
			(await isExpanded(head))
		)
			return [head, rest];
	}
	return undefined;
}

/**
 * Two folded parts of `typed` written apart with the letters typed ("suhtlemis võime", not "suhtlemis
 * voime"), for the notice that says what was searched.
 */
function apartAsTyped(typed: string, [head, rest]: readonly [string, string]): string {
	const lower = typed.toLocaleLowerCase('et');
	return lower.length === head.length + rest.length
		? `${lower.slice(0, head.length)} ${lower.slice(head.length)}`
		: `${head} ${rest}`;
}

/**
 * The pages that match `query` better than their score may say, which go first: those with its words side by
 * side in the typed order (a Pagefind phrase), and those with a compound the query types apart ("projekti
 * juht": the pages that say "projektijuht").
 */
async function closeMatches(
	pagefind: PagefindLike,
	query: string,
	options: SearchOptions,
): Promise<PagefindResult[]> {
	const text = withoutStopWords(query);
	const phrase = phraseQuery(text);
	const words = queryWords(text);
	if (words.length < 2) return [];
	const vocabularies = new Map(
		await Promise.all(
			words.map(async (word) => [word, await loadVocabulary(vocabularyKey(word))] as const),
		),
	);
	const at = joinedAt(words, (word) => vocabularies.get(word) ?? []);
	const lists = await Promise.all([
		phrase
			? pagefind.search(phrase, options).then(
					(response) => response?.results ?? [],
					() => [],
				)
			: [],
		at >= 0
			? searchText(
					pagefind,
					[...words.slice(0, at), words[at] + words[at + 1], ...words.slice(at + 2)].join(
						' ',
					),
					options,
				)
			: [],
	]);
	return lists.flat();
}

/**
 * The ids of the positions in the units whose whole name the query has (names.ts `unitsIn`), from one
 * filter-only search per unit (no fragments are loaded).
 */
async function namedUnitPositions(
	pagefind: PagefindLike,
	query: string,
	options: SearchOptions,
): Promise<Set<string>> {
	const units = unitsIn(query, await loadNames());
	const lists = await Promise.all(
		units.map(({ f }) =>
			pagefind.search(null, { filters: { ...options.filters, [f![0]]: [f![1]] } }).then(
				(response) => response?.results ?? [],
				() => [],
			),
		),
	);
	return new Set(lists.flat().map((result) => result.id));
}

/**
 * Searches `textQuery` (a question's words left out already); unless `exact`, a word on no page is
 * corrected and the correction searched, and with no results at all the pages with most of the words. The
 * positions of a unit the query names come first, and before the others those that match it closely
 * (`closeMatches`).
 */
export async function textSearch(
	pagefind: PagefindLike,
	textQuery: string,
	options: SearchOptions,
	exact: boolean,
): Promise<TextOutcome> {
	const query = withoutHyphenEndings(textQuery);
	const outcome = await searchWithCorrections(pagefind, query, options, exact);
	if (outcome.results.length < 2 || outcome.partial) return outcome;
	const searched = outcome.corrected ?? query;
	const [close, inUnit] = await Promise.all([
		closeMatches(pagefind, searched, options),
		namedUnitPositions(pagefind, searched, options),
	]);
	// A page only the compound finds is added after the others.
	const byId = new Map(outcome.results.map((result) => [result.id, result]));
	for (const result of close) if (!byId.has(result.id)) byId.set(result.id, result);
	const results = [...byId.values()];
	return {
		...outcome,
		results: firstThose(firstThose(results, new Set(close.map((result) => result.id))), inUnit),
	};
}

async function searchWithCorrections(
	pagefind: PagefindLike,
	textQuery: string,
	options: SearchOptions,
	exact: boolean,
): Promise<TextOutcome> {
	// The page words are checked while the query is searched, not after.
	const [typedResults, unknown] = await Promise.all([
		searchText(pagefind, textQuery, options),
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
				// Parts apart only when the query as typed found nothing: Pagefind's own shortened search of
				// an unknown compound ("klienditeenindusoskus") often finds the right page.
				const inside = compoundsWith(word, all)[0];
				const parts = inside
					? undefined
					: (splitCompound(word, all) ??
						(typedResults.length === 0 ? await partsApart(word, all) : undefined));
				const replacement = inside ?? (parts && apartAsTyped(word, parts));
				if (replacement) fix.set(word, replacement);
			}
		}
		if (fix.size > 0) {
			const corrected = replaced(fix);
			const correctedResults = await searchText(pagefind, corrected, options);
			if (correctedResults.length > 0)
				return { results: correctedResults, corrected, suggestions: [] };
		}
	}
	if (typedResults.length > 0 || exact) return { results: typedResults, suggestions };
	// Still nothing: the pages with most of the words.
	if (words.length > 1) {
		// An action noun says what is done; the other words, what with.
		const some = anyWordResults(
			await Promise.all(words.map((word) => searchText(pagefind, word, options))),
			new Set(words.flatMap((word, i) => (verbForm(word) === undefined ? [] : [i]))),
		);
		if (some.length > 0)
			return { results: some, corrected: undefined, suggestions, partial: true };
	}
	return { results: typedResults, suggestions };
}
/** A page the query names, and how: by its name or alias, by a listed synonym, or by its definition. */
export interface NamedMatch {
	page: NamedPage;
	via: 'name' | 'synonym' | 'definition';
}

/**
 * The units a query made only of unit names names (`unitNamesOnly`), the units and competencies the query
 * (as searched, or with a listed word's meaning) names, then the
 * competencies it describes; also as `typed` when a word was corrected (a slipped letter still names a long
 * word, name-match.ts `sameWord`; a definition's word can be one the pages otherwise lack: "seadmine" for "seab").
 */
export async function namedBy(text: string, typed = text): Promise<NamedMatch[]> {
	const [pages, synonyms] = await Promise.all([loadNames(), loadSynonyms(`${text} ${typed}`)]);
	const asTyped = [...new Set([text, typed])];
	const matches = new Map<NamedPage, NamedMatch['via']>();
	const add = (found: readonly NamedPage[], via: NamedMatch['via']) => {
		for (const page of found) if (!matches.has(page)) matches.set(page, via);
	};
	add(unitNamesOnly(text, pages), 'name');
	add(
		asTyped.flatMap((each) => namedPages(each, pages)),
		'name',
	);
	const otherHeads = asTyped.flatMap((each) => otherSkillHead(each) ?? []);
	add(
		[...synonymQueries(text, synonyms), ...otherHeads].flatMap((each) =>
			namedPages(each, pages),
		),
		'synonym',
	);
	// Described by the words typed, not by a synonym's: a synonym query mixes the list's words with
	// the typed ones, whose looser reading named a competency for an exact position title
	// ("analüütik kommunikatsioon": "analüütik suhtlemine" read as Analüüsi- ja üldistusvõime).
	add(
		asTyped.flatMap((each) => describedPages(each, pages)),
		'definition',
	);
	return [...matches].slice(0, 3).map(([page, via]) => ({ page, via }));
}
