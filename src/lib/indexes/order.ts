/** Sort orders shared by the indexes: Estonian collation, the id as a tie-breaker so builds are stable. */
import { compareEt } from '../content/estonian-order.ts';
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';

export const byTitle = (a: Position, b: Position): number =>
	compareEt(a.title, b.title) || a.id.localeCompare(b.id);

export const byUnitName = (a: Unit, b: Unit): number =>
	compareEt(a.name, b.name) || a.id.localeCompare(b.id);

const described = new WeakMap<ReadonlyMap<string, Position>, readonly Position[]>();

/**
 * Positions with a job description (no stubs), by title. Requirement indexes start from this one list;
 * it is sorted once per model (every requirement page builds its index again, and sorting 5,000 titles
 * in Estonian order takes tens of milliseconds).
 */
export function describedPositions(positions: ReadonlyMap<string, Position>): readonly Position[] {
	let list = described.get(positions);
	if (list === undefined) {
		list = [...positions.values()].filter((position) => !position.stub).sort(byTitle);
		described.set(positions, list);
	}
	return list;
}
