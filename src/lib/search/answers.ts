/**
 * Answers to relation questions typed into the search ("kes asendab nõunikku", "haldusjuhi alluvad"): the
 * question is recognised by its words, its subject is matched against the titles of positions and the names
 * of units, and the answer is read from the model's relations (`relationsFile`, written at build time to
 * RELATIONS_PATH), not from text search. Runs in the browser (search-page.ts) and in the tests.
 */
import type { Model } from '../content/model.ts';
import { corrections } from './alternatives.ts';
import { commonPrefix, foldWords, formOf, nameScore, wordNames } from './name-match.ts';
import type { Question } from './questions.ts';

/** Site path of the relations file (src/pages/otsing/seosed.json.ts). */
export const RELATIONS_PATH = '/otsing/seosed.json';

/** A position in the relations file: positions are referred to by their index in `positions`. */
export interface RelationPosition {
	id: string;
	title: string;
	/** Name of the position's unit. */
	unit: string;
	/** The unit's index in `units`. */
	unitAt?: number;
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
	/** The unit above, by its index in `units`. */
	parent?: number;
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
	const unitIndex = new Map([...model.units.keys()].map((id, i) => [id, i]));
	const at = (id: string | undefined) => (id === undefined ? undefined : index.get(id));
	const list = (values: Iterable<string>) =>
		[...values].map((id) => index.get(id)).filter((i) => i !== undefined);
	return {
		positions: [...model.positions.values()].map((position) => ({
			id: position.id,
			title: position.title,
			unit: model.units.get(position.unit)?.name ?? '',
			...(unitIndex.has(position.unit) ? { unitAt: unitIndex.get(position.unit) } : {}),
			by: list((model.substitutedBy.get(position.id) ?? []).map((link) => link.positionId)),
			of: list((model.substitutes.get(position.id) ?? []).map((link) => link.positionId)),
			...(at(position.manager) === undefined ? {} : { manager: at(position.manager) }),
			under: list((model.subordinates.get(position.id) ?? []).map((sub) => sub.id)),
		})),
		units: [...model.units.values()].map((unit) => ({
			name: unit.name,
			...(at(unit.head) === undefined ? {} : { head: at(unit.head) }),
			...(unit.parent !== undefined && unitIndex.has(unit.parent)
				? { parent: unitIndex.get(unit.parent) }
				: {}),
			positions: list(
				(model.unitPositions.get(unit.id) ?? []).map((position) => position.id),
			),
		})),
	};
}

export interface Answer {
	question: Question;
	/** What the answer is about: a position's title or a unit's name. */
	about: string;
	/** The positions that answer it, by id and title. */
	positions: { id: string; title: string }[];
	/** The subject's first words, when only they name it ("haldusjuhti" of "haldusjuhti puhkuse ajal"). */
	subject?: string;
	/**
	 * For a position with no manager in its document: the unit whose head is given instead (its own unit's,
	 * or the next unit up when it heads its own).
	 */
	unit?: string;
	/** For a unit's positions (`members`): the id of the unit's head, listed first. */
	head?: string;
}

/**
 * The answer to `question` from `file`: the best-named position (its title, or its title and unit name), or
 * for "X juht" and "X alluvad" the best-named unit when that names it better (the head of the unit, its
 * positions). Undefined when the subject names nothing or the relation is empty.
 */
export function answerQuestion(question: Question, file: RelationsFile): Answer | undefined {
	const words = foldWords(question.subject);
	const names = (typed: readonly string[]) => {
		const named = (name: string) => nameScore(typed, foldWords(name)) > 0;
		return (
			file.positions.some((position) => named(`${position.title} ${position.unit}`)) ||
			file.units.some((unit) => named(unit.name))
		);
	};
	// The subject, then without its last words ("kes asendab haldusjuhti puhkuse ajal": "haldusjuhti"); each
	// as typed, then with its words corrected to the nearest words of the titles and unit names
	// ("haldusspetsalisti").
	const typedWords = question.subject.split(/\s+/u);
	for (let count = words.length; count > 0; count--) {
		const typed = words.slice(0, count);
		const corrected = typed.map((word) => corrections(word, nameWords(file), 1)[0] ?? word);
		const named = names(typed)
			? typed
			: corrected.some((word, i) => word !== typed[i]) && names(corrected)
				? corrected
				: undefined;
		if (!named) continue;
		const found = answerFor(question, named, file);
		const subject =
			typedWords.length === words.length ? typedWords.slice(0, count).join(' ') : undefined;
		return found && subject && count < words.length ? { ...found, subject } : found;
	}
	return undefined;
}

