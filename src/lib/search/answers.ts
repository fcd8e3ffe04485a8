/**
 * Answers to relation questions typed into the search ("kes asendab nõunikku", "haldusjuhi alluvad"): the
 * question is recognised by its words, its subject is matched against the titles of positions and the names
 * of units, and the answer is read from the model's relations (`relationsFile`, written at build time to
 * RELATIONS_PATH), not from text search. Runs in the browser (search-page.ts) and in the tests.
 */
import type { Model } from '../content/model.ts';
import { distance } from 'fastest-levenshtein';
import { corrections } from './alternatives.ts';
import { foldWords, wordNames, formOf, nameScore } from './name-match.ts';

/** Site path of the relations file (src/pages/otsing/seosed.json.ts). */
export const RELATIONS_PATH = '/otsing/seosed.json';

/** A position in the relations file: positions are referred to by their index in `positions`. */
export interface RelationPosition {
	id: string;
	title: string;
	/** Name of the position's unit. */
	unit: string;
	/** Who substitutes this position. */
	by: number[];
	/** Whom this position substitutes. */
	of: number[];
	/** The manager, if any. */
	manager?: number;
	/** Direct subordinates. */
	under: number[];
}
export interface RelationUnit {
	name: string;
	/** The head of the unit, if any. */
	head?: number;
	/** Positions in the unit. */
	positions: number[];
}
export interface RelationsFile {
	positions: RelationPosition[];
	units: RelationUnit[];
}

/** The relations of every position and unit, small enough for the search page to load on a question. */
export function relationsFile(model: Model): RelationsFile {
	const ids = [...model.positions.keys()];
	const index = new Map(ids.map((id, i) => [id, i]));
	const at = (id: string | undefined) => (id === undefined ? undefined : index.get(id));
	const list = (values: Iterable<string>) =>
		[...values].map((id) => index.get(id)).filter((i) => i !== undefined);
	return {
		positions: [...model.positions.values()].map((position) => ({
			id: position.id,
			title: position.title,
			unit: model.units.get(position.unit)?.name ?? '',
			by: list((model.substitutedBy.get(position.id) ?? []).map((link) => link.positionId)),
			of: list((model.substitutes.get(position.id) ?? []).map((link) => link.positionId)),
			...(at(position.manager) === undefined ? {} : { manager: at(position.manager) }),
			under: list((model.subordinates.get(position.id) ?? []).map((sub) => sub.id)),
		})),
		units: [...model.units.values()].map((unit) => ({
			name: unit.name,
			...(at(unit.head) === undefined ? {} : { head: at(unit.head) }),
			positions: list(
				(model.unitPositions.get(unit.id) ?? []).map((position) => position.id),
			),
		})),
	};
}

export type Relation = 'substitutedBy' | 'substitutes' | 'manager' | 'subordinates';
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
	// X's manager.
	[/^kes on (?<s>.+?) (?:vahetu |otsene )?(?<n>juht|ulemus|ulem)$/du, 'manager'],
	[/^(?<s>.+?) (?:vahetu |otsene )?(?<n>juht|ulemus|ulem)$/du, 'manager'],
	[/^kellele (?:allub|alluvad) (?<s>.+)$/du, 'manager'],
	[/^kellele (?<s>.+?) (?:allub|alluvad)$/du, 'manager'],
	[/^kelle alluv(?:ad)? on (?<s>.+)$/du, 'manager'],
	[/^kelle alluvuses (?:on|tootab|tootavad) (?<s>.+)$/du, 'manager'],
	[/^kelle alluvuses (?<s>.+?) (?:on|tootab|tootavad)$/du, 'manager'],
	[/^kes (?:juhi|juhata)(?:b|vad) (?<s>.+)$/du, 'manager'],
	// X's subordinates.
	[/^kes (?:on|tootab|tootavad) (?<s>.+?) alluvuses$/du, 'subordinates'],
	[/^(?:kes on )?(?<s>.+?) (?:alluvad|alluv|alluvus|alluvuses)$/du, 'subordinates'],
	[/^kes (?:alluvad|allub) (?<s>.+)$/du, 'subordinates'],
	[/^keda juhi(?:b|vad) (?<s>.+)$/du, 'subordinates'],
	[/^keda (?<s>.+?) juhi(?:b|vad)$/du, 'subordinates'],
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
			const noun = match.groups?.n;
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

export interface Answer {
	question: Question;
	/** What the answer is about: a position's title or a unit's name. */
	about: string;
	/** The positions that answer it, by id and title. */
	positions: { id: string; title: string }[];
}

/**
 * The answer to `question` from `file`: the best-named position (its title, or its title and unit name), or
 * for "X juht" and "X alluvad" the best-named unit when that names it better (the head of the unit, its
 * positions). Undefined when the subject names nothing or the relation is empty.
 */
