/**
 * Compound splitting for the analyser (estonian.ts): a word is split where its first part is a dictionary word
 * (Hunspell's COMPOUNDFLAG, which dictionary-et uses for all compounds), a listed modifier or a particle, and
 * the rest analyses on its own.
 */
import {
	COMPOUND_MODIFIERS,
	HEAD_STOPLIST,
	MODIFIER_LEMMAS,
	SHORT_HEADS,
} from './domain-lexicon.ts';
import {
	likely,
	simpleParadigms,
	type Engine,
	type Paradigm,
	type WordAnalysis,
} from './paradigms.ts';

export const MIN_MODIFIER = 3;
/**
 * Particles and prefixes that start compounds without being nouns (järele|valve, üle|vaatus, ette|panek); any
 * other first part must be a noun or adjective in the nominative or genitive (riigi|hange, kasutaja|konto), which
 * keeps verb forms out ("teen|istuja" is not a split of "teenistuja").
 */
export const PARTICLES: ReadonlySet<string> = new Set(
	'üle ette kokku läbi järele järel juurde valmis üles sisse välja alla kaas kaasa vastu ühis eri ees taga tagasi ümber kõrval mitte eba ise edasi ligi tasa'.split(
		' ',
	),
);
const MIN_HEAD = 4;
/** Shortest head lemma split off a word the dictionary knows whole ("üle|vaatus", not "osa|konn"). */
const STRICT_HEAD = 5;

/** Longest word the analyser splits into compound parts; the longest real compounds have about 40 letters. */
const MAX_ANALYSED_WORD = 64;

/** A reading that may end a compound: four letters or more (or a listed short head), and no suffix. */
const headReading = (p: Paradigm) =>
	(p.lemma.length >= MIN_HEAD || SHORT_HEADS.has(p.lemma)) && !HEAD_STOPLIST.has(p.lemma);

/**
 * Whether a rest's readings make it a compound head: its best reading is a head reading and no likely one is a
 * suffix (HEAD_STOPLIST). A short reading beside the best does not count ("kool" is also read as a form of
 * "koo", "keele" of "kee", which kept "kõrgkool" and "võõrkeele" unsplit); the split leaves it out.
 */
function isHead(paradigms: readonly Paradigm[]): boolean {
	const readings = likely(paradigms);
	if (!readings.length || readings.some((p) => HEAD_STOPLIST.has(p.lemma))) return false;
	const best = readings.reduce((a, b) => (b.score > a.score ? b : a));
	return headReading(best);
}

interface Split {
	modifier: string;
	head: WordAnalysis;
	/** Number of parts: fewer is better ("kantselei|tarbed" over "kants|…"). */
	cost: number;
}

/**
 * The action noun in -mine whose compound form `modifier` is: compounds take it as "-mis", which is no word of
 * its own (juhtimis|kogemus, mõjutamis|oskus, "suhtlemis- ja mõjutamisoskus"); undefined unless the
 * dictionary confirms the noun with that genitive stem (juhtimine : juhtimise).
 */
function actionNounOf(engine: Engine, modifier: string): string | undefined {
	if (!modifier.endsWith('mis')) return undefined;
	const noun = `${modifier.slice(0, -1)}ne`;
	return simpleParadigms(engine, noun).some(
		(p) => p.lemma === noun && p.genitive.includes(`${modifier}e`),
	)
		? noun
		: undefined;
}

/** A first part on the curated lists: a modifier that is no word of its own, or a particle. */
const LISTED = (modifier: string) => COMPOUND_MODIFIERS.has(modifier) || PARTICLES.has(modifier);

/**
 * The best split of `word` into a first part and an analysable rest: the fewest parts, then the longest rest.
 * A first part is a word the dictionary knows (any form: "riigi", "ameti", "kasutaja") or a listed modifier.
 * For a word the dictionary knows whole (`strict`), only a simple rest of four letters or more counts, so
 * "ülevaatus" gives "vaatus" but "pöördumine" does not give "mine".
 */
function isModifier(engine: Engine, modifier: string): boolean {
	if (LISTED(modifier)) return true;
	if (actionNounOf(engine, modifier) !== undefined) return true;
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
		// At equal cost a first part of three letters that is only a dictionary word gives way to a longer
		// listed one: "kes|kaste" is a pronoun and a word, "kesk|aste" the compound meant (keskastme). A
		// longer dictionary word does not: "oma|valitsus", not "omava|litsus".
		if (
			!best ||
			cost < best.cost ||
			(cost === best.cost &&
				best.modifier.length <= MIN_MODIFIER &&
				!LISTED(best.modifier) &&
				LISTED(modifier))
		)
			best = { modifier, head, cost };
	}
	return best;
}

export function analyseWord(engine: Engine, word: string): WordAnalysis {
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
	// A word the dictionary has is split strictly even when the rules confirm no reading of it (illatives
	// in -sse, verb forms): any word began such words, "kii|rest" (kiiresti), "alg|suss" (algsusse).
	const split = lexiconWord
		? undefined
		: bestSplit(engine, word, simple.length > 0 || engine.lexicon.has(word));
	if (split) {
		const { modifier } = split;
		const head = { ...split.head, paradigms: split.head.paradigms.filter(headReading) };
		const modifierLemmas =
			COMPOUND_MODIFIERS.has(modifier) || PARTICLES.has(modifier)
				? []
				: simpleParadigms(engine, modifier).map((p) => p.lemma);
		const modifierLemma =
			MODIFIER_LEMMAS[modifier] ??
			actionNounOf(engine, modifier) ??
			modifierLemmas[0] ??
			modifier;
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
