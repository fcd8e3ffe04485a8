/**
 * Estonian analysis for the search index: lemmas, compound parts and the few inflected forms a page needs so
 * that Pagefind's own stemmer lets every inflected, graded or compound query reach it.
 *
 * How Pagefind matches (measured, see README.md beside this file): it folds diacritics, stems the query word
 * with Snowball Estonian and returns pages holding an index word that *starts with* that stem. Snowball strips
 * endings but never undoes consonant gradation, so one noun has several stems (hange → "hange", hanked →
 * "hanke"; toetus → "toetu", toetuste → "toetus", toetusi → "toetusi"). A page is found by every form of a word
 * when its index holds, for each stem of that word's paradigm, a word starting with that stem. This module
 * finds the paradigm of each word on the page and returns the smallest set of forms that covers it.
 *
 * The paradigm: dictionary-et is a Hunspell word-form list without lemmas or morphology, so the analyser
 * proposes lemmas by peeling case endings and undoing gradation, generates each proposal's principal forms
 * (genitive, partitive, genitive and partitive plural) by declension type, and keeps a proposal only when the
 * dictionary knows its forms and the proposal generates the word it came from. Compounds are split where the
 * first part is a dictionary word and the rest analyses on its own (Hunspell's COMPOUNDFLAG, which this
 * dictionary uses for all compounds). What the dictionary lacks comes from domain-lexicon.ts.
 */
import et from 'dictionary-et';
import {
	COMPOUND_MODIFIERS,
	HEAD_STOPLIST,
	LEXICON_PARADIGMS,
	MODIFIER_LEMMAS,
	PREFERRED_LEMMAS,
	SHORT_HEADS,
} from './domain-lexicon.ts';
import { HunspellLexicon, parseHunspell } from './hunspell.ts';
import { pagefindStem } from './snowball-estonian.ts';

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

export interface Analyzer {
	/** Dictionary base forms of `word`, most likely first; [] when the word is unknown. */
	lemmas(word: string): string[];
	/** Lemmas of the parts of a compound, first part first; [] for a simple or unknown word. */
	compoundParts(word: string): string[];
	analyse(word: string): WordAnalysis;
	/**
	 * Index terms for a page when queries are expanded (`expansions`): the lemmas of the later parts of its
	 * compounds ("hange" for "riigihangetega"), which Pagefind's prefix matching cannot reach otherwise.
	 */
	headTerms(text: string): string[];
	/**
	 * Query expansions for a vocabulary: for each Pagefind stem of each paradigm the words have (whole words,
	 * compound parts), one form for every other stem of that paradigm, leaving out stems that extend another
	 * listed one ("hanke" → "hange"; "riik" → "riigi", which finds "riigihange").
	 */
	expansions(words: Iterable<string>): Map<string, string[]>;
}

const VOWELS = new Set('aeiouõäöü');
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);
const STEM_VOWELS = ['i', 'u', 'e', 'a'];
/** Endings on the genitive stem (singular cases and the nominative plural). */
const SINGULAR_ENDINGS = ['', 'd', 's', 'sse', 'st', 'l', 'le', 'lt', 'ks', 'ni', 'na', 'ta', 'ga'];
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
const MIN_MODIFIER = 3;
/** Readings scoring below this share of the best one add no index terms ("juh" next to "juht"). */
const TERM_RATIO = 0.75;
/** Shortest term worth indexing: shorter lemmas and parts (töö, osa) are prefixes of the words they come from. */
const MIN_TERM = 4;
/**
 * Particles and prefixes that start compounds without being nouns (järele|valve, üle|vaatus, ette|panek); any
 * other first part must be a noun or adjective in the nominative or genitive (riigi|hange, kasutaja|konto), which
 * keeps verb forms out ("teen|istuja" is not a split of "teenistuja").
 */
