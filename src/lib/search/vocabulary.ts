/**
 * The vocabulary the search page corrects typos against (alternatives.ts `corrections`): every word of the
 * model's text (positions, units, competencies), lower-cased, split into files by first folded letter so a
 * correction loads only the file of the word it corrects. Written by src/pages/otsing/sonavara/[letter].json.ts.
 * With the analyser's lemmas, the base forms of the words are page words too, so that a correction can be the
 * base form ("inventuur" for "invetuur", where the pages have "inventuuris") rather than one inflected form.
 */
import type { Model } from '../content/model.ts';
import { isInflectionOf, vocabularyKey } from './alternatives.ts';

/** Fields that are ids, paths or dates, not text a person reads. */
const NOT_TEXT = new Set([
	'id',
	'filePath',
	'unit',
	'manager',
	'substitutedBy',
	'substitutes',
	'parent',
	'head',
	'status',
	'lastReviewed',
	'validFrom',
]);

function collectStrings(value: unknown, out: string[], key = ''): void {
	if (NOT_TEXT.has(key)) return;
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) collectStrings(v, out, k);
}

/**
 * Words of three letters or more, by first folded letter, most frequent first (then base forms, then
 * alphabetical). With `headsOf` (the head terms of a word), the later parts of compounds are words too, and
 * with `suspendedOf` the compounds a text writes with a shared head left out ("kõne- ja andmeside"). With
 * `lemmaOf` (the analyser's most likely lemma), each word's base form that the word
 * extends by a case ending is added with the count of all its forms, so that it comes before any one of them.
 */
export function vocabularyShards(
	model: Model,
	lemmaOf?: (word: string) => string | undefined,
	headsOf?: (word: string) => readonly string[],
	suspendedOf?: (text: string) => readonly string[],
): Map<string, string[]> {
	const texts: string[] = [];
	for (const entity of [
		...model.positions.values(),
		...model.units.values(),
		...model.competencies.values(),
	])
		collectStrings(entity, texts);
	// Positions share most of their texts (competencies, boilerplate duties): each distinct text is split once.
	const textCounts = new Map<string, number>();
	for (const text of texts) textCounts.set(text, (textCounts.get(text) ?? 0) + 1);
	const counts = new Map<string, number>();
	for (const [text, times] of textCounts)
		for (const word of [
			...(text.toLocaleLowerCase('et').match(/\p{L}{3,}/gu) ?? []),
			// The compounds written with a shared head left out, which the index holds as terms (index.ts).
			...(suspendedOf?.(text) ?? []),
		])
			counts.set(word, (counts.get(word) ?? 0) + times);
	// The later parts of compounds, which the index holds as head terms (index.ts): a word the search
	// page checks against the vocabulary ("spetsialist") is then known to be held.
	if (headsOf)
		for (const [word, count] of [...counts])
			for (const head of headsOf(word)) counts.set(head, (counts.get(head) ?? 0) + count);
	const lemmas = new Set<string>();
	if (lemmaOf)
		for (const [word, count] of [...counts]) {
			const lemma = lemmaOf(word);
			// Only a base form the word extends by a case ending: the search page can tell those apart
			// (alternatives.ts baseForm), and the analyser's guesses at gradation and homographs stay out.
			if (!lemma || !isInflectionOf(word, lemma)) continue;
			lemmas.add(lemma);
			counts.set(lemma, (counts.get(lemma) ?? 0) + count);
		}
	const shards = new Map<string, string[]>();
	const collator = new Intl.Collator('et');
	for (const word of [...counts.keys()].sort(
		(a, b) =>
			counts.get(b)! - counts.get(a)! ||
			Number(lemmas.has(b)) - Number(lemmas.has(a)) ||
			collator.compare(a, b),
	)) {
		const key = vocabularyKey(word);
		if (!/^[a-z]$/u.test(key)) continue;
		const shard = shards.get(key);
		if (shard) shard.push(word);
		else shards.set(key, [word]);
	}
	return shards;
}
