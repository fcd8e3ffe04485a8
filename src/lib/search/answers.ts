/**
 * Answers to relation questions typed into the search ("kes asendab nõunikku", "haldusjuhi alluvad"): the
 * question is recognised by its words, its subject is matched against the titles of positions and the names
 * of units, and the answer is read from the model's relations (`relationsFile`, written at build time to
 * RELATIONS_PATH), not from text search. Runs in the browser (search-page.ts) and in the tests.
 */
import { distance } from 'fastest-levenshtein';
import type { Model } from '../content/model.ts';

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
	/** The words naming the position or unit asked about. */
	subject: string;
}

const QUESTION_FORMS: readonly [RegExp, Relation][] = [
	[/^kes\s+(?:on\s+)?(?:see,?\s+)?(?:kes\s+)?asendab\s+(.+)$/u, 'substitutedBy'],
	[/^(?:kes\s+on\s+)?(.+?)\s+asendaja(?:d|id)?$/u, 'substitutedBy'],
	[/^keda\s+asendab\s+(.+)$/u, 'substitutes'],
	[/^keda\s+(.+?)\s+asendab$/u, 'substitutes'],
	[/^(?:kes\s+on\s+)?(.+?)\s+(?:(?:otsene|vahetu)\s+)?(?:juht|ülemus)$/u, 'manager'],
	[/^kellele\s+allub\s+(.+)$/u, 'manager'],
	[/^kes\s+(?:juhib|juhatab)\s+(.+)$/u, 'manager'],
	[/^kelle\s+alluv\s+on\s+(.+)$/u, 'manager'],
	[/^(?:kes\s+on\s+)?(.+?)\s+(?:alluvad|alluvus)$/u, 'subordinates'],
	[/^kes\s+alluvad\s+(.+)$/u, 'subordinates'],
];

