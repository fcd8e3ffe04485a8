/**
 * Splits the positions into pictures small enough to read: one for the whole agency while it has
 * at most `maxNodes` positions, otherwise one per osakond, and an osakond that is still too big is
 * split further by its talitused and tiimid.
 */
import { compareEt } from '../content/estonian-order.ts';
import type { Unit } from '../../../schemas/unit.ts';
import type { Model } from '../content/model.ts';

export const DEFAULT_MAX_NODES = 150;

export interface GraphSection {
	/** Anchor-safe id: "koik" for the single picture, otherwise the unit id. */
	id: string;
	/** Heading for the picture; empty for the single picture. */
	heading: string;
	unit?: Unit;
	/** Positions drawn in full, sorted by title. */
	positionIds: string[];
}

export function graphSections(model: Model, maxNodes = DEFAULT_MAX_NODES): GraphSection[] {
	const byTitle = (ids: string[]) =>
		ids.sort(
			(a, b) =>
				compareEt(model.positions.get(a)?.title ?? a, model.positions.get(b)?.title ?? b) ||
				a.localeCompare(b),
		);
	if (model.positions.size <= maxNodes)
		return [{ id: 'koik', heading: '', positionIds: byTitle([...model.positions.keys()]) }];

	const subtreeSize = new Map<string, number>();
	const visiting = new Set<string>();
	const sizeOf = (unit: Unit): number => {
		const known = subtreeSize.get(unit.id);
		if (known !== undefined) return known;
		if (visiting.has(unit.id)) return 0;
		visiting.add(unit.id);
		let size = model.unitPositions.get(unit.id)?.length ?? 0;
		for (const child of model.unitChildren.get(unit.id) ?? []) size += sizeOf(child);
		subtreeSize.set(unit.id, size);
		return size;
	};
	const subtreeIds = (unit: Unit, seen = new Set<string>()): string[] => {
		if (seen.has(unit.id)) return [];
		seen.add(unit.id);
		return [
			...(model.unitPositions.get(unit.id) ?? []).map((position) => position.id),
			...(model.unitChildren.get(unit.id) ?? []).flatMap((child) => subtreeIds(child, seen)),
		];
	};

	const sections: GraphSection[] = [];
	const covered = new Set<string>();
	const add = (id: string, heading: string, unit: Unit | undefined, ids: string[]) => {
		if (ids.length === 0) return;
		for (const positionId of ids) covered.add(positionId);
		sections.push({ id, heading, unit, positionIds: byTitle(ids) });
	};
	const split = (unit: Unit, path: string[], seen: Set<string>) => {
		if (seen.has(unit.id)) return;
		seen.add(unit.id);
		const heading = [...path, unit.name].join(' › ');
		const isRoot = unit.parent === undefined;
		if (!isRoot && sizeOf(unit) <= maxNodes) {
			add(unit.id, heading, unit, subtreeIds(unit));
			return;
		}
		add(
			unit.id,
			heading,
			unit,
			(model.unitPositions.get(unit.id) ?? []).map((position) => position.id),
		);
		// Headings below the agency start from the osakond: every one would repeat "Sotsiaalkindlustusamet".
		for (const child of model.unitChildren.get(unit.id) ?? [])
			split(child, isRoot ? [] : [...path, unit.name], seen);
	};

	const seen = new Set<string>();
	const roots = [...model.units.values()].filter(
		(unit) => unit.parent === undefined || !model.units.has(unit.parent),
	);
	roots.sort((a, b) => compareEt(a.name, b.name) || a.id.localeCompare(b.id));
	for (const root of roots) split(root, [], seen);
	// Positions in a unit the tree does not reach (unknown unit, unit cycle) still get drawn.
	add(
		'muud',
		'Muud ametikohad',
		undefined,
		[...model.positions.keys()].filter((id) => !covered.has(id)),
	);
	return sections;
}
