/**
 * Estonian declension by rule, for the analyser (estonian.ts): the endings peeled off a word, the lemmas a word
 * may come from (gradation undone), and the principal forms each declension type gives a lemma. Nothing here
 * knows the dictionary; paradigms.ts keeps the proposals that dictionary-et confirms.
 */

import { DROPPING_GRADE, isVowel, open, strengthen, undropGrade, weaken } from './gradation.ts';

export { isVowel, VOWELS } from './gradation.ts';
const STEM_VOWELS = ['i', 'u', 'e', 'a'];
/** Endings on the genitive stem (singular cases and the nominative plural). */
const SINGULAR_ENDINGS = ['', 'd', 's', 'sse', 'st', 'l', 'le', 'lt', 'ks', 'ni', 'na', 'ta', 'ga'];
/** Case endings that, on a lemma, show it is its own genitive stem (kodus, kodust, kodule). */
export const OWN_CASE_ENDINGS = ['s', 'st', 'le', 'lt', 'ga', 'l'];
/** Endings on the genitive plural (plural cases other than the nominative and partitive). */
const PLURAL_ENDINGS = ['', 's', 'sse', 'st', 'l', 'le', 'lt', 'ks', 'ni', 'na', 'ta', 'ga'];
/** Every ending peeled off a word to find its stems, plural markers included. */
const PEEL = [
	...new Set([
		...SINGULAR_ENDINGS,
		...PLURAL_ENDINGS.flatMap((e) => ['te' + e, 'de' + e]),
		't',
		'id',
		'sid',
		'i',
		'e',
		'si',
		'eid',
	]),
].filter(Boolean);
/** Two syllables, the first short (osa, kala, elu): nominative, genitive and partitive are alike. */
const SHORT_TWO_SYLLABLES = /^[^aeiouõäöü]*[aeiouõäöü][^aeiouõäöü][aeiouõäöü]$/;
/** One long syllable ending in l, n or r (pool, keel, meel): partitive -t, genitive plural -te (poolt, poolte). */
const LONG_SYLLABLE_LNR = /^[^aeiouõäöü]*[aeiouõäöü]{2}[lnr]$/;

export interface Slots {
	/**
	 * How telling it is that the dictionary confirms this declension, to rank homographs: a graded e-stem
	 * (hange, hanke) cannot be confirmed by accident, a plain vowel stem (konto, konto) easily can.
	 */
	specificity: number;
	/**
	 * A weak grade that only the dictionary's case forms can tell from a plain stem: the declension does not
	 * apply when the lemma takes case endings itself ("kodus", "kodule": kodu is no kodu/koo like lugu/loo).
	 */
	unlessOwnCases?: boolean;
	genitive: string[];
	partitive: string[];
	genitivePlural: string[];
	partitivePlural: string[];
}

/** Candidate principal forms of `lemma` for each declension type its shape allows; the dictionary filters them. */
export function declensions(lemma: string): Slots[] {
	const out: Slots[] = [];
	const last = lemma.at(-1) ?? '';
	const body = lemma.slice(0, -1);
	if (isVowel(last)) {
		const long = isVowel(lemma.at(-2));
		// konto, kasutaja, järelevalve, töö; osa, osa, osa (a short first syllable keeps the partitive bare)
		out.push({
			specificity: 0,
			genitive: [lemma],
			partitive: long
				? [lemma + 'd', lemma + 't']
				: SHORT_TWO_SYLLABLES.test(lemma)
					? [lemma, lemma + 't']
					: [lemma + 't'],
			genitivePlural: [lemma + 'de', lemma + 'te'],
			partitivePlural: [lemma + 'id', lemma + 'sid'],
		});
		// lugu → loo, lugu, lugude, lugusid; sõda → sõja
		const drop = DROPPING_GRADE.exec(lemma);
		if (drop) {
			const [, onset, first, , second] = drop;
			for (const genitive of [
				onset + open(first) + open(second),
				`${onset}${first}j${second}`,
			])
				out.push({
					specificity: 0.5,
					unlessOwnCases: true,
					genitive: [genitive],
					partitive: [lemma],
					genitivePlural: [lemma + 'de'],
					partitivePlural: [lemma + 'sid', body + 'e', body + 'u'],
				});
		}
		if (last === 'e') {
			// hange → hanke, aruanne → aruande, tarve → tarbe, puue → puude
			for (const strong of strengthen(body))
				out.push({
					specificity: 0.5,
					genitive: [strong + 'e'],
					partitive: [lemma + 't'],
					genitivePlural: [lemma + 'te'],
					partitivePlural: [strong + 'eid'],
				});
			// side → sideme, liige → liikme, aste → astme
			for (const stem of [
				lemma,
				...strengthen(body),
				...(isVowel(body.at(-1)) ? [] : [body]),
			]) {
				const genitive = stem + 'me';
				out.push({
					specificity: 0.4,
					genitive: [genitive],
					partitive: [lemma + 't'],
					genitivePlural: [genitive + 'te'],
					partitivePlural: [genitive + 'id'],
				});
			}
		}
		if (lemma.endsWith('ne')) {
			// pöördumine → pöördumise, inimene → inimese
			const s = lemma.slice(0, -2) + 's';
			out.push({
				specificity: 0.5,
				genitive: [s + 'e'],
				partitive: [s + 't'],
				genitivePlural: [s + 'te'],
				partitivePlural: [s + 'i'],
			});
		}
		return out;
	}
	if (last === 's') {
		// toetus → toetuse, toetust, toetuste, toetusi
		out.push({
			specificity: 0.5,
			genitive: [lemma + 'e'],
			partitive: [lemma + 't'],
			genitivePlural: [lemma + 'te'],
			partitivePlural: [lemma + 'i', lemma + 'eid'],
		});
	}
	for (const vowel of STEM_VOWELS) {
		const genitive = lemma + vowel;
		// sõiduk → sõiduki, sõidukit, sõidukite, sõidukeid; inventuur → inventuuri, inventuure; ohtlik → ohtlikku
		out.push({
			specificity: 0.2,
			genitive: [genitive],
			partitive: [
				genitive + 't',
				genitive,
				...(LONG_SYLLABLE_LNR.test(lemma) ? [lemma + 't'] : []),
				...strengthen(lemma, true).map((s) => s + vowel),
			],
			genitivePlural: [
				genitive + 'te',
				genitive + 'de',
				lemma + 'e',
				...(LONG_SYLLABLE_LNR.test(lemma) ? [lemma + 'te'] : []),
			],
			partitivePlural: [
				lemma + 'e',
				lemma + 'eid',
				genitive + 'id',
				lemma + 'i',
				...strengthen(lemma, true).map((s) => s + 'e'),
			],
		});
		// juht → juhi, juhti, juhtide, juhte; osakond → osakonna, osakonda, osakondi
		for (const weak of weaken(lemma)) {
			out.push({
				specificity: 0.4,
				genitive: [weak + vowel],
				partitive: [lemma + vowel],
				genitivePlural: [lemma + vowel + 'de'],
				partitivePlural: [lemma + 'e', lemma + 'i'],
			});
		}
		// number → numbri, numbrit, numbrite, numbreid (the last vowel drops)
		if (isVowel(lemma.at(-2)) && 'lnr'.includes(last) && lemma.length > 4) {
			const short = lemma.slice(0, -2) + last;
			out.push({
				specificity: 0.4,
				genitive: [short + vowel],
				partitive: [short + vowel + 't', lemma + 't'],
				genitivePlural: [short + vowel + 'te'],
				partitivePlural: [short + 'eid', short + vowel + 'id'],
			});
		}
	}
	return out;
}

