import { checkRelationRules } from './rules/relation-rules.ts';
import type { Competency } from '../../../schemas/competency.ts';
import type { Position, PositionBody } from '../../../schemas/position.ts';
import type { Unit, UnitKind } from '../../../schemas/unit.ts';
import { messages } from './messages.ts';
import { nextReviewDue, type ContentIndex } from './model.ts';
import type { ParsedFile } from './parse-file.ts';
import { fileProblem } from './parse-file.ts';
import type { Problem } from './problems.ts';
import { normalizeName, suggest } from './suggest.ts';

export interface ContentFiles<P = Position> {
	positions: readonly ParsedFile<P>[];
	units: readonly ParsedFile<Unit>[];
	competencies: readonly ParsedFile<Competency>[];
}

/**
 * What the cross-file rules read of a position: everything but its body, whose rules read one file at a
 * time (file-rules.ts). `npm run check` hands them only this (load-parallel.ts).
 */
export type PositionFields = Omit<Position, keyof PositionBody>;

/**
 * A rule that needs more than one file. It sees every file, valid or not (`partial` for invalid ones),
 * and the index of all of them (a whole Model does too).
 */
export type CrossFileRule = (index: ContentIndex<PositionFields>, files: ContentFiles<PositionFields>, today: string) => Problem[];

/**
 * The one place where the cross-file rules run (per-file rules run in file-rules.ts); add a rule by
 * adding it to this list.
 */
export const CROSS_FILE_RULES: readonly CrossFileRule[] = [
	(model, files, today) => validateRelations(model, files, today),
	(model, files, today) => checkRelationRules(model, files, today),
];

export function runCrossFileRules(model: ContentIndex<PositionFields>, files: ContentFiles<PositionFields>, today: string): Problem[] {
	return CROSS_FILE_RULES.flatMap((rule) => rule(model, files, today));
}

const UNIT_RANK: Record<UnitKind, number> = { amet: 0, osakond: 1, talitus: 2, tiim: 2 };

/**
 * Checks that need more than one file: references, cycles, competency names, substitution symmetry
 * and review dates. `knownIds` holds every id that has a file, valid or not, so that one broken file
 * does not also report every reference to it as missing.
 */
