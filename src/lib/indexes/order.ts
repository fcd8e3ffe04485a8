/** Sort orders shared by the indexes: Estonian collation, the id as a tie-breaker so builds are stable. */
import { compareEt } from '../content/estonian-order.ts';
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';

export const byTitle = (a: Position, b: Position): number =>
	compareEt(a.title, b.title) || a.id.localeCompare(b.id);

export const byUnitName = (a: Unit, b: Unit): number =>
	compareEt(a.name, b.name) || a.id.localeCompare(b.id);

/** Positions with a job description (no stubs), by title. Requirement indexes start from this one list. */
export function describedPositions(positions: Iterable<Position>): Position[] {
	return [...positions].filter((position) => !position.stub).sort(byTitle);
}
