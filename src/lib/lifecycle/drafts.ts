import type { Position } from '../../../schemas/position.ts';

/**
 * Whether the position's changes are announced (home page "Viimati muudetud", /muudatused/, the Atom
 * feeds). A draft (eelnõu) is published so that it can be read and commented on, but it is not in
 * force: announcing its edits would tell employees their duties changed when nothing was approved.
 * Once its status becomes kehtiv its whole history is listed, the approval first.
 */
export function announcesChanges(position: Pick<Position, 'status'>): boolean {
	return position.status !== 'eelnõu';
}
