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
 *
 * The parts: declension.ts (endings, gradation, declension types), paradigms.ts (what the dictionary confirms),
 * compounds.ts (splitting); this module puts them together as head terms and query expansions.
 */
import et from 'dictionary-et';
import { analyseWord, MIN_MODIFIER } from './compounds.ts';
import { HunspellLexicon, parseHunspell } from './hunspell.ts';
import { likely, type Engine, type Paradigm, type WordAnalysis } from './paradigms.ts';
import { linesOf, perLine } from './per-line.ts';
import { pagefindStem } from './snowball-estonian.ts';

export type { Paradigm, WordAnalysis } from './paradigms.ts';

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
	headTerms(text: string | readonly string[]): string[];
	/**
	 * The compounds a text writes with a shared head left out (a hyphen and a conjunction: "kõne- ja
	 * andmesideteenuse" is "kõnesideteenus" and "andmesideteenus"): each first part before the hyphen joined
	 * to the later parts of the last word (its head's lemma), which no query can reach otherwise.
	 */
	suspendedCompounds(text: string | readonly string[]): string[];
	/**
	 * Query expansions for a vocabulary: for each Pagefind stem of each paradigm the words have (whole words,
	 * compound parts), one form for every other stem of that paradigm, leaving out stems that extend another
	 * listed one ("hanke" → "hange"; "riik" → "riigi", which finds "riigihange").
	 */
	expansions(words: Iterable<string>): Map<string, string[]>;
}

/** Shortest term worth indexing: shorter lemmas and parts (töö, osa) are prefixes of the words they come from. */
const MIN_TERM = 4;

const WORD = /\p{L}+/gu;
/**
 * First parts with a hyphen ("kõne-", "kvaliteedi-, tulemus-"), a conjunction and the compound whose head
 * they share (Estonian writes "kõne- ja andmeside" for "kõneside ja andmeside").
 */
const SUSPENDED =
	/(?<![\p{L}-])((?:\p{L}{2,}-(?:\s*,\s*|\s+))+)(?:ja|või|ning|ega|ehk)\s+(\p{L}{4,})/gu;

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

	/**
	 * Every stem met in a line gets a number, once, and is listed under each of its beginnings: the stems
	 * a head's stem is a beginning of are then one lookup away, whatever the page.
	 */
	const stemNumbers = new Map<string, number>();
	const stemsStartingWith = new Map<string, number[]>();
	const stemNumber = (s: string) => {
		let n = stemNumbers.get(s);
		if (n === undefined) {
			stemNumbers.set(s, (n = stemNumbers.size));
			for (let length = 1; length <= s.length; length++) {
				const beginning = s.slice(0, length);
				const numbers = stemsStartingWith.get(beginning);
				if (numbers) numbers.push(n);
				else stemsStartingWith.set(beginning, [n]);
			}
		}
		return n;
	};
	/** What headTerms needs of one line: its words' stems (numbers), and its words' head candidates in text order. */
	interface LineTerms {
		stems: readonly number[];
		candidates: readonly { lemma: string; stem: string }[];
	}
	/** Per distinct line of text, once. */
	const lineTerms = perLine((line): LineTerms => {
		const words = new Set(line.toLocaleLowerCase('et').match(WORD));
		return {
			stems: [...new Set([...words].map((word) => stemNumber(stem(word))))],
			candidates: [...words].flatMap(headCandidates),
		};
	});
	/** The last text headTerms marked each stem number as used in, by that text's count. */
	const usedIn: number[] = [];
	let texts = 0;
	const suspendedInLine = perLine((line): readonly string[] => {
		const out: string[] = [];
		if (!line.includes('-')) return out;
		for (const [, firsts, last] of line.toLocaleLowerCase('et').matchAll(SUSPENDED)) {
			// The head is what follows the last word's first part: "sideteenus" in "andmesideteenuse".
			const head = analyse(last).parts[1];
			if (head === undefined) continue;
			for (const first of firsts.split(/-\s*,?\s*/u))
				if (first.length >= 2) out.push(first + head);
		}
		return out;
	});

	return {
		analyse,
		lemmas: (word) => analyse(word).paradigms.map((p) => p.lemma),
		compoundParts: (word) => analyse(word).parts,
		headTerms(text) {
			// No word spans a line break: the page's text is its distinct lines' words, in text order.
			const lines = linesOf(text).map(lineTerms);
			// A head some word of the page already starts with (by stem) is found without a term: the page's
			// stems are marked, and a head is covered when one of the stems it begins is.
			const current = ++texts;
			for (const { stems } of lines) for (const n of stems) usedIn[n] = current;
			const added: string[] = [];
			const covered = (s: string) =>
				stemsStartingWith.get(s)?.some((n) => usedIn[n] === current) === true ||
				added.some((a) => a.startsWith(s));
			// A word's candidates are met again where it repeats: by then they are covered or added.
			const out: string[] = [];
			for (const { candidates } of lines)
				for (const { lemma, stem: s } of candidates) {
					if (covered(s)) continue;
					out.push(lemma);
					added.push(s);
				}
			return out;
		},
		suspendedCompounds(text) {
			// Line by line, each distinct line once, as in headTerms: "kõne- ja andmeside" is written on one line.
			const out = new Set<string>();
			for (const line of linesOf(text))
				for (const compound of suspendedInLine(line)) out.add(compound);
			return [...out];
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