/** The relation question `query` asks, if it has one of the forms above. */
export function parseQuestion(query: string): Question | undefined {
	const text = query
		.toLocaleLowerCase('et')
		.replace(/[?!.]+/gu, ' ')
		.replace(/\s+/gu, ' ')
		.trim();
	for (const [form, relation] of QUESTION_FORMS) {
		const match = form.exec(text);
		if (match) return { relation, subject: match[1] };
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
	const first = words[0]?.toLocaleLowerCase('et').replace(/[?!.,]/gu, '');
	if (!first || !QUESTION_OPENERS.has(first)) return query;
	const kept = words.filter(
		(word) => !QUESTION_WORDS.has(word.toLocaleLowerCase('et').replace(/[?!.,]/gu, '')),
	);
	return kept.length > 0 ? kept.join(' ').replace(/[?!.]+$/u, '') : query;
}

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

const commonPrefix = (a: string, b: string) => {
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
 * Whether a typed (inflected) word names a title's word: the word itself inflected (`sameWord`), the start
 * of a compound, also inflected ("kasutaja" for "kasutajatoe", "juhendamine" for "juhendamisoskus"), or the
 * head of a compound ("juhatajat" for "talitusejuhataja"). A changed ending keeps at least half of the
 * longer word: "välismaksete" shares "val" with "valga" and names it not.
 */
export function wordNames(typed: string, word: string): boolean {
	if (typed.length < 3 || word.length < 3) return typed === word;
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
 * `nameScore` with the subject word at `joinedTyped` (two typed words run together) and the name word at
 * `joinedName` (two words of the name run together) matched only as one whole word, so that neither is a
 * compound's first part; a joined name word counts as the two words it is.
 */
function wordsScore(
	subject: readonly string[],
	name: readonly string[],
	joinedTyped = -1,
	joinedName = -1,
): number {
	const used = new Set<number>();
	for (const [k, typed] of subject.entries()) {
		const names = (word: string, i: number) =>
			k === joinedTyped || i === joinedName
				? sameWord(typed, word) && typed.length - word.length <= 3
				: wordNames(typed, word);
		const at = name.findIndex((word, i) => !used.has(i) && names(word, i));
		if (at < 0) return 0;
		used.add(at);
	}
	const words = name.length + (joinedName >= 0 ? 1 : 0);
	return 1 + (used.size + (used.has(joinedName) ? 1 : 0)) / words;
}

/**
 * How well `subject` names a thing called `name`: the share of the subject's words that a word of the name
 * matches plus the share of the name's words matched, so 2 is a full match both ways; 0 when a subject word
 * matches nothing (the question names something else). A compound may be typed apart ("arendus talitus"
 * names "Arendustalitus") or two words of the name typed as one ("haldusetiim" names "Halduse tiim").
 */
export function nameScore(subject: readonly string[], name: readonly string[]): number {
	if (subject.length === 0 || name.length === 0) return 0;
	let best = wordsScore(subject, name);
	for (let i = 0; i + 1 < subject.length && best < 2; i++) {
		const joined = [
			...subject.slice(0, i),
			subject[i] + subject[i + 1],
			...subject.slice(i + 2),
		];
		best = Math.max(best, wordsScore(joined, name, i));
	}
	for (let i = 0; i + 1 < name.length && best < 2; i++) {
		// Not across a short word ("Finants- ja haldusosakond"), and reaching into the second word.
		if (name[i].length < 3 || name[i + 1].length < 3) continue;
		const reach = name[i].length + Math.max(1, name[i + 1].length - 2);
		if (!subject.some((typed) => commonPrefix(typed, name[i] + name[i + 1]) >= reach)) continue;
		const joined = [...name.slice(0, i), name[i] + name[i + 1], ...name.slice(i + 2)];
		best = Math.max(best, wordsScore(subject, joined, -1, i));
	}
	return best;
}

/**
 * Whether the last two words of `query`, run together, are a word of a position's title ("projekti juht":
 * Projektijuht): then "X juht" is the title typed apart, not a question for X's manager.
 */
export function endsInTitleTypedApart(query: string, file: RelationsFile): boolean {
	const words = foldWords(query);
	if (words.length < 2) return false;
	const joined = words.at(-2)! + words.at(-1)!;
	return file.positions.some((position) =>
		foldWords(position.title).some(
			(word) => sameWord(joined, word) && joined.length - word.length <= 3,
		),
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
	const subject = foldWords(question.subject);
	let best = 0;
	let bestPositions: number[] = [];
	file.positions.forEach((position, i) => {
		const title = foldWords(position.title);
		const score = Math.max(
			nameScore(subject, title),
			nameScore(subject, [...title, ...foldWords(position.unit)]) - 0.01,
		);
		if (score > best) [best, bestPositions] = [score, [i]];
		else if (score === best && score > 0) bestPositions.push(i);
	});
	let bestUnit: RelationUnit | undefined;
	let unitScore = 0;
	if (question.relation === 'manager' || question.relation === 'subordinates') {
		for (const unit of file.units) {
			const score = nameScore(subject, foldWords(unit.name));
			if (score > unitScore) [unitScore, bestUnit] = [score, unit];
		}
	}
	const titled = (indices: Iterable<number>) => {
		const seen = new Set<number>();
		return [...indices]
			.filter((i) => !seen.has(i) && seen.add(i) && file.positions[i] !== undefined)
			.map((i) => ({ id: file.positions[i].id, title: file.positions[i].title }));
	};
	if (bestUnit && unitScore > best) {
		const positions =
			question.relation === 'manager'
				? titled(bestUnit.head === undefined ? [] : [bestUnit.head])
				: titled(bestUnit.positions.filter((i) => i !== bestUnit.head));
		return positions.length > 0 ? { question, about: bestUnit.name, positions } : undefined;
	}
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
	if (positions.length === 0) return undefined;
	const about = [...new Set(bestPositions.map((i) => file.positions[i].title))].join(', ');
	return { question, about, positions };
}

/** The answer box's lead, in Estonian: what the links that follow are. */
export function answerLead(answer: Answer): string {
	const { relation } = answer.question;
	if (relation === 'substitutedBy') return `${answer.about} – asendaja:`;
	if (relation === 'substitutes') return `${answer.about} asendab:`;
	if (relation === 'manager') return `${answer.about} – juht:`;
	return `${answer.about} – alluvad:`;
}