const PARTICLES = new Set(
	'üle ette kokku läbi järele juurde üles sisse välja alla kaas kaasa vastu ühis eri ees taga tagasi ümber kõrval mitte eba ise edasi ligi tasa'.split(
		' ',
	),
);
/** Two syllables, the first short (osa, kala, elu): nominative, genitive and partitive are alike. */
const SHORT_TWO_SYLLABLES = /^[^aeiouõäöü]*[aeiouõäöü][^aeiouõäöü][aeiouõäöü]$/;
/** One long syllable ending in l, n or r (pool, keel, meel): partitive -t, genitive plural -te (poolt, poolte). */
const LONG_SYLLABLE_LNR = /^[^aeiouõäöü]*[aeiouõäöü]{2}[lnr]$/;
const MIN_HEAD = 4;
/** Shortest head lemma split off a word the dictionary knows whole ("üle|vaatus", not "osa|konn"). */
const STRICT_HEAD = 5;

/**
 * Strong-grade variants of a stem's final consonants: hang → hank, aruann → aruand, tarv → tarb, puu → puud;
 * with `doublingOnly` just õp → õpp, ohtlik → ohtlikk (the strong partitive of -lik words).
 */
function strengthen(stem: string, doublingOnly = false): string[] {
	const out: string[] = [];
	const last = stem.at(-1);
	const before = stem.at(-2);
	if (last === undefined) return out;
	if (doublingOnly) {
		if ('kptsf'.includes(last) && isVowel(before)) out.push(stem + last);
		return out;
	}
	if (isVowel(last)) out.push(stem + 'd');
	else if (last === before) {
		if (last === 'n' || last === 'l' || last === 'r') out.push(stem.slice(0, -1) + 'd'); // aruann → aruand
	} else {
		if ('kptsf'.includes(last) && isVowel(before)) out.push(stem + last); // õp → õpp, mõt → mõtt
		const swap: Record<string, string> = { g: 'k', d: 't', b: 'p', v: 'b' };
		if (swap[last]) out.push(stem.slice(0, -1) + swap[last]); // hang → hank, tarv → tarb
		if (last === 'h' && isVowel(before)) out.push(stem + 't'); // juh → juht
	}
	return out;
}

/**
 * Weak-grade variants of a stem's final consonants: juht → juh, riik → riig, osakond → osakonn; with
 * `dropD` also puud → puu, which only the e-stems have (puude → puue); no noun ends in a d that disappears.
 */
function weaken(stem: string, dropD = false): string[] {
	const out: string[] = [];
	const last = stem.at(-1);
	const before = stem.at(-2);
	if (last === undefined || before === undefined) return out;
	if (last === before && 'kptsf'.includes(last)) out.push(stem.slice(0, -1)); // kokkulepp → kokkulep
	const swap: Record<string, string> = { k: 'g', t: 'd', p: 'b', b: 'v' };
	if (swap[last] && last !== before) out.push(stem.slice(0, -1) + swap[last]); // riik → riig, tarb → tarv
	if (last === 'd' && 'nlr'.includes(before)) out.push(stem.slice(0, -1) + before); // osakond → osakonn
	if (last === 't' && before === 'h') out.push(stem.slice(0, -1)); // juht → juh
	if (dropD && last === 'd' && isVowel(before)) out.push(stem.slice(0, -1)); // puud → puu
	return out;
}

interface Slots {
	/**
	 * How telling it is that the dictionary confirms this declension, to rank homographs: a graded e-stem
	 * (hange, hanke) cannot be confirmed by accident, a plain vowel stem (konto, konto) easily can.
	 */
	specificity: number;
	genitive: string[];
	partitive: string[];
	genitivePlural: string[];
	partitivePlural: string[];
}

