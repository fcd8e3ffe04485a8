/**
 * The order an employee expects among the first results, from what Pagefind returns with each result (its
 * title, type and word count): Pagefind ranks by word statistics, so a two-word unit page or an empty stub
 * can rank above the position whose duties are about the query. The rules, in order (README "Ranking"):
 *
 * 1. a result whose title every query word names (name-match.ts `wordNames`) comes before one whose title it
 *    does not, and one whose title has the words themselves (`titleHasWords`) before one that has them only
 *    as parts of its compounds;
 * 2. within each, full position descriptions and competencies come before unit pages, the shared wordings
 *    page and stubs (still found, only lower): full + title, thin + title, full, thin. A thin page's title
 *    counts only when the query names all of it ("talitusejuhataja"; not "järelevalve" for "Järelevalve
 *    talitus", whose duties are elsewhere);
 * 3. within a class, a page with more of the query's words in one sentence (a duty, a result) first.
 *
 * Within a class Pagefind's order stays. Only the first RERANK_WINDOW results are reordered: their fragments
 * are loaded anyway to be shown.
 */
import { foldWords, formOf, nameScore, sameWord, wordNames } from './name-match.ts';
import { STOP_WORDS } from './query-words.ts';

/**
 * How many of the first results are reordered: those shown at once, whose fragments the page loads anyway
 * (search-render.ts PAGE_SIZE); one more would cost a fragment of about 3 KiB per search.
 */
export const RERANK_WINDOW = 5;
/** A position page with fewer indexed words than this is a stub (full descriptions have several hundred). */
export const STUB_WORDS = 100;

export interface RankedData {
	word_count?: number;
	meta: Record<string, string>;
	/** The page's indexed text (Pagefind's `content`: blocks and list items end in ". "). */
	content?: string;
}

/** Whether every query word (stop words left out) names a word of `title`. */
export function titleNamed(query: string, title: string): boolean {
	const words = foldWords(query).filter((word) => !STOP_WORDS.has(word));
	const titleWords = foldWords(title);
	return (
		words.length > 0 &&
		words.every((word) => titleWords.some((titleWord) => wordNames(word, titleWord)))
	);
}

/**
 * Whether every query word (stop words left out) is a word of `title` itself, inflected (answers.ts
 * `sameWord`), not only a part of its compounds: "spetsialist" is the Spetsialist, and only part of the
 * Peaspetsialist.
 */
export function titleHasWords(query: string, title: string): boolean {
	const words = foldWords(query).filter((word) => !STOP_WORDS.has(word));
	const titleWords = foldWords(title);
	const isTitleWord = (word: string) =>
		titleWords.some(
			(titleWord) => sameWord(word, titleWord) && word.length - titleWord.length <= 3,
		);
	// A compound typed apart ("andmekaitse spetsialist") is the title's word too.
	const joined = words.map((word, i) => i + 1 < words.length && isTitleWord(word + words[i + 1]));
	return (
		words.length > 0 &&
		words.every((word, i) => isTitleWord(word) || joined[i] || (i > 0 && joined[i - 1]))
	);
}

/**
 * A position's title without the unit the page adds to tell positions of the same title apart
 * ("Spetsialist (peretoetused) (Ida-Viru peretoetuste talitus)", whose `unit` meta ends in that unit).
 */
export function ownTitle(data: RankedData): string | undefined {
	const { title, unit } = data.meta;
	const last = unit?.split('›').at(-1)?.trim();
	return title && last && title.endsWith(` (${last})`)
		? title.slice(0, -(last.length + 3))
		: title;
}

/** The class of a result for `query`: 0 first (rules above). */
export function resultClass(query: string, data: RankedData): number {
	const thin = data.meta.type !== 'Kompetents' && (data.word_count ?? 0) < STUB_WORDS;
	const title = data.meta.title;
	const titled =
		title !== undefined &&
		(thin
			? nameScore(
					foldWords(query).filter((word) => !STOP_WORDS.has(word)),
					foldWords(ownTitle(data) ?? title),
				) === 2
			: titleNamed(query, title));
	const titleRank = !titled ? 2 : titleHasWords(query, title) ? 0 : 1;
	return 2 * titleRank + (thin ? 1 : 0);
}

/**
 * How many of the query's words (stop words left out, each a form of a text word: name-match.ts `formOf`;
 * two written apart also as one compound) one sentence of `content` has at most, 0 for fewer than two; a
 * duty, a result and a list item are each a sentence. Pagefind's own phrase search cannot tell: it finds no
 * phrase with a word that is also in a heading of the page ("järelevalve plaan" on the page of the
 * Järelevalve juhtivspetsialist).
 */
export function sentenceCloseness(query: string, content: string | undefined): number {
	const words = [...new Set(foldWords(query).filter((word) => !STOP_WORDS.has(word)))];
	if (words.length < 2 || !content) return 0;
	let best = 0;
	for (const sentence of content.split(/[.;:!?]\s+/u)) {
		const textWords = foldWords(sentence);
		const has = (word: string) => textWords.some((textWord) => formOf(word, textWord));
		// Two words typed apart that the text writes as one compound ("andmekaitse spetsialist") are both there.
		const joined = words.map((word, i) => i + 1 < words.length && has(word + words[i + 1]));
		const found = words.filter(
			(word, i) => has(word) || joined[i] || (i > 0 && joined[i - 1]),
		).length;
		if (found > best) best = found;
		if (best === words.length) break;
	}
	// One word is no closeness: every page found has it somewhere.
	return best >= 2 ? best : 0;
}

/**
 * `items` (each with its result data) in the order of the rules above; within a class, the pages with more
 * of a query's words in one sentence (`sentenceCloseness`) first, else stable.
 */
export function rerank<T>(
	query: string,
	items: readonly T[],
	dataOf: (item: T) => RankedData,
): T[] {
	return items
		.map((item, index) => {
			const data = dataOf(item);
			return {
				item,
				index,
				rank: resultClass(query, data),
				close: sentenceCloseness(query, data.content),
			};
		})
		.sort((a, b) => a.rank - b.rank || b.close - a.close || a.index - b.index)
		.map((entry) => entry.item);
}

/**
 * `results` with those whose id is in `first` moved to the front, each group in its own order. The search page
 * puts so the pages that match a query better than their score says (a phrase, a named unit) before the others.
 */
export function firstThose<T extends { id: string }>(
	results: readonly T[],
	first: ReadonlySet<string>,
): T[] {
	return [
		...results.filter((result) => first.has(result.id)),
		...results.filter((result) => !first.has(result.id)),
	];
}

/**
 * `results` in a sort order (`order`: result ids ascending, as SORT_ORDERS_PATH holds them), reversed when
 * `descending`. Results the order does not list (a page without that field, such as a unit page without a
 * change date) follow in their own order, so sorting never changes what was found.
 */
export function sortResults<T extends { id: string }>(
	results: readonly T[],
	order: readonly string[],
	descending: boolean,
): T[] {
	const rank = new Map(order.map((id, index) => [id, descending ? -index : index]));
	const ranked = results
		.filter((result) => rank.has(result.id))
		.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
	return [...ranked, ...results.filter((result) => !rank.has(result.id))];
}