export function validateRelations(model: ContentIndex<PositionFields>, files: ContentFiles<PositionFields>, today: string): Problem[] {
	const problems: Problem[] = [];
	const positionIds = new Set(files.positions.map((file) => file.id));
	const unitIds = new Set(files.units.map((file) => file.id));
	const competencyNames = [...model.competencies.values()].flatMap((competency) => [competency.name, ...competency.aliases]);

	const error = (file: ParsedFile<unknown>, path: PropertyKey[], message: string) =>
		problems.push(fileProblem(file.file, message, file.locate(path), path.map(String).join('.')));
	const warn = (file: ParsedFile<unknown>, path: PropertyKey[], message: string) =>
		problems.push({ ...fileProblem(file.file, message, file.locate(path), path.map(String).join('.')), severity: 'warning' });
	const checkPosition = (file: ParsedFile<unknown>, path: PropertyKey[], id: string) => {
		if (!positionIds.has(id)) error(file, path, messages.unknownPosition(id, suggest(id, positionIds)));
	};

	for (const file of files.units) {
		const unit = file.value ?? file.partial;
		if (!unit) continue;
		if (unit.parent !== undefined) {
			const parent = model.units.get(unit.parent);
			if (!unitIds.has(unit.parent)) error(file, ['parent'], messages.unknownUnit(unit.parent, suggest(unit.parent, unitIds)));
			else if (parent && unit.kind !== undefined && UNIT_RANK[unit.kind] <= UNIT_RANK[parent.kind]) error(file, ['kind'], messages.unitKindOrder(unit.kind, parent.kind));
		}
		if (unit.head !== undefined) {
			checkPosition(file, ['head'], unit.head);
			const head = model.positions.get(unit.head);
			if (head && head.unit !== file.id) warn(file, ['head'], messages.unitHeadElsewhere(unit.head, file.id));
		}
		const cycle = findCycle(file.id, (id) => model.units.get(id)?.parent);
		if (cycle && cycle[0] === file.id) error(file, ['parent'], messages.unitCycle(cycle));
	}

	const seenNames = new Map<string, string>();
	for (const file of files.competencies) {
		const competency = file.value ?? file.partial;
		if (!competency) continue;
		for (const [index, name] of [competency.name, ...(competency.aliases ?? [])].entries()) {
			if (name === undefined) continue;
			const key = normalizeName(name);
			const owner = seenNames.get(key);
			if (owner !== undefined && owner !== file.id) {
				error(file, index === 0 ? ['name'] : ['aliases', index - 1], messages.duplicateCompetencyName(name, owner));
			} else {
				seenNames.set(key, file.id);
			}
		}
	}

	for (const file of files.positions) {
		// An invalid file is checked too, on the fields that are valid on their own.
		const position = file.value ?? file.partial;
		if (!position) continue;
		const id = file.id;
		if (position.unit !== undefined && !unitIds.has(position.unit)) error(file, ['unit'], messages.unknownUnit(position.unit, suggest(position.unit, unitIds)));
		if (position.manager === undefined) {
			const managerFailed = file.value === undefined && (file.source?.keys ?? []).includes('manager');
			const inAgency = position.unit !== undefined && model.units.get(position.unit)?.kind === 'amet';
			if (!position.stub && !managerFailed && !inAgency) warn(file, ['title'], messages.missingManager());
		} else if (position.manager === id) {
			error(file, ['manager'], messages.selfManager());
		} else {
			checkPosition(file, ['manager'], position.manager);
			const cycle = findCycle(id, (other) => model.positions.get(other)?.manager);
			if (cycle && cycle[0] === id) error(file, ['manager'], messages.managerCycle(cycle));
		}

		for (const [field, mirror] of [
			['substitutedBy', 'substitutes'],
			['substitutes', 'substitutedBy'],
		] as const) {
			for (const [index, other] of (position[field] ?? []).entries()) {
				// An item of an invalid file that is itself invalid (reported by the schema) is skipped.
				if (other === undefined) continue;
				if (!positionIds.has(other)) {
					checkPosition(file, [field, index], other);
					continue;
				}
				const counterpart = model.positions.get(other);
				if (other === id || !counterpart || counterpart[mirror].includes(id)) continue;
				const message = field === 'substitutedBy' ? messages.asymmetricSubstitutedBy(other, id) : messages.asymmetricSubstitutes(other, id);
				warn(file, [field, index], message);
			}
		}

		// One set for both groups: a competency is listed once per document, core or additional.
		const seen = new Set<string>();
		for (const group of ['core', 'additional'] as const) {
			for (const [index, ref] of (position.competencies?.[group] ?? []).entries()) {
				if (ref?.name === undefined) continue;
				const id = model.competencyIdByName.get(normalizeName(ref.name));
				if (id === undefined) {
					error(file, ['competencies', group, index, 'name'], messages.unknownCompetency(ref.name, suggest(ref.name, competencyNames)));
				} else if (seen.has(id)) {
					error(file, ['competencies', group, index, 'name'], messages.duplicateCompetencyRef(ref.name, id));
				}
				if (id !== undefined) seen.add(id);
			}
		}

		// A missing review date is not reported: the documents do not carry one, so nobody could fill it in.
		if (!position.stub && position.status === 'kehtiv' && position.lastReviewed !== undefined && position.reviewIntervalMonths !== undefined) {
			const due = nextReviewDue({ lastReviewed: position.lastReviewed, reviewIntervalMonths: position.reviewIntervalMonths });
			if (due !== undefined && due < today) warn(file, ['lastReviewed'], messages.reviewOverdue(due));
		}
	}
	return problems;
}

/** If following `next` from `start` comes back to a node already visited, the loop, closed. */
function findCycle(start: string, next: (id: string) => string | undefined): string[] | undefined {
	const path: string[] = [];
	const index = new Map<string, number>();
	let current: string | undefined = start;
	while (current !== undefined) {
		const seenAt = index.get(current);
		if (seenAt !== undefined) return [...path.slice(seenAt), current];
		index.set(current, path.length);
		path.push(current);
		current = next(current);
	}
	return undefined;
}
