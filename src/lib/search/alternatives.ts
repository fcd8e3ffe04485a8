/**
 * What the search page searches besides the query as typed: the meanings of words on the synonym list HR keeps
 * (content/search/synonyms.yaml), and corrections of words that find nothing, taken from the words of the
 * pages (the vocabulary files, src/pages/otsing/sonavara/). Runs in the browser (search-page.ts) and in tests.
 */
import { distance } from 'fastest-levenshtein';
import { foldWords, formOf } from './name-match.ts';
import { pagefindStem } from './snowball-estonian.ts';

/**
 * Site path of the synonym list's files as the search page loads them, `<letter>.json`: the entries whose
 * first word begins with that folded letter (src/pages/otsing/sunonuumid/[letter].json.ts).
 */
export const SYNONYMS_PATH = '/otsing/sunonuumid/';
/** The letters with a synonym file, whether or not an entry begins with one. */
export const SYNONYM_LETTERS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
/** Site path of the vocabulary files, `<first letter>.json` (src/pages/otsing/sonavara/[letter].json.ts). */
export const VOCABULARY_PATH = '/otsing/sonavara/';

/** The vocabulary file with every word, most frequent first within each letter. */
export const ALL_VOCABULARY = 'koik';

/** Typed words (folded, space-separated) → the phrases to search instead. */
export type SynonymMap = Record<string, string[]>;
/** The words of the pages that start with one (folded) letter, most frequent first. */
export type VocabularyShard = string[];

/** A word's letters without diacritics, lower-cased: how Pagefind compares them. */
export const fold = (word: string): string => foldWords(word).join('');
/** The vocabulary file of a word: its first folded letter. */
export const vocabularyKey = (word: string): string => fold(word).slice(0, 1);

/**
 * The synonym files a query needs: the first letters of its words (folded), for the entries that may begin
 * at any of them (`listedMatches`: a listed word or phrase begins at a query word, with its letters).
 */
export const synonymKeys = (query: string): string[] => [
	...new Set(foldWords(query).map((word) => word.slice(0, 1))),
];

/** The synonym list by file: each entry under the first letter of its words (`synonymKeys`). */
export function synonymShards(map: SynonymMap): Map<string, SynonymMap> {
	const shards = new Map<string, SynonymMap>(SYNONYM_LETTERS.map((letter) => [letter, {}]));
	for (const [key, meanings] of Object.entries(map)) {
		const letter = key.slice(0, 1);
		let shard = shards.get(letter);
		if (!shard) shards.set(letter, (shard = {}));
		shard[key] = meanings;
	}
	return shards;
}

/**
 * Whether a typed word is a listed word: the same, or an inflected form of it: for words of five letters or
 * more the listed word and at most three more letters ("exceli", "kontrollikäigud"), for words of four a
 * case or plural ending of at most two ("autod", "bussiga"; not "autor" or "mobiiltelefon" for "mobiil").
 */
function isListedWord(typed: string, listed: string): boolean {
	if (typed === listed) return true;
	if (isGradedForm(typed, listed) || isActionForm(typed, listed)) return true;
	if (!typed.startsWith(listed)) return false;
	const extra = typed.slice(listed.length);
	if (listed.length >= 5) return extra.length <= 3;
	return listed.length === 4 && SHORT_WORD_ENDING.test(extra);
}
/**
 * Whether a typed word is a listed word of six letters or more whose final k, p or t is weakened or dropped
 * before an ending of at most four letters ("veebilehe" of "veebileht", "kontrollkäigud" of
 * "kontrollkäik"): the stop given way to a vowel, or to g, b, d. Not another final consonant: the d of a
 * listed plural is no stem ("arvutiabi" is not a form of "arvutid").
 */
function isGradedForm(typed: string, listed: string): boolean {
	const last = listed.at(-1) ?? '';
	if (listed.length < 6 || !(last in WEAK_GRADE)) return false;
	const start = listed.slice(0, -1);
	const tail = typed.slice(start.length);
	if (!typed.startsWith(start) || tail.length < 1 || tail.length > 4) return false;
	return /[aeiouõäöü]/u.test(tail[0]) || WEAK_GRADE[last] === tail[0];
}
/**
 * Whether a typed word is a form of a listed action noun in -mine of seven letters or more: its own cases
 * ("õpetamise", "õpetamisel") or its verb's forms ("õpetab", "õpetada", "õpetavad", "õpetatud"), which
 * people type for a quality ("oskab õpetada") as often as the noun.
 */
