/**
 * The readings of a word the analyser does not split: lemmas proposed by rule (declension.ts), kept when
 * dictionary-et confirms their principal forms, ranked by how well it does; domain-lexicon.ts first.
 */
import { LEXICON_PARADIGMS, PREFERRED_LEMMAS } from './domain-lexicon.ts';
import {
	OWN_CASE_ENDINGS,
	declensions,
	proposeLemmas,
	stripClitic,
	surfaceForms,
} from './declension.ts';
import type { HunspellLexicon } from './hunspell.ts';

/** One lemma with its principal forms (nominative first). */
export interface Paradigm {
	lemma: string;
	/** Lemma, genitive(s), partitive, genitive plural, partitive plural, as far as the dictionary confirms them. */
	forms: string[];
	/** The genitive singular form(s) among `forms`. */
	genitive: string[];
	source: 'dictionary' | 'lexicon';
	/** How well the dictionary confirms this reading; ranks homographs ("hange" over "hang"). */
	score: number;
}

export interface WordAnalysis {
	word: string;
	/** Lemmas of the whole word, most likely first; compounds carry their first parts ("riigihange"). */
	paradigms: Paradigm[];
	/** Lemmas of the compound's parts, first parts first ("riik", "hange"); empty for a simple word. */
	parts: string[];
	/** Paradigms of the compound's later parts ("hange" in "riigihange", "ülesanne" in "tööülesanne"). */
	partParadigms: Paradigm[];
}

/** Readings scoring below this share of the best one add no index terms ("juh" next to "juht"). */
const TERM_RATIO = 0.75;

/** The likely readings: those scoring at least TERM_RATIO of the best ("juht", not also "juh"). */
export function likely(paradigms: readonly Paradigm[]): Paradigm[] {
	let top = 0;
	for (const p of paradigms) top = Math.max(top, p.score);
	return paradigms.filter((p) => p.score >= TERM_RATIO * top);
}

export interface Engine {
	lexicon: HunspellLexicon;
	simpleCache: Map<string, Paradigm[]>;
	analysisCache: Map<string, WordAnalysis>;
}

/**
 * The best declension of `lemma` that the dictionary confirms and that produces `form`, or undefined. Confirmed
 * means: the genitive and, besides it, one more principal form (two when the genitive equals the lemma) are
 * dictionary words. Best: most principal forms (slots) confirmed, then the most specific declension ("hange,
 * hanke" over "hange, hange").
 */
function confirmDeclension(
	lexicon: HunspellLexicon,
	lemma: string,
	form: string,
): { forms: string[]; genitive: string[]; slots: number; specificity: number } | undefined {
	let best:
		| { forms: string[]; genitive: string[]; slots: number; specificity: number; rank: number }
		| undefined;
	for (const slots of declensions(lemma)) {
		if (
			slots.unlessOwnCases &&
			OWN_CASE_ENDINGS.filter((ending) => lexicon.has(lemma + ending)).length >= 3
		)
			continue;
		const genitive = slots.genitive.filter((f) => lexicon.has(f));
		if (!genitive.length) continue;
		const rest = [slots.partitive, slots.genitivePlural, slots.partitivePlural].map((slot) =>
			slot.filter((f) => !genitive.includes(f) && lexicon.has(f)),
		);
		// osa, osa, osa: a bare partitive counts as confirmed when the dictionary has the word
		const barePartitive = slots.partitive.includes(lemma) && !rest[0].length;
		const confirmed =
			rest.filter((slot) => slot.some((f) => f !== lemma)).length + (barePartitive ? 1 : 0);
		if (confirmed < (genitive.includes(lemma) ? 2 : 1)) continue;
		const forms = [...new Set([lemma, ...genitive, ...rest.flat()])];
		if (!surfaceForms(lemma, genitive, [...rest[0], ...rest[2]], rest[1]).has(form)) continue;
		const count = 1 + rest.filter((slot) => slot.length).length + (barePartitive ? 1 : 0);
		const rank = count + slots.specificity;
		if (!best || rank > best.rank)
			best = { forms, genitive, slots: count, specificity: slots.specificity, rank };
	}
	return (
		best && {
			forms: best.forms,
			genitive: best.genitive,
			slots: best.slots,
			specificity: best.specificity,
		}
	);
}

/** The paradigms of a word that is not split: lexicon entries first, then validated dictionary proposals. */
export function simpleParadigms(engine: Engine, word: string): Paradigm[] {
	const cached = engine.simpleCache.get(word);
	if (cached) return cached;
	const { lexicon } = engine;
	const result: Paradigm[] = [];
	for (const [lemma, forms] of Object.entries(LEXICON_PARADIGMS)) {
		const [, genitive, partitive, genitivePlural, partitivePlural] = forms;
		if (
			surfaceForms(lemma, [genitive], [partitive, partitivePlural], [genitivePlural]).has(
				word,
			)
		)
			result.push({
				lemma,
				forms: [...forms],
				genitive: [genitive],
				source: 'lexicon',
				score: 5.5,
			});
	}
	if (!result.length && lexicon.has(word)) {
		const scored = new Map<string, { paradigm: Paradigm; score: number }>();
		for (const form of stripClitic(word)) {
			for (const lemma of proposeLemmas(form)) {
				if (lemma.length < 2 || scored.has(lemma) || !lexicon.has(lemma)) continue;
				const confirmed = confirmDeclension(lexicon, lemma, form);
				if (!confirmed) continue;
				// Order of likelihood: confirmed principal forms; the word being its own lemma; dictionary-et giving
				// the entry clitic forms (-gi/-ki, flag a), which it does mostly for nominatives.
				const score =
					confirmed.slots +
					confirmed.specificity +
					(lemma === form ? 1 : 0) +
					(lexicon.data.entries.get(lemma)?.includes('a') ? 1 : 0) +
					(PREFERRED_LEMMAS.has(lemma) ? 2 : 0);
				scored.set(lemma, {
					paradigm: {
						lemma,
						forms: confirmed.forms,
						genitive: confirmed.genitive,
						source: 'dictionary',
						score,
					},
					score,
				});
			}
		}
		// A proposal that is a partitive or plural form of another proposal, which is not one of its forms in turn,
		// is that proposal's form and not a lemma (järelevalvete → "järelevalvet", the partitive of "järelevalve").
		// A genitive may be a lemma as well: "hange" is the genitive of "hang" and a noun of its own.
		const all = [...scored.values()].map((s) => s.paradigm);
		const dominated = (a: Paradigm) =>
			all.some(
				(b) =>
					b !== a &&
					b.forms.includes(a.lemma) &&
					!b.genitive.includes(a.lemma) &&
					!a.forms.includes(b.lemma),
			);
		const ranked = [...scored.values()]
			.filter((s) => !dominated(s.paradigm))
			.sort((a, b) => b.score - a.score || (a.paradigm.lemma < b.paradigm.lemma ? -1 : 1));
		for (const { paradigm } of ranked) result.push(paradigm);
	}
	engine.simpleCache.set(word, result);
	return result;
}
