import { compareEt } from './estonian-order.ts';
import type { Competency, CompetencyGroup } from '../../../schemas/competency.ts';
import type { CompetencyRef, Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import { normalizeName } from './suggest.ts';

/** One end of a substitution relation, with where it is written down. */
export interface SubstitutionLink {
	/** The other position; equal to the position itself for "another holder of the same position". */
	positionId: string;
	samePosition: boolean;
	/** Written in this position's own file. */
	declaredHere: boolean;
	/** Written in the other position's file (the mirror field). */
	declaredThere: boolean;
}

export interface CompetencyUsage {
	position: Position;
	/** The entry as the position's document words it. */
	ref: CompetencyRef;
	/** The group the document lists it under. */
	group: CompetencyGroup;
}

/**
 * The lookups the cross-file checks use (validate.ts); `P` is what they know of a position, which for
 * `npm run check` is its frontmatter only (load-parallel.ts).
 */
export interface ContentIndex<P = Position> {
	positions: ReadonlyMap<string, P>;
	units: ReadonlyMap<string, Unit>;
	competencies: ReadonlyMap<string, Competency>;
	/** Competency id by normalised name or alias. */
	competencyIdByName: ReadonlyMap<string, string>;
}

/**
 * Content with every derived relation computed once: pages and checks look relations up here and
 * never scan all positions themselves.
 */
export interface Model extends ContentIndex {
	/** Positions whose manager is the key. */
	subordinates: ReadonlyMap<string, readonly Position[]>;
	/** Who substitutes the key position, declared on either side. */
	substitutedBy: ReadonlyMap<string, readonly SubstitutionLink[]>;
	/** Whom the key position substitutes, declared on either side. */
	substitutes: ReadonlyMap<string, readonly SubstitutionLink[]>;
	unitChildren: ReadonlyMap<string, readonly Unit[]>;
	unitPositions: ReadonlyMap<string, readonly Position[]>;
	competencyUsage: ReadonlyMap<string, readonly CompetencyUsage[]>;
}

const byTitle = (a: Position, b: Position) => compareEt(a.title, b.title) || a.id.localeCompare(b.id);
const byName = (a: Unit, b: Unit) => compareEt(a.name, b.name);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Content by id and competencies by name: the part of the model the checks need, without the relations. */
export function indexContent<P extends { id: string }>(input: {
	positions: readonly P[];
	units: readonly Unit[];
	competencies: readonly Competency[];
}): ContentIndex<P> {
	const positions = new Map(input.positions.map((position) => [position.id, position]));
	const units = new Map(input.units.map((unit) => [unit.id, unit]));
	const competencies = new Map(input.competencies.map((competency) => [competency.id, competency]));

	const competencyIdByName = new Map<string, string>();
	for (const competency of competencies.values()) {
		for (const name of [competency.name, ...competency.aliases]) {
			const key = normalizeName(name);
			if (!competencyIdByName.has(key)) competencyIdByName.set(key, competency.id);
		}
	}
	return { positions, units, competencies, competencyIdByName };
}

export function buildModel(input: {
	positions: readonly Position[];
	units: readonly Unit[];
	competencies: readonly Competency[];
}): Model {
	const { positions, units, competencies, competencyIdByName } = indexContent(input);

	const subordinates = new Map<string, Position[]>();
	const unitPositions = new Map<string, Position[]>();
	const competencyUsage = new Map<string, CompetencyUsage[]>();
	const substitution = {
		by: new Map<string, Map<string, SubstitutionLink>>(),
		of: new Map<string, Map<string, SubstitutionLink>>(),
	};
	const link = (direction: 'by' | 'of', owner: string, other: string, side: 'declaredHere' | 'declaredThere') => {
		let links = substitution[direction].get(owner);
		if (!links) substitution[direction].set(owner, (links = new Map<string, SubstitutionLink>()));
		const existing = links.get(other) ?? { positionId: other, samePosition: owner === other, declaredHere: false, declaredThere: false };
		existing[side] = true;
		links.set(other, existing);
	};

	for (const position of [...positions.values()].sort(byTitle)) {
		if (position.manager !== undefined && position.manager !== position.id) push(subordinates, position.manager, position);
		push(unitPositions, position.unit, position);
		for (const other of position.substitutedBy) {
			link('by', position.id, other, 'declaredHere');
			if (other !== position.id) link('of', other, position.id, 'declaredThere');
		}
		for (const other of position.substitutes) {
			link('of', position.id, other, 'declaredHere');
			if (other !== position.id) link('by', other, position.id, 'declaredThere');
		}
		for (const group of ['core', 'additional'] as const) {
			for (const ref of position.competencies[group]) {
				const id = competencyIdByName.get(normalizeName(ref.name));
				if (id !== undefined) push(competencyUsage, id, { position, ref, group });
			}
		}
	}

	const unitChildren = new Map<string, Unit[]>();
	for (const unit of [...units.values()].sort(byName)) {
		if (unit.parent !== undefined) push(unitChildren, unit.parent, unit);
	}

	const sortedLinks = (map: Map<string, Map<string, SubstitutionLink>>) =>
		new Map(
			[...map].map(([owner, links]) => [
				owner,
				[...links.values()].sort(
					(a, b) =>
						Number(b.samePosition) - Number(a.samePosition) ||
						compareEt(positions.get(a.positionId)?.title ?? a.positionId, positions.get(b.positionId)?.title ?? b.positionId),
				),
			]),
		);

	return {
		positions,
		units,
		competencies,
		subordinates,
		substitutedBy: sortedLinks(substitution.by),
		substitutes: sortedLinks(substitution.of),
		unitChildren,
		unitPositions,
		competencyIdByName,
		competencyUsage,
	};
}

/** The unit and its ancestors, agency first. Stops at a cycle or a missing parent. */
export function unitChain(model: Pick<Model, 'units'>, unitId: string): Unit[] {
	const chain: Unit[] = [];
	const visited = new Set<string>();
	let current = model.units.get(unitId);
	while (current && !visited.has(current.id)) {
		visited.add(current.id);
		chain.unshift(current);
		current = current.parent === undefined ? undefined : model.units.get(current.parent);
	}
	return chain;
}

export function resolveCompetency(model: Model, name: string): Competency | undefined {
	const id = model.competencyIdByName.get(normalizeName(name));
	return id === undefined ? undefined : model.competencies.get(id);
}

/** Date the next review is due (lastReviewed + interval), as YYYY-MM-DD; undefined without a last review. */
export function nextReviewDue(position: Pick<Position, 'lastReviewed' | 'reviewIntervalMonths'>): string | undefined {
	if (position.lastReviewed === undefined) return undefined;
	const [year, month, day] = position.lastReviewed.split('-').map(Number);
	const totalMonths = year * 12 + (month - 1) + position.reviewIntervalMonths;
	const dueYear = Math.floor(totalMonths / 12);
	const dueMonth = (totalMonths % 12) + 1;
	// 31 January + 1 month is the last day of February, not 3 March.
	const lastDay = new Date(Date.UTC(dueYear, dueMonth, 0)).getUTCDate();
	const dueDay = Math.min(day, lastDay);
	return `${dueYear}-${String(dueMonth).padStart(2, '0')}-${String(dueDay).padStart(2, '0')}`;
}