export function answerQuestion(question: Question, file: RelationsFile): Answer | undefined {
	const typed = foldWords(question.subject);
	const named = (name: string) => nameScore(typed, foldWords(name)) > 0;
	if (
		file.positions.some((position) => named(`${position.title} ${position.unit}`)) ||
		file.units.some((unit) => named(unit.name))
	)
		return answerFor(question, typed, file);
	// A subject that names nothing may be mistyped: its words corrected to the nearest words of the titles
	// and unit names ("haldusspetsalisti").
	return answerFor(
		question,
		typed.map((word) => corrections(word, nameWords(file), 1)[0] ?? word),
		file,
	);
}

/** The words of every title and unit name, for the subject's corrections. */
const nameWordsOf = new WeakMap<RelationsFile, string[]>();
function nameWords(file: RelationsFile): string[] {
	let words = nameWordsOf.get(file);
	if (!words)
		nameWordsOf.set(
			file,
			(words = [
				...new Set(
					[
						...file.positions.map((position) => position.title),
						...file.units.map((unit) => unit.name),
					].flatMap(foldWords),
				),
			]),
		);
	return words;
}

function answerFor(
	question: Question,
	subject: readonly string[],
	file: RelationsFile,
): Answer | undefined {
	let best = 0;
	let bestPositions: number[] = [];
	// A name whose words the subject's are forms of ("eksperdi": Ekspert) before one it only begins
	// ("Ekspertiisitalitus"): 2 for each such word, more than `nameScore` can differ by.
	const ranked = (score: number, words: readonly string[]) =>
		score === 0
			? 0
			: score +
				2 * subject.filter((typed) => words.some((word) => formOf(typed, word))).length;
	file.positions.forEach((position, i) => {
		const title = foldWords(position.title);
		const withUnit = [...title, ...foldWords(position.unit)];
		const score = ranked(
			Math.max(nameScore(subject, title), nameScore(subject, withUnit) - 0.01),
			withUnit,
		);
		if (score > best) [best, bestPositions] = [score, [i]];
		else if (score === best && score > 0) bestPositions.push(i);
	});
	let bestUnit: RelationUnit | undefined;
	let unitScore = 0;
	if (question.relation === 'manager' || question.relation === 'subordinates') {
		for (const unit of file.units) {
			const name = foldWords(unit.name);
			const score = ranked(nameScore(subject, name), name);
			if (score > unitScore) [unitScore, bestUnit] = [score, unit];
		}
	}
	const titled = (indices: Iterable<number>) => {
		const seen = new Set<number>();
		return [...indices]
			.filter((i) => !seen.has(i) && seen.add(i) && file.positions[i] !== undefined)
			.map((i) => ({ id: file.positions[i].id, title: file.positions[i].title }));
	};
	const unitAnswer = (unit: RelationUnit): Answer | undefined => {
		const positions =
			question.relation === 'manager'
				? titled(unit.head === undefined ? [] : [unit.head])
				: titled(unit.positions.filter((i) => i !== unit.head));
		return positions.length > 0 ? { question, about: unit.name, positions } : undefined;
	};
	if (bestUnit && unitScore > best) return unitAnswer(bestUnit);
	if (best === 0) return undefined;
	const related = bestPositions.flatMap((i) => {
		const position = file.positions[i];
		if (question.relation === 'substitutedBy') return position.by;
		if (question.relation === 'substitutes') return position.of;
		if (question.relation === 'manager')
			return position.manager === undefined ? [] : [position.manager];
		return position.under;
	});
	const positions = titled(related);
	// A position without the relation, when the subject also names a unit: the unit's ("kes on halduse
	// juht": Haldusjuht has no manager, the Halduse tiim has a head).
	if (positions.length === 0) return bestUnit && unitAnswer(bestUnit);
	const about = [...new Set(bestPositions.map((i) => file.positions[i].title))].join(', ');
	return { question, about, positions };
}

/**
 * The title a question without question words ("projekti juht") rather is, written apart: a title with a word
 * that is the relation word or ends in it ("Projektijuht"), whose words the subject names; the shortest such
 * title. The search page then searches that title and answers nothing.
 */
export function titleWrittenApart(question: Question, file: RelationsFile): string | undefined {
	const { noun } = question;
	if (noun === undefined) return undefined;
	const subject = foldWords(question.subject);
	return file.positions
		.map((position) => position.title)
		.filter((title) => {
			const words = foldWords(title);
			return (
				words.some((word) => word.endsWith(noun)) &&
				subject.every((typed) => words.some((word) => wordNames(typed, word)))
			);
		})
		.sort((a, b) => a.length - b.length)[0];
}

/** The answer box's lead, in Estonian: what the links that follow are. */
export function answerLead(answer: Answer): string {
	const { relation } = answer.question;
	if (relation === 'substitutedBy') return `${answer.about} – asendaja:`;
	if (relation === 'substitutes') return `${answer.about} asendab:`;
	if (relation === 'manager') return `${answer.about} – juht:`;
	return `${answer.about} – alluvad:`;
}