function isActionForm(typed: string, listed: string): boolean {
	if (listed.length < 7 || !listed.endsWith('mine')) return false;
	const stem = listed.slice(0, -4);
	return typed.startsWith(stem) && VERB_OR_CASE.test(typed.slice(stem.length));
}
/** What follows an action noun's verb stem in its cases and in the verb's common forms. */
const VERB_OR_CASE = /^(?:mis\p{L}{0,4}|b|vad|da|ma|mas|mast|des|tud|takse|n|d|me|te|ks)$/u;

/** A final stop and its weak grade. */
const WEAK_GRADE: Readonly<Record<string, string>> = { k: 'g', p: 'b', t: 'd' };

/** The endings a four-letter listed word takes (nominative plural, genitive stem and its cases). */
const SHORT_WORD_ENDING = /^(?:d|de|i|id|ga|st|s|le|l|lt|ks|sse|t|ta|na)$/u;

/** Every listed word or phrase among `words` (folded), left to right, the longest first where several start at one word. */
function listedMatches(
	words: readonly string[],
	map: SynonymMap,
): { start: number; length: number; meanings: string[] }[] {
	const keys = Object.keys(map)
		.map((key) => key.split(' '))
		.sort((a, b) => b.length - a.length);
	const matches: { start: number; length: number; meanings: string[] }[] = [];
	for (let start = 0; start < words.length; start++)
		for (const key of keys)
			if (
				start + key.length <= words.length &&
				key.every((part, k) =>
					key.length > 1
						? isPhraseWord(words[start + k], part)
						: isListedWord(words[start + k], part),
				)
			)
				matches.push({ start, length: key.length, meanings: map[key.join(' ')] });
	return matches;
}

/**
 * Whether a typed word is a word of a listed phrase: a listed word's form (`isListedWord`), or a form of it as
 * running text is matched (name-match.ts `formOf`: the same stem with up to four letters of ending each,
 * "kolleege" for "kolleegidel", "arendajaid" for "arendajatele"; an action noun for its verb). Looser than a word
 * alone, since the phrase's other words must match too.
 */
function isPhraseWord(typed: string, listed: string): boolean {
	return isListedWord(typed, listed) || formOf(typed, listed);
}

/**
 * The words of `query` (folded) that are a listed word or part of a listed phrase there: the list explains
 * them, so the search page does not correct them ("vältimine" in "vigade vältimine", listed for Korrektsus,
 * is on no page and was corrected to a word that is, whose results then won).
 */
export function listedWords(query: string, map: SynonymMap): Set<string> {
	const words = foldWords(query);
	return new Set(
		listedMatches(words, map).flatMap(({ start, length }) =>
			words.slice(start, start + length),
		),
	);
}

/**
 * The listed words and phrases of `query`, as typed, each with its meanings: what the search page says it
 * searched besides the query ("excel" → tabeltöötlus, MS Office), left to right, the longest where several
 * start at one word.
 */
export function listedMeanings(
	query: string,
	map: SynonymMap,
): { words: string; meanings: string[] }[] {
	const folded = foldWords(query);
	const typed = query.toLocaleLowerCase('et').match(/[\p{L}\p{N}]+/gu) ?? [];
	const shown = typed.length === folded.length ? typed : folded;
	const out: { words: string; meanings: string[] }[] = [];
	let end = 0;
	for (const { start, length, meanings } of listedMatches(folded, map)) {
		if (start < end) continue;
		end = start + length;
		// "pingetaluvus" is an inflected form of the listed "pingetaluv", whose meaning it is.
		const asTyped = folded.slice(start, end).join(' ');
		const other = meanings.filter((meaning) => foldWords(meaning).join(' ') !== asTyped);
		if (other.length > 0)
			out.push({ words: shown.slice(start, end).join(' '), meanings: other });
	}
	return out;
}

