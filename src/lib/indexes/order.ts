/** Sort orders shared by the indexes: Estonian collation, the id as a tie-breaker so builds are stable. */
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';

export const byTitle = (a: Position, b: Position): number =>
	a.title.localeCompare(b.title, 'et') || a.id.localeCompare(b.id);

export const byUnitName = (a: Unit, b: Unit): number =>
	a.name.localeCompare(b.name, 'et') || a.id.localeCompare(b.id);

/** Positions with a job description (no stubs), by title. Requirement indexes start from this one list. */
export function describedPositions(positions: Iterable<Position>): Position[] {
	return [...positions].filter((position) => !position.stub).sort(byTitle);
}