/** Candidate principal forms of `lemma` for each declension type its shape allows; the dictionary filters them. */
function declensions(lemma: string): Slots[] {
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
			// side → sideme, liige → liikme
			for (const stem of [lemma, ...strengthen(body)]) {
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
function proposeLemmas(word: string): Set<string> {
	const bases = new Set([word]);
	for (const ending of PEEL)
		if (word.length - ending.length >= 2 && word.endsWith(ending))
			bases.add(word.slice(0, -ending.length));
	const out = new Set<string>();
	for (const base of bases) {
		out.add(base);
		const last = base.at(-1);
		const body = base.slice(0, -1);
		if (isVowel(last)) {
			out.add(body); // sõiduki → sõiduk, toetuse → toetus
			for (const strong of strengthen(body)) out.add(strong); // juhi → juht, riigi → riik
			if (last === 'e') for (const weak of weaken(body, true)) out.add(weak + 'e'); // hanke → hange, puude → puue
			if (base.endsWith('se') || base.endsWith('si')) out.add(base.slice(0, -2) + 'ne'); // pöördumise → pöördumine
			if (base.endsWith('me')) {
				out.add(base.slice(0, -2)); // sideme → side
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
function stripClitic(word: string): string[] {
	const before = word.at(-3) ?? '';
	const voiceless = 'kptgbdshfšzž'.includes(before);
	const clitic = (word.endsWith('ki') && voiceless) || (word.endsWith('gi') && !voiceless);
	return clitic && word.length > 5 ? [word, word.slice(0, -2)] : [word];
}

/** Longest word the analyser splits into compound parts; the longest real compounds have about 40 letters. */
const MAX_ANALYSED_WORD = 64;

interface Engine {
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
function simpleParadigms(engine: Engine, word: string): Paradigm[] {
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

/**
 * Every inflected form reachable from principal forms: the lemma, the partitives as they are, and the case
 * endings on the genitive (singular cases, nominative plural) and the genitive plural (plural cases).
 */
function surfaceForms(
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

function isHead(paradigms: Paradigm[]): boolean {
	return (
		paradigms.length > 0 &&
		paradigms.every(
			(p) =>
				(p.lemma.length >= MIN_HEAD || SHORT_HEADS.has(p.lemma)) &&
				!HEAD_STOPLIST.has(p.lemma),
		)
	);
}

interface Split {
	modifier: string;
	head: WordAnalysis;
	/** Number of parts: fewer is better ("kantselei|tarbed" over "kants|…"). */
	cost: number;
}

/**
 * The best split of `word` into a first part and an analysable rest: the fewest parts, then the longest rest.
 * A first part is a word the dictionary knows (any form: "riigi", "ameti", "kasutaja") or a listed modifier.
 * For a word the dictionary knows whole (`strict`), only a simple rest of four letters or more counts, so
 * "ülevaatus" gives "vaatus" but "pöördumine" does not give "mine".
 */
function isModifier(engine: Engine, modifier: string): boolean {
	if (COMPOUND_MODIFIERS.has(modifier) || PARTICLES.has(modifier)) return true;
	if (!engine.lexicon.has(modifier)) return false;
	return simpleParadigms(engine, modifier).some(
		(p) => p.lemma === modifier || p.genitive.includes(modifier),
	);
}

function bestSplit(engine: Engine, word: string, strict: boolean): Split | undefined {
	let best: Split | undefined;
	for (let i = MIN_MODIFIER; i <= word.length - (MIN_HEAD - 1); i++) {
		const modifier = word.slice(0, i);
		if (!isModifier(engine, modifier)) continue;
		const rest = word.slice(i);
		if (rest.length < MIN_HEAD - 1 || (strict && rest.length < STRICT_HEAD)) continue;
		const head = analyseWord(engine, rest);
		if (!isHead(head.paradigms)) continue;
		if (
			strict &&
			(head.parts.length || head.paradigms.some((p) => p.lemma.length < STRICT_HEAD))
		)
			continue;
		const cost = 1 + (head.parts.length ? head.parts.length : 1);
		if (!best || cost < best.cost) best = { modifier, head, cost };
	}
	return best;
}

function analyseWord(engine: Engine, word: string): WordAnalysis {
	const cached = engine.analysisCache.get(word);
	if (cached) return cached;
	// Splitting tries every split point of every rest: quadratic, and recursive per part. No Estonian
	// word is this long; a pasted run of letters (255,000 of them at the size limit) stalled the build.
	if (word.length > MAX_ANALYSED_WORD)
		return { word, paradigms: [], parts: [], partParadigms: [] };
	// Reserve the entry first: a word's rest is analysed recursively and never reaches back to the word.
	const simple = simpleParadigms(engine, word);
	let result: WordAnalysis = { word, paradigms: simple, parts: [], partParadigms: [] };
	const lexiconWord = simple.some((p) => p.source === 'lexicon');
	const split = lexiconWord ? undefined : bestSplit(engine, word, simple.length > 0);
	if (split) {
		const { modifier, head } = split;
		const modifierLemmas =
			COMPOUND_MODIFIERS.has(modifier) || PARTICLES.has(modifier)
				? []
				: simpleParadigms(engine, modifier).map((p) => p.lemma);
		const modifierLemma = MODIFIER_LEMMAS[modifier] ?? modifierLemmas[0] ?? modifier;
		const prefixed = head.paradigms.map((p) => ({
			...p,
			lemma: modifier + p.lemma,
			forms: p.forms.map((f) => modifier + f),
			genitive: p.genitive.map((g) => modifier + g),
		}));
		result = {
			word,
			paradigms: [
				...simple,
				...prefixed.filter((p) => !simple.some((s) => s.lemma === p.lemma)),
			],
			// tööülesanne → töö, ülesanne; sotsiaalkindlustusamet → sotsiaalkindlustus, amet
			parts: [
				...new Set([
					modifierLemma,
					...head.paradigms.map((p) => p.lemma),
					...head.parts.slice(1),
				]),
			],
			partParadigms: [...head.paradigms, ...head.partParadigms],
		};
	}
	engine.analysisCache.set(word, result);
	return result;
}

const WORD = /\p{L}+/gu;
/** Lines whose words headTerms keeps; far above one site's distinct lines, it only bounds memory. */
const LINE_CACHE_LIMIT = 500_000;

/** The readings worth indexing: those scoring at least TERM_RATIO of the best ("juht", not also "juh"). */
function likely(paradigms: Paradigm[]): Paradigm[] {
	let top = 0;
	for (const p of paradigms) top = Math.max(top, p.score);
	return paradigms.filter((p) => p.score >= TERM_RATIO * top);
}

/** Loads dictionary-et once (about a second) and returns an analyser that caches every word it has seen. */
// eslint-disable-next-line @typescript-eslint/require-await -- async on purpose: a failure to load the dictionary reaches callers as a rejection
export async function createAnalyzer(): Promise<Analyzer> {
	const lexicon = new HunspellLexicon(parseHunspell(et.aff, et.dic));
	const engine: Engine = { lexicon, simpleCache: new Map(), analysisCache: new Map() };
	const analyse = (word: string) => analyseWord(engine, word.toLocaleLowerCase('et'));
	const stemCache = new Map<string, string>();
	const stem = (word: string) => {
		let s = stemCache.get(word);
		if (s === undefined) stemCache.set(word, (s = pagefindStem(word)));
		return s;
	};
	/** Per word, once: the lemmas its likely compound heads could add as terms, with their stems. */
	const candidateCache = new Map<string, readonly { lemma: string; stem: string }[]>();
	const headCandidates = (word: string) => {
		let candidates = candidateCache.get(word);
		if (candidates === undefined) {
			candidates = likely(analyseWord(engine, word).partParadigms)
				.filter(({ lemma }) => lemma.length >= MIN_TERM)
				.map(({ lemma }) => ({ lemma, stem: stem(lemma) }));
			candidateCache.set(word, candidates);
		}
		return candidates;
	};

	/** The terms for a page's words in text order (repeats allowed): the first occurrence decides the order. */
	const headTermsOfWords = (allWords: Iterable<string>): string[] => {
		const words = new Set(allWords);
		// A head some word of the page already starts with (by stem) is found without a term. The page's
		// stems, sorted: the first one not below a head's stem starts with it if any does.
		const stems = [...new Set([...words].map(stem))].sort();
		const added: string[] = [];
		const covered = (s: string) => {
			let low = 0;
			let high = stems.length;
			while (low < high) {
				const middle = (low + high) >>> 1;
				if (stems[middle] < s) low = middle + 1;
				else high = middle;
			}
			return (
				(low < stems.length && stems[low].startsWith(s)) ||
				added.some((a) => a.startsWith(s))
			);
		};
		const out: string[] = [];
		for (const word of words)
			for (const { lemma, stem: s } of headCandidates(word)) {
				if (covered(s)) continue;
				out.push(lemma);
				added.push(s);
			}
		return out;
	};
	/** Lower-case words per line of text: job descriptions share most of their lines. */
	const lineCache = new Map<string, readonly string[]>();

	return {
		analyse,
		lemmas: (word) => analyse(word).paradigms.map((p) => p.lemma),
		compoundParts: (word) => analyse(word).parts,
		headTerms(text) {
			// Word by word per line: no word spans a line break, and job descriptions share most of their
			// lines, so each distinct line is lower-cased and split once per build.
			const words: string[] = [];
			for (const line of text.split('\n')) {
				let lineWords = lineCache.get(line);
				if (lineWords === undefined) {
					lineWords = line.toLocaleLowerCase('et').match(WORD) ?? [];
					if (lineCache.size >= LINE_CACHE_LIMIT) lineCache.clear();
					lineCache.set(line, lineWords);
				}
				for (const word of lineWords) words.push(word);
			}
			return headTermsOfWords(words);
		},
		expansions(vocabulary) {
			const byStem = new Map<string, Map<string, string>>();
			const done = new Set<string>();
			const addParadigm = (p: Paradigm) => {
				const key = p.forms.join(' ');
				if (done.has(key)) return;
				done.add(key);
				// One form per stem, the shortest (ties: the first in paradigm order, so the lemma wins).
				const stems = new Map<string, string>();
				for (const form of [...p.forms, ...p.genitive.map((g) => `${g}d`)]) {
					const s = stem(form);
					const known = stems.get(s);
					if (known === undefined || form.length < known.length) stems.set(s, form);
				}
				if (stems.size < 2) return;
				for (const s of stems.keys()) {
					let forms = byStem.get(s);
					if (!forms) byStem.set(s, (forms = new Map<string, string>()));
					// Stems that merely extend `s` are found by the word as typed, but an exact stem ranks them
					// above unrelated words sharing the short stem (lähetus → "lahe", also "lahendus").
					for (const [other, form] of stems) if (other !== s) forms.set(other, form);
				}
			};
			for (const raw of vocabulary) {
				const analysis = analyseWord(engine, raw.toLocaleLowerCase('et'));
				for (const p of likely(analysis.paradigms)) addParadigm(p);
				for (const p of likely(analysis.partParadigms)) addParadigm(p);
				// The first part's own paradigm: "riik" reaches "riigihange" through the form "riigi".
				const first = analysis.parts[0];
				if (first !== undefined && first.length >= MIN_MODIFIER)
					for (const p of likely(analyseWord(engine, first).paradigms)) addParadigm(p);
			}
			const out = new Map<string, string[]>();
			for (const [s, forms] of [...byStem].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
				// A form whose stem extends another listed stem is found by that one's search already.
				const stems = [...forms.keys()];
				const kept = stems
					.filter((t) => !stems.some((u) => u !== t && t.startsWith(u)))
					.sort()
					.map((t) => forms.get(t)!);
				if (kept.length > 0) out.set(s, kept);
			}
			return out;
		},
	};
}