/**
 * The queries to search besides `query`: for each listed word or phrase in it (longest first), the query
 * with it replaced by each of its meanings; and when it has more than one listed word or phrase apart, the
 * query with each of them replaced by its first meaning ("kohapeal kontrollimas käimine" → "paikvaatlus
 * järelevalve"), since no page has a listed word beside another's meaning. A query with degree words
 * (`DEGREE_WORDS`: "hea suhtleja", "väga hea analüüsivõime") outside its listed phrases is also searched
 * without them, and its listed words replaced there: they grade the quality the other words name, and no
 * competency's name has them ("hea" kept "suhtlemis- ja mõjutamisoskus" from naming its page).
 */
export function synonymQueries(query: string, map: SynonymMap): string[] {
	const words = foldWords(query);
	const matches = listedMatches(words, map);
	const queries = replacedQueries(words, matches);
	const listed = new Set(matches.flatMap(({ start, length }) => range(start, length)));
	const graded = words.filter((word, i) => listed.has(i) || !DEGREE_WORDS.has(word));
	if (graded.length > 0 && graded.length < words.length) {
		queries.add(graded.join(' '));
		for (const each of replacedQueries(graded, listedMatches(graded, map))) queries.add(each);
	}
	return [...queries];
}

/** The indices `start` … `start + length - 1`. */
const range = (start: number, length: number): number[] =>
	Array.from({ length }, (_, k) => start + k);

/** `synonymQueries` without the degree words: `words` with its listed words and phrases replaced. */
function replacedQueries(
	words: readonly string[],
	matches: ReturnType<typeof listedMatches>,
): Set<string> {
	const queries = new Set<string>();
	// The listed words and phrases apart, left to right, the longest where several start at one word.
	const apart: { start: number; length: number; meaning: string }[] = [];
	for (const { start, length, meanings } of matches) {
		const last = apart.at(-1);
		if (!last || last.start + last.length <= start)
			apart.push({ start, length, meaning: meanings[0] });
		for (const meaning of meanings)
			queries.add(
				[...words.slice(0, start), meaning, ...words.slice(start + length)].join(' '),
			);
	}
	if (apart.length > 1) {
		const replaced: string[] = [];
		let at = 0;
		for (const { start, length, meaning } of apart) {
			replaced.push(...words.slice(at, start), meaning);
			at = start + length;
		}
		queries.add([...replaced, ...words.slice(at)].join(' '));
	}
	return queries;
}

/**
 * Words that grade or intensify a quality rather than name it, diacritics folded, as job ads write them
 * ("hea suhtlemisoskus", "väga hea", "suurepärane", "tugev analüüsivõime", "kõrge pingetaluvus", "arenenud
 * suhtlemisoskus"), and verbs that say a quality is had ("oskab õpetada"): `synonymQueries` also searches a
 * query without them.
 */
export const DEGREE_WORDS: ReadonlySet<string> = new Set([
	'hea',
	'head',
	'heal',
	'heaks',
	'hasti',
	'vaga',
	'eriti',
	'suur',
	'suure',
	'suurt',
	'korge',
	'korget',
	'tugev',
	'tugeva',
	'tugevat',
	'tugevad',
	'suureparane',
	'suureparase',
	'suureparast',
	'arenenud',
	'parim',
	'parima',
	'parimat',
	// Verbs that say a quality is had ("oskab õpetada", "suudab keskenduda").
	'oskab',
	'oskavad',
	'suudab',
	'suudavad',
]);

/** The largest edit distance a correction may have: 1 up to five letters, 2 from six. */
export const maxCorrection = (word: string): number => (word.length <= 5 ? 1 : 2);

/**
 * Whether Pagefind finds the folded `word` (Pagefind stem `stem`) as the folded page word `candidate`: the
 * page word starts with the stem, or is the word less an inflection tail (the expansions find that form).
 */
function findsAsIs(word: string, stem: string, candidate: string): boolean {
	return (
		candidate.startsWith(stem) ||
		(candidate.length >= 3 &&
			word.length - candidate.length <= 3 &&
			word.startsWith(candidate) &&
			INFLECTION_TAIL.test(word.slice(candidate.length)))
	);
}