/**
 * The head of the unit of the positions asked about (`asked`, one unit), or of the next unit up that has a
 * head who is not one of them: whom a position without a manager in its document reports to in the unit
 * tree. Undefined when the positions are in different units or no unit above has another head.
 */
function unitHead(
	file: RelationsFile,
	asked: readonly number[],
): { position: number; unit: string } | undefined {
	const units = new Set(asked.map((i) => file.positions[i].unitAt));
	if (units.size !== 1) return undefined;
	let at = [...units][0];
	const seen = new Set<number>();
	while (at !== undefined && !seen.has(at)) {
		seen.add(at);
		const unit = file.units[at];
		if (unit?.head !== undefined && !asked.includes(unit.head))
			return { position: unit.head, unit: unit.name };
		at = unit?.parent;
	}
	return undefined;
}

/**
 * Whether a typed word is an inflected form of a whole word of a title ("haldusjuhti", "eksperdi"), not only
 * of its first part ("halduse" of "haldusjuht"): at most its last two letters differ.
 */
function isWholeWord(typed: string, word: string): boolean {
	const shared = commonPrefix(typed, word);
	return shared >= 4 && word.length - shared <= 2 && typed.length - shared <= 4;
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
	if (question.relation !== 'substitutedBy' && question.relation !== 'substitutes') {
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
				: question.relation === 'members'
					? titled(
							unit.head === undefined
								? unit.positions
								: [unit.head, ...unit.positions],
						)
					: titled(unit.positions.filter((i) => i !== unit.head));
		if (positions.length === 0) return undefined;
		const head =
			question.relation === 'members' && unit.head !== undefined
				? file.positions[unit.head]?.id
				: undefined;
		return { question, about: unit.name, positions, ...(head ? { head } : {}) };
	};
	// The positions of a unit: a unit's only.
	if (question.relation === 'members') return bestUnit && unitAnswer(bestUnit);
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
	const about = [...new Set(bestPositions.map((i) => file.positions[i].title))].join(', ');
	if (positions.length > 0) return { question, about, positions };
	// A position without the relation, when the subject also names a unit: the unit's ("kes on halduse
	// juht": Haldusjuht has no manager, the Halduse tiim has a head). Not when the subject is the title
	// itself ("kellele allub haldusjuht": the head of the Halduse tiim is the Haldusjuht asked about): the
	// answer then says the documents name no one.
	const titleItself = bestPositions.some((i) => {
		const title = foldWords(file.positions[i].title);
		return subject.every((typed) => title.some((word) => isWholeWord(typed, word)));
	});
	const fromUnit = titleItself ? undefined : bestUnit && unitAnswer(bestUnit);
	if (fromUnit || !titleItself) return fromUnit;
	if (question.relation === 'manager') {
		const head = unitHead(file, bestPositions);
		if (head) return { question, about, positions: titled([head.position]), unit: head.unit };
	}
	return { question, about, positions: [] };
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
				subject.every((typed) => words.some((word) => wordNames(typed, word))) &&
				// "haldusjuhi juht" asks for the Haldusjuht's manager: its subject is the title itself.
				!subject.every((typed) => words.some((word) => isWholeWord(typed, word)))
			);
		})
		.sort((a, b) => a.length - b.length)[0];
}

/** The answer box's lead, in Estonian: what the links that follow are, or that the documents name none. */
export function answerLead(answer: Answer): string {
	const { relation } = answer.question;
	const none = answer.positions.length === 0;
	if (relation === 'substitutedBy')
		return none
			? `${answer.about} – asendajat ametijuhendis märgitud ei ole.`
			: `${answer.about} – asendaja:`;
	if (relation === 'substitutes')
		return none
			? `${answer.about} ei asenda ametijuhendi järgi kedagi.`
			: `${answer.about} asendab:`;
	if (relation === 'manager')
		return none
			? `${answer.about} – vahetut juhti ametijuhendis märgitud ei ole.`
			: answer.unit
				? `${answer.about} – vahetut juhti ametijuhendis märgitud ei ole; üksuse (${answer.unit}) juht:`
				: `${answer.about} – juht:`;
	if (relation === 'members') return `${answer.about} – ametikohad:`;
	return none ? `${answer.about} – alluvaid ei ole.` : `${answer.about} – alluvad:`;
}
