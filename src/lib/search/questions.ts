/**
 * Relation questions typed into the search ("kes asendab nõunikku", "haldusjuhi alluvad", "kelle alluv on
 * X"): `parseQuestion` recognises the forms in the search README's table, question words one letter off
 * and without diacritics; `withoutQuestionWords` leaves them out of other questions' text search.
 * answers.ts answers them from the model's relations. Runs in the browser and in the tests.
 */
import { distance } from 'fastest-levenshtein';
import { foldWords } from './name-match.ts';

export type Relation = 'substitutedBy' | 'substitutes' | 'manager' | 'subordinates' | 'members';
export interface Question {
	relation: Relation;
	/** The words naming the position or unit asked about, as typed (lower case). */
	subject: string;
	/**
	 * The relation word when nothing else makes the query a question ("projekti juht"): it may be a title
	 * written apart ("Projektijuht"), which `titleWrittenApart` tells from the titles.
	 */
	noun?: string;
}

/**
 * The forms of a relation question, on the query's words lower-cased, diacritics folded and question words
 * corrected (`parseQuestion`); the subject is the group `s`. First match wins. The search README lists them.
 */
const QUESTION_FORMS: readonly (readonly [RegExp, Relation])[] = [
	// Who stands in for X.
	[/^kes (?:on )?(?:see )?(?:kes )?asenda(?:b|vad) (?<s>.+)$/du, 'substitutedBy'],
	[/^kes (?<s>.+?) asenda(?:b|vad)$/du, 'substitutedBy'],
	[/^(?:kes (?:on|oleks) )?(?<s>.+?) asendaja(?:d|ks|teks)?(?: on)?$/du, 'substitutedBy'],
	// Whom X stands in for.
	[/^keda (?:asendab|asendavad) (?<s>.+)$/du, 'substitutes'],
	[/^keda (?<s>.+?) asenda(?:b|vad)$/du, 'substitutes'],
	[/^kelle asendaja(?:d|ks)? on (?<s>.+)$/du, 'substitutes'],
	[/^kelle asendaja(?:d|ks)? (?<s>.+?) on$/du, 'substitutes'],
	[/^(?<s>.+?) asendatava(?:d|t)?$/du, 'substitutes'],
	// X's manager.
	[/^kes on (?<s>.+?) (?:vahetu |otsene )?(?<n>juht|ulemus|ulem)$/du, 'manager'],
	[/^(?<s>.+?) (?:vahetu |otsene )?(?<n>juht|ulemus|ulem)$/du, 'manager'],
	[/^kellele (?:allub|alluvad) (?<s>.+)$/du, 'manager'],
	[/^kellele (?<s>.+?) (?:allub|alluvad)$/du, 'manager'],
	[/^kelle alluv(?:ad)? on (?<s>.+)$/du, 'manager'],
	[/^kelle alluvuses (?:on|tootab|tootavad) (?<s>.+)$/du, 'manager'],
	[/^kelle alluvuses (?<s>.+?) (?:on|tootab|tootavad)$/du, 'manager'],
	[/^kelle (?:all|alla|alluvusse) (?:on|kuulub|kuuluvad|tootab|tootavad) (?<s>.+)$/du, 'manager'],
	[/^kes (?:juhi|juhata)(?:b|vad) (?<s>.+)$/du, 'manager'],
	// X's subordinates.
	[/^kes (?:on|tootab|tootavad) (?<s>.+?) alluvuses$/du, 'subordinates'],
	[/^(?:kes on )?(?<s>.+?) (?:alluvad|alluv|alluvus|alluvuses)$/du, 'subordinates'],
	[/^kes (?:alluvad|allub) (?<s>.+)$/du, 'subordinates'],
	[/^keda juhi(?:b|vad) (?<s>.+)$/du, 'subordinates'],
	[/^keda (?<s>.+?) juhi(?:b|vad)$/du, 'subordinates'],
	// The positions of unit X.
	[/^kes (?:tootab|tootavad|kuulub|kuuluvad) (?<s>.+)$/du, 'members'],
	[/^(?<s>.+?) (?:tootajad|ametikohad|koosseis)$/du, 'members'],
];

/** The words of the forms above, to which a word one letter off is corrected (`questionWord`). */
const FORM_WORDS: readonly string[] = [
	'juht',
	'kellele',
	'kelle',
	'keda',
	'asendab',
	'asendavad',
	'asendaja',
	'asendajad',
	'asendajaks',
	'vahetu',
	'otsene',
	'ulemus',
	'allub',
	'alluvad',
	'alluv',
	'alluvus',
	'alluvuses',
	'juhib',
	'juhivad',
	'juhatab',
	'tootab',
	'tootavad',
	'kuulub',
	'kuuluvad',
	'asendatavad',
	'tootajad',
	'ametikohad',
	'koosseis',
];