/** Whether Pagefind finds `typed` among the page words as they are (`findsAsIs`). */
export function isPageWord(typed: string, vocabulary: readonly string[]): boolean {
	const word = fold(typed);
	const stem = pagefindStem(word);
	return vocabulary.some((candidate) => findsAsIs(word, stem, fold(candidate)));
}

/** Case endings on a genitive stem, as far as a base form and three letters reach. */
const CASE_ENDING = '(?:|d|t|s|st|l|le|lt|ga|ks|na|ta|sse|de|te|id)';
/**
 * What may follow a page word in an inflected form of it, up to three letters: a stem or plural vowel and a
 * case ending ("infosüsteem" + "ide", "kontroll" + "iga", "tulemus" + "te"); not a slip ("infosüsteemdie",
 * the letters of "ide" swapped, is to be corrected).
 */
const INFLECTION_TAIL = new RegExp(`^[aeiuõ]?${CASE_ENDING}$`, 'u');
/**
 * What follows a base form in its inflected forms when the stem does not change: a case ending on a vowel
 * ("idee" + "d", "konto" + "ga"), the stem vowel i and a case ending ("inventuur" + "is", "kontroll" + "i"),
 * or for -us nouns e ("toetus" + "ed"). Not a bare a or e after a consonant: those are verb forms ("saad" +
 * "a", "selg" + "e") far more often than nouns.
 */
function isCaseTail(base: string, tail: string): boolean {
	if (/[aeiouõäöü]$/u.test(base))
		return new RegExp(`^${CASE_ENDING}$`, 'u').test(tail) && tail !== '';
	if (new RegExp(`^i${CASE_ENDING}$`, 'u').test(tail)) return true;
	return base.endsWith('us') && new RegExp(`^(?:e${CASE_ENDING}|t|te)$`, 'u').test(tail);
}
/**
 * Participles, impersonal forms and adverbs in -lt, which the analyser may read as a noun's case forms
 * ("seotud" as "seotu" + d, "operatiivselt" as "operatiivse" + lt).
 */
const NOT_A_CASE_FORM = /(?:nud|tud|dud|akse|selt|valt|kalt|salt|sti)$/u;

/**
 * Whether `word` is `base` with a case ending added (`isCaseTail`: "inventuuris" of "inventuur"), so that
 * Pagefind, which matches a word's stem as a prefix, finds every page of the word when `base` is searched.
 * Base forms of four letters or more only.
 */
export function isInflectionOf(word: string, base: string): boolean {
	const folded = fold(word);
	const stem = fold(base);
	return (
		stem.length >= 4 &&
		folded.length > stem.length &&
		folded.length - stem.length <= 3 &&
		folded.startsWith(stem) &&
		!NOT_A_CASE_FORM.test(folded) &&
		isCaseTail(stem, folded.slice(stem.length)) &&
		pagefindStem(folded).startsWith(pagefindStem(stem))
	);
}

/** The base form of a page word when the vocabulary has it (`isInflectionOf`), else the word. */
export function baseForm(word: string, vocabulary: readonly string[]): string {
	let best = word;
	for (const candidate of vocabulary)
		if (candidate.length < best.length && isInflectionOf(word, candidate)) best = candidate;
	return best;
}

/**
 * Whether Pagefind finds `typed` itself: the Pagefind stem of some page word begins with its stem, which is
 * how Pagefind matches (a word it does not find it searches again shortened, finding other words).
 */
export function isIndexWord(typed: string, vocabulary: readonly string[]): boolean {
	const stem = pagefindStem(fold(typed));
	return indexStems(vocabulary).some((candidate) => candidate.startsWith(stem));
}

/** The Pagefind stems of a vocabulary file's words (the stem is not always a prefix: "jälgimine" → _jalgimise_). */
const stemsOf = new WeakMap<readonly string[], string[]>();
function indexStems(vocabulary: readonly string[]): string[] {
	let stems = stemsOf.get(vocabulary);
	if (!stems)
		stemsOf.set(vocabulary, (stems = vocabulary.map((word) => pagefindStem(fold(word)))));
	return stems;
}

