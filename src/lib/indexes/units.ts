/** The unit tree with position counts, built once for the unit index and every unit page. */
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import type { Model } from '../content/model.ts';
import { byUnitName } from './order.ts';

export interface UnitNode {
	unit: Unit;
	/** 0 for the agency. */
	depth: number;
	/** Positions of this unit itself, by title. */
	positions: readonly Position[];
	/** Positions of this unit and every unit below it. */
	total: number;
	/** Sub-units by name. */
	children: UnitNode[];
	parent?: UnitNode;
}

export interface UnitTree {
	roots: UnitNode[];
	byId: ReadonlyMap<string, UnitNode>;
}

/** Builds the tree from model.unitChildren and model.unitPositions in one pass over the units. */
export function buildUnitTree(model: Model): UnitTree {
	const byId = new Map<string, UnitNode>();
	const visit = (unit: Unit, depth: number, parent: UnitNode | undefined): UnitNode => {
		const node: UnitNode = {
			unit,
			depth,
			positions: model.unitPositions.get(unit.id) ?? [],
			total: 0,
			children: [],
			parent,
		};
		byId.set(unit.id, node);
		// The validator rejects unit cycles; the check only keeps a broken tree from recursing forever.
		node.children = (model.unitChildren.get(unit.id) ?? [])
			.filter((child) => !byId.has(child.id))
			.map((child) => visit(child, depth + 1, node));
		node.total =
			node.positions.length + node.children.reduce((sum, child) => sum + child.total, 0);
		return node;
	};
	const roots = [...model.units.values()]
		.filter((unit) => unit.parent === undefined || !model.units.has(unit.parent))
		.sort(byUnitName)
		.map((unit) => visit(unit, 0, undefined));
	return { roots, byId };
}

/** Ancestors of a node, agency first, without the node itself. */
export function ancestors(node: UnitNode): UnitNode[] {
	const chain: UnitNode[] = [];
	for (let current = node.parent; current; current = current.parent) chain.unshift(current);
	return chain;
}

export interface SubUnitGroup {
	node: UnitNode;
	/** The sub-unit's parent when it is not the unit whose page this is, for context ("Teenuste osakond"). */
	via?: Unit;
}

/** Units below the node that have positions of their own, depth first in tree order. */
export function subUnitGroups(node: UnitNode): SubUnitGroup[] {
	const groups: SubUnitGroup[] = [];
	const walk = (current: UnitNode) => {
		for (const child of current.children) {
			if (child.positions.length > 0)
				groups.push({ node: child, via: current === node ? undefined : current.unit });
			walk(child);
		}
	};
	walk(node);
	return groups;
}