/** A query's words: lower case, "X-i" as one word, punctuation left out. */
function typedWords(query: string): string[] {
	return (
		query
			.toLocaleLowerCase('et')
			.normalize('NFC')
			// A case ending written after a hyphen ("SKAIS-i", "nõunik-ku") belongs to its word.
			.replace(/(\p{L})-(\p{L}{1,3})(?![\p{L}-])/gu, '$1$2')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

/**
 * A folded word of four letters or more one edit from a question word (`distance`, as `corrections` in
 * alternatives.ts measures it; the first in `words` on a tie), or undefined. Not `corrections` itself: a
 * question word is a closed list, where a word whose stem begins one ("vahtu", _vah_) is still a typo.
 */
function questionWord(word: string, words: readonly string[]): string | undefined {
	if (word.length < 4 || words.includes(word)) return undefined;
	return words.find((candidate) => distance(word, candidate) === 1);
}

/**
 * The relation question `query` asks, if it has one of the forms above: with or without diacritics, question
 * words mistyped by a letter or two ("kes asendb", "alluvd"), the subject inflected ("nõunikku").
 */
export function parseQuestion(query: string): Question | undefined {
	const typed = typedWords(query);
	if (typed.length < 2) return undefined;
	const folded = typed.map((word) => foldWords(word).join(''));
	// With words one letter off a question word corrected ("vahtu juht"), then as typed, for a subject word
	// that is one letter off one ("kes on vahetus juht"); the subject is given as typed.
	for (const words of [folded.map((word) => questionWord(word, FORM_WORDS) ?? word), folded]) {
		const text = words.join(' ');
		for (const [form, relation] of QUESTION_FORMS) {
			const match = form.exec(text);
			const at = match?.indices?.groups?.s;
			if (!match || !at) continue;
			const first = text.slice(0, at[0]).split(' ').length - 1;
			const count = text.slice(at[0], at[1]).split(' ').length;
			// "vahetu juht", "kes on juht": no subject, a plain text query.
			if (
				words
					.slice(first, first + count)
					.every((word) => FORM_WORDS.includes(word) || word === 'kes' || word === 'on')
			)
				continue;
			const subject = typed.slice(first, first + count).join(' ');
			// "X otsene juht" says it is a question; "projekti juht" may be a title written apart.
			const noun = /(?:vahetu|otsene) \S+$/u.test(text) ? undefined : match.groups?.n;
			return { relation, subject, ...(noun && !text.startsWith('kes ') ? { noun } : {}) };
		}
	}
	return undefined;
}

/** Words a question starts with ("kes vastutab …", "mida teeb …"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
	'kes',
	'keda',
	'kelle',
	'kellele',
	'kellelt',
	'kellega',
	'kellel',
	'mis',
	'mida',
	'millega',
	'kus',
	'kuhu',
	'kust',
	'kuidas',
	'millal',
	'miks',
]);

/** Words that only make a query a question; a question's text search leaves them out. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
	...QUESTION_OPENERS,
	'on',
	'eest',
	'asendab',
	'vastutab',
	'tegeleb',
	'tegelevad',
	'teeb',
	'teevad',
	'korraldab',
	'koostab',
	'haldab',
	'vastutavad',
	'pöörduda',
	'küsida',
	'tellida',
	'saab',
	'saan',
	'peab',
	'pean',
	'poole',
	'korral',
	'puhul',
	'alluvad',
	'juht',
	'asendaja',
]);

/**
 * `query` without its question words when it starts with one ("kes vastutab inventuuri eest" → "inventuuri"),
 * unchanged otherwise or when nothing else would be left.
 */
export function withoutQuestionWords(query: string): string {
	const words = query.trim().split(/\s+/u);
	const first = foldWords(words[0] ?? '').join('');
	if (!first || !FOLDED_OPENERS.includes(first)) return query;
	const kept = words.filter((word) => !isQuestionWord(foldWords(word).join('')));
	return kept.length > 0 ? kept.join(' ').replace(/[?!.]+$/u, '') : query;
}

const FOLDED_OPENERS = [...QUESTION_OPENERS].map((word) => foldWords(word).join(''));
const FOLDED_QUESTION_WORDS = [...QUESTION_WORDS].map((word) => foldWords(word).join(''));

/**
 * Whether a folded word is a question word, or one mistyped by a letter (six letters or more: "vastutb");
 * an empty word (punctuation) counts as one.
 */
function isQuestionWord(word: string): boolean {
	return (
		word === '' ||
		FOLDED_QUESTION_WORDS.includes(word) ||
		(word.length >= 6 && questionWord(word, FOLDED_QUESTION_WORDS) !== undefined)
	);
}