/**
 * The vocabulary words nearest to `typed`, best first: by edit distance between the folded words or between
 * their Pagefind stems (so "invetuur" is one edit from "inventuuris", whose stem is "inventuur"), at most
 * `maxCorrection`; ties go to the more frequent word (the vocabulary's order). An inflected word is offered
 * in its base form when the vocabulary has that (`baseForm`).
 */
export function corrections(typed: string, vocabulary: readonly string[], limit = 3): string[] {
	const word = fold(typed);
	if (word.length < 4) return [];
	const stem = pagefindStem(word);
	const max = maxCorrection(word);
	const found: { word: string; d: number; at: number }[] = [];
	vocabulary.forEach((candidate, at) => {
		const folded = fold(candidate);
		// A page word that starts with the word's stem is what Pagefind finds for it, and a page word with a case
		// ending added is an inflected form of it (the expansions find it): no typo.
		if (findsAsIs(word, stem, folded)) return void found.push({ word: candidate, d: 0, at });
		if (Math.abs(folded.length - word.length) > max + 3) return;
		// Stems are held to their own length's limit: "lapsed" (stem _lapse_) is two edits from "lepe".
		const d = Math.min(
			distance(word, folded),
			distance(stem, pagefindStem(folded)) + (maxCorrection(stem) < max ? 1 : 0),
		);
		if (d > 0 && d <= max) found.push({ word: candidate, d, at });
		// A word the vocabulary has with the same stem is no typo.
		else if (d === 0) found.push({ word: candidate, d: 0, at });
	});
	if (found.some((entry) => entry.d === 0)) return [];
	found.sort((a, b) => a.d - b.d || a.at - b.at);
	return [
		...new Set(found.slice(0, limit * 4).map((entry) => baseForm(entry.word, vocabulary))),
	].slice(0, limit);
}

/**
 * Page words with `typed` inside, not at the start: the compounds it is a later part of ("hoolekanne" in
 * "sotsiaalhoolekande"), most frequent first. The word's Pagefind stem is looked for less its last two
 * letters (keeping at least five), so that a changed stem consonant ("hoolekanne" / "-hoolekande") still matches.
 */
export function compoundsWith(typed: string, vocabulary: readonly string[], limit = 3): string[] {
	const word = fold(typed);
	const stem = pagefindStem(word);
	const part = stem.slice(0, Math.max(5, stem.length - 2));
	if (part.length < 4) return [];
	return vocabulary.filter((candidate) => fold(candidate).indexOf(part) > 0).slice(0, limit);
}

/**
 * `typed` split into two page words, for a compound the pages write apart ("kasutajatugi" → "kasutaja tugi"):
 * the longest first part that is a page word, followed by a part that begins a page word (by its stem).
 */
export function splitCompound(
	typed: string,
	vocabulary: readonly string[],
): [string, string] | undefined {
	const word = fold(typed);
	const words = new Set(vocabulary.map(fold));
	const folded = [...words];
	for (let cut = word.length - 3; cut >= 3; cut--) {
		const head = word.slice(0, cut);
		const tail = word.slice(cut);
		if (!words.has(head)) continue;
		const stem = pagefindStem(tail);
		if (stem.length >= 3 && folded.some((candidate) => candidate.startsWith(stem)))
			return [head, tail];
	}
	return undefined;
}

/**
 * The index in `words` of the first word that, joined with the next, is a word of the pages
 * (`isPageWord`: "projekti juht" → "projektijuht", "pensioni osakonnas" → "pensioniosakond"), a compound typed
 * apart; -1 when there is none. `vocabularyOf` gives the vocabulary file of a word's first letter.
 */
export function joinedAt(
	words: readonly string[],
	vocabularyOf: (word: string) => readonly string[],
): number {
	return words.findIndex(
		(word, i) =>
			i + 1 < words.length &&
			fold(word).length >= 3 &&
			fold(words[i + 1]).length >= 3 &&
			!/\p{N}/u.test(word + words[i + 1]) &&
			isPageWord(word + words[i + 1], vocabularyOf(word)),
	);
}