/** Lemma proposals for a word: peel endings, then undo the genitive stem and gradation. */
export function proposeLemmas(word: string): Set<string> {
	const bases = new Set([word]);
	for (const ending of PEEL)
		if (word.length - ending.length >= 2 && word.endsWith(ending))
			bases.add(word.slice(0, -ending.length));
	const out = new Set<string>();
	for (const base of bases) {
		out.add(base);
		for (const strong of undropGrade(base)) out.add(strong); // loo → lugu, loa → luba
		const last = base.at(-1);
		const body = base.slice(0, -1);
		if (isVowel(last)) {
			out.add(body); // sõiduki → sõiduk, toetuse → toetus
			for (const strong of strengthen(body)) out.add(strong); // juhi → juht, riigi → riik
			if (last === 'e') for (const weak of weaken(body, true)) out.add(weak + 'e'); // hanke → hange, puude → puue
			if (base.endsWith('se') || base.endsWith('si')) out.add(base.slice(0, -2) + 'ne'); // pöördumise → pöördumine
			if (base.endsWith('me')) {
				out.add(base.slice(0, -2)); // sideme → side
				out.add(base.slice(0, -2) + 'e'); // astme → aste
				for (const weak of weaken(base.slice(0, -2))) out.add(weak + 'e'); // liikme → liige
			}
			// numbri → number
			if (!isVowel(body.at(-1)) && !isVowel(body.at(-2)) && body.length > 3)
				for (const vowel of ['e', 'a', 'i', 'u'])
					out.add(body.slice(0, -1) + vowel + body.at(-1));
		} else if (last === 's') {
			out.add(base.slice(0, -1) + 'ne'); // pöördumis(te) → pöördumine
		}
	}
	return out;
}

/** The word and, if it ends in the clitic -gi/-ki (ki after a voiceless consonant, gi elsewhere), without it. */
export function stripClitic(word: string): string[] {
	const before = word.at(-3) ?? '';
	const voiceless = 'kptgbdshfšzž'.includes(before);
	const clitic = (word.endsWith('ki') && voiceless) || (word.endsWith('gi') && !voiceless);
	return clitic && word.length > 5 ? [word, word.slice(0, -2)] : [word];
}

/**
 * Every inflected form reachable from principal forms: the lemma, the partitives as they are, and the case
 * endings on the genitive (singular cases, nominative plural) and the genitive plural (plural cases).
 */
export function surfaceForms(
	lemma: string,
	genitive: readonly string[],
	partitives: readonly string[],
	genitivePlural: readonly string[],
): Set<string> {
	const out = new Set<string>([lemma, ...partitives]);
	for (const form of genitive) for (const ending of SINGULAR_ENDINGS) out.add(form + ending);
	for (const form of genitivePlural) for (const ending of PLURAL_ENDINGS) out.add(form + ending);
	return out;
}
