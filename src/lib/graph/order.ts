import { compareEt } from '../content/estonian-order.ts';
import type { Position } from '../../../schemas/position.ts';
import { unitChain, type Model } from '../content/model.ts';

/** Orders positions by their unit path (agency › osakond › talitus, name by name), then title, then id. */
export function comparePositions(model: Model): (a: Position, b: Position) => number {
	const paths = new Map<string, string[]>();
	const path = (position: Position) => {
		let names = paths.get(position.unit);
		if (names === undefined) {
			names = unitChain(model, position.unit).map((unit) => unit.name);
			paths.set(position.unit, names);
		}
		return names;
	};
	const comparePaths = (a: string[], b: string[]) => {
		for (let index = 0; index < Math.min(a.length, b.length); index++) {
			const order = compareEt(a[index], b[index]);
			if (order !== 0) return order;
		}
		return a.length - b.length;
	};
	return (a, b) =>
		comparePaths(path(a), path(b)) ||
		a.unit.localeCompare(b.unit) ||
		compareEt(a.title, b.title) ||
		a.id.localeCompare(b.id);
}
