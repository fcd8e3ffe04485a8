/** Leaf subordinates stacked in columns (layout.ts), so that a large talitus is not one long row. */
import { STACK_ABOVE } from './geometry.ts';

export interface Stack {
	/** Column members top to bottom; the same array for every member. */
	members: string[];
	index: number;
}

/**
 * A manager's subordinates that have no subordinates of their own, when there are more than
 * STACK_ABOVE of them, are stacked in columns of about equal height instead of one long row: a
 * talitus of thirty specialists side by side would be metres wide.
 */
export function stackLeaves(
	ids: readonly string[],
	managerOf: (id: string) => string | undefined,
): Map<string, Stack> {
	const managers = new Set(ids.map(managerOf).filter((id) => id !== undefined));
	const leaves = new Map<string, string[]>();
	for (const id of ids) {
		const manager = managerOf(id);
		if (manager === undefined || managers.has(id)) continue;
		leaves.set(manager, [...(leaves.get(manager) ?? []), id]);
	}
	const stacks = new Map<string, Stack>();
	for (const list of leaves.values()) {
		if (list.length <= STACK_ABOVE) continue;
		const columnCount = Math.ceil(Math.sqrt(list.length));
		const height = Math.ceil(list.length / columnCount);
		for (let start = 0; start < list.length; start += height) {
			const members = list.slice(start, start + height);
			members.forEach((id, index) => stacks.set(id, { members, index }));
		}
	}
	return stacks;
}
