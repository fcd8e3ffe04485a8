/**
 * Whether typed words name the words of a title, a unit's or competency's name or a definition: folding,
 * inflected forms, compounds typed apart or joined, one slipped letter in a long word. Shared by the
 * relation questions (answers.ts), the named pages (names.ts) and the ranking (rerank.ts); runs in the
 * browser and in the tests.
 */
import { distance } from 'fastest-levenshtein';

/** Lower case, diacritics folded, letters and digits only. */
export function foldWords(text: string): string[] {
	return (
		text
			.toLocaleLowerCase('et')
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/** How many letters two words begin with alike. */
export const commonPrefix = (a: string, b: string): number => {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
};

/** Words of at least this many letters are the same word with one letter slipped ("välissuhhete"). */
const MIN_SLIP_WORD = 8;

/**
 * Whether a typed word is `word` inflected: with an ending ("nõunikku" for "nõunik") or at most its last two
 * letters changed ("haldusjuhi", "eksperdid"), keeping at least half of the longer word ("välismaksete"
 * shares "val" with "valga" and is not it; "arendus" is only the start of "arendusosakond"), or for words of
 * MIN_SLIP_WORD letters, with one letter slipped.
 */
export function sameWord(typed: string, word: string): boolean {
	if (typed.length < 3 || word.length < 3) return typed === word;
	const shared = commonPrefix(typed, word);
	return (
		shared === word.length ||
		(shared >= Math.max(3, word.length - 2) &&
			2 * shared >= Math.max(typed.length, word.length)) ||
		(Math.min(typed.length, word.length) >= MIN_SLIP_WORD && distance(typed, word) === 1)
	);
}

/**
 * The stem of an adjective in -line or -lik, in any case ("empaatiline" → "empaati", "koostöövõimelised" →
 * "koostöövõime", "rahulikuks" → "rahu"), which begins the noun or compound it is derived from
 * ("empaatiavõime", "koostöövõime"); undefined for another word or a stem of fewer than
 * MIN_ADJECTIVE_STEM letters, which would begin too many words ("ametlik": "amet").
 */
export function adjectiveBase(typed: string): string | undefined {
	const stem = ADJECTIVE.exec(typed)?.[1];
	return stem !== undefined && stem.length >= MIN_ADJECTIVE_STEM ? stem : undefined;
}

/**
 * An adjective in -line (-lise-, -lis-) or -lik (-liku-, -likk-), with a case or plural ending; or a compound
 * adjective in -aldis or -valmis (-aldi-, -valmi-), which says a person is inclined or ready to what its first
 * part names ("koostööaldis", "koostöövalmis": Koostöövõime).
 */
const ADJECTIVE =
	/^(\p{L}+?)(?:line|lis(?:e|t|i)\p{L}{0,5}|lik(?:k|u|e)?\p{L}{0,5}|(?:aldi|valmi)\p{L}{0,3})$/u;

/** The shortest adjective stem that names a word it begins. */
const MIN_ADJECTIVE_STEM = 5;

/**
 * Whether a typed (inflected) word names a title's word: the word itself inflected (`sameWord`), the start
 * of a compound, also inflected ("kasutaja" for "kasutajatoe", "juhendamine" for "juhendamisoskus"), or the
 * head of a compound ("juhatajat" for "talitusejuhataja"). A changed ending keeps at least half of the
 * longer word: "välismaksete" shares "val" with "valga" and names it not.
 */
export function wordNames(typed: string, word: string): boolean {
	if (typed.length < 3 || word.length < 3) return typed === word;
	// An adjective names the noun it derives from ("empaatiline": "empaatia-", "koostöövõimeline").
	const base = adjectiveBase(typed);
	if (base !== undefined && (word.startsWith(base) || sameWord(base, word))) return true;
	const shared = commonPrefix(typed, word);
	// The word with an ending or a changed ending, or a compound that starts with it (so inflected).
	if (
		sameWord(typed, word) ||
		shared === typed.length ||
		(shared >= Math.max(3, Math.min(typed.length, word.length) - 2) &&
			2 * shared >= Math.max(typed.length, word.length))
	)
		return true;
	// The head of a compound: "juhatajat" names "talitusejuhataja".
	return [0, 1, 2].some(
		(cut) =>
			typed.length - cut >= 4 &&
			word.length > typed.length - cut &&
			word.endsWith(typed.slice(0, typed.length - cut)),
	);
}

/**
 * Whether a typed word is a form of a word of running text, such as a definition: the same word; both the
 * same stem with at most four letters of ending each ("veenev" / "veenvalt", "vajadused" / "vajadustest"; a
 * short word whole: "töö" / "tööd"; -ne as -se-: "täpne" / "täpselt"); the head of a compound ("kliendi" /
 * "väliskliendi"); or an action noun in -mine and a form of its verb (`VERB_FORM`: "seadmine" / "seab", "kogumine" /
 * "kogub", "koostamine" / "koostada", "teavitamine" / "teavitatud"). Stricter than `wordNames`, which lets three letters name a short word of a title: in a
 * definition that matches "teeb" for "teenuste" and "korral" for "korraldamine".
 */
export function formOf(typedWord: string, textWord: string): boolean {
	if (typedWord === textWord) return true;
	// A word in -ne declines on -se- ("täpne" / "täpselt", "õigeaegne" / "õigeaegselt").
	const [typed, word] = [typedWord, textWord].map((each) => each.replace(/ne$/u, 'se'));
	const shared = commonPrefix(typed, word);
	const shorter = Math.min(typed.length, word.length);
	if (
		shared >= Math.min(4, shorter) &&
		shared >= shorter - 2 &&
		typed.length - shared <= 4 &&
		word.length - shared <= 4
	)
		return true;
	if (typed.length >= 4 && word.length > typed.length && word.endsWith(typed)) return true;
	// The reflexive pronoun in any case ("enese-" / "end").
	if (REFLEXIVE.test(typedWord) && REFLEXIVE.test(textWord)) return true;
	const action = /^(\p{L}{3,}?)mis\p{L}*$/u.exec(typed)?.[1];
	const verb = VERB_FORM.exec(word)?.[1];
	if (action === undefined || verb === undefined) return false;
	// At most a stem change apart ("pakku-" / "paku-"), not a longer verb ("korralda-" / "korra-"); the grades
	// of k, p, t alike ("aitamine" / "aidata").
	return [[action, verb], [action, verb].map(sameGrade)].some(([a, v]) => {
		const common = commonPrefix(a, v);
		return common >= 3 && common >= v.length - 1 && a.length - common <= 2;
	});
}

/** A stem with its strong and weak grade of k, p and t written alike: "aita" and "aida" are "aida". */
const sameGrade = (stem: string): string =>
	stem
		.replace(/([kpt])\1/gu, '$1')
		.replace(/[kpt]/gu, (c) => ({ k: 'g', p: 'b', t: 'd' })[c] ?? c);

/** The reflexive pronoun (ise, enese, enda, end, ennast) in its cases, diacritics folded. */
const REFLEXIVE = /^(?:ise|end|ennast|(?:enese|enda)(?:le|lt|st|s|l|ga|ks|ni)?)$/u;

/**
 * A compound whose first part is the reflexive pronoun ("enesearendus", "eneseväljendus") as its two words
 * ("enese arendus"), which a definition writes apart ("arendab end").
 */
export function reflexiveParts(word: string): string[] {
	const rest = /^enese(\p{L}{4,})$/u.exec(word)?.[1];
	return rest === undefined ? [word] : ['enese', rest];
}

/**
 * A verb form on the verb's stem (`formOf`): the third person ("koostab", "koostavad"), the da- and
 * ma-infinitives ("koostada", "koostama"), the impersonal ("koostatakse", "koostati") and the participles
 * ("koostatud", "koostanud"), which an action noun in -mine ("koostamine") names.
 */
const VERB_FORM = /^(\p{L}{3,}?)(?:b|vad|da|ta|ma|mas|maks|takse|ti|tud|dud|nud)$/u;

/**
 * Two words of a name typed as one may be clipped (`nameScore`): the typed word begins them and reaches at
 * least this many letters into the second ("haldusosak" for the alias "haldus osakond", as a one-word name is
 * named by its start: "arendusosak"); not the first word alone, which only begins the compound ("haldus").
 */
const CLIPPED = 4;

/** Whether a typed word names a word of a name (`nameScore`'s `names`). */
type Names = (typed: string, word: string) => boolean;

/**
 * `nameScore` with the subject word at `joinedTyped` (two typed words run together) and the name word at
 * `joinedName` (two words of the name run together) matched only as one whole word (`sameWord`), so that
 * neither is a compound's first part; a joined name word counts as the two words it is.
 */
function wordsScore(
	subject: readonly string[],
	name: readonly string[],
	names: Names,
	joinedTyped = -1,
	joinedName = -1,
	firstPart = 0,
): number {
	const used = new Set<number>();
	for (const [k, typed] of subject.entries()) {
		const named = (word: string, i: number) =>
			k === joinedTyped || i === joinedName
				? (sameWord(typed, word) && typed.length - word.length <= 3) ||
					(i === joinedName &&
						word.startsWith(typed) &&
						typed.length >= firstPart + CLIPPED)
				: names(typed, word);
		const at = name.findIndex((word, i) => !used.has(i) && named(word, i));
		if (at < 0) return 0;
		used.add(at);
	}
	const words = name.length + (joinedName >= 0 ? 1 : 0);
	return 1 + (used.size + (used.has(joinedName) ? 1 : 0)) / words;
}

/**
 * How well `subject` names a thing called `name`: the share of the subject's words that a word of the name
 * matches plus the share of the name's words matched, so 2 is a full match both ways; 0 when a subject word
 * matches nothing (the question names something else). `names` tells whether a typed word names a word. With
 * the default `names` (a name, not running text), a compound may be typed apart ("arendus talitus" names
 * "Arendustalitus") or two words of the name typed as one ("haldusetiim" names "Halduse tiim"), also clipped
 * (`CLIPPED`: "haldusosak"); not in running
 * text such as a definition, where a joined word's slack finds words that are not there ("info päev" as
 * "infopaev" is not "infot").
 */
export function nameScore(
	subject: readonly string[],
	name: readonly string[],
	names: Names = wordNames,
): number {
	if (subject.length === 0 || name.length === 0) return 0;
	let best = wordsScore(subject, name, names);
	if (names !== wordNames) return best;
	for (let i = 0; i + 1 < subject.length && best < 2; i++) {
		const joined = [
			...subject.slice(0, i),
			subject[i] + subject[i + 1],
			...subject.slice(i + 2),
		];
		best = Math.max(best, wordsScore(joined, name, names, i));
	}
	for (let i = 0; i + 1 < name.length && best < 2; i++) {
		// Not across a short word ("Finants- ja haldusosakond"), and reaching into the second word.
		if (name[i].length < 3 || name[i + 1].length < 3) continue;
		const reach = name[i].length + Math.min(CLIPPED, Math.max(1, name[i + 1].length - 2));
		if (!subject.some((typed) => commonPrefix(typed, name[i] + name[i + 1]) >= reach)) continue;
		const joined = [...name.slice(0, i), name[i] + name[i + 1], ...name.slice(i + 2)];
		best = Math.max(best, wordsScore(subject, joined, names, -1, i, name[i].length));
	}
	return best;
}
