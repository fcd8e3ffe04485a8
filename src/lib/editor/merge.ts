/**
 * Three-way merge of lines (diff3): the changes from `base` to `theirs` applied to `ours`. The editor
 * uses it with base = the canonical rendering of the file as opened, theirs = the canonical rendering of
 * the edited form and ours = the file as committed, so that only the lines the edit touches change and
 * the rest of the file keeps its bytes (comments, the author's line folding) even where it is not in the
 * renderer's layout.
 */
import { diffArrays } from 'diff';

/** For each line of `from`, the index of the line of `to` it is matched with, or -1. */
function alignment(from: readonly string[], to: readonly string[]): Int32Array {
	const matched = new Int32Array(from.length).fill(-1);
	let fromIndex = 0;
	let toIndex = 0;
	for (const change of diffArrays([...from], [...to])) {
		const count = change.value.length;
		if (change.added) toIndex += count;
		else if (change.removed) fromIndex += count;
		else {
			for (let offset = 0; offset < count; offset++)
				matched[fromIndex + offset] = toIndex + offset;
			fromIndex += count;
			toIndex += count;
		}
	}
	return matched;
}

const sameLines = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && a.every((line, index) => line === b[index]);

export interface MergeResult {
	lines: string[];
	/** Gaps both sides changed; the `theirs` side was taken there. */
	conflicts: number;
}

/**
 * Lines present in all three (stable) are kept; between two stable lines, the side that changed from
 * `base` wins, and where both changed, `theirs` does (the edit is never lost; the committed formatting
 * of that stretch is).
 */
export function mergeLines(
	ours: readonly string[],
	base: readonly string[],
	theirs: readonly string[],
): MergeResult {
	const inOurs = alignment(base, ours);
	const inTheirs = alignment(base, theirs);
	const lines: string[] = [];
	let conflicts = 0;
	let previous = { base: -1, ours: -1, theirs: -1 };
	for (let index = 0; index <= base.length; index++) {
		const atEnd = index === base.length;
		if (!atEnd && (inOurs[index] === -1 || inTheirs[index] === -1)) continue;
		const next = atEnd
			? { base: base.length, ours: ours.length, theirs: theirs.length }
			: { base: index, ours: inOurs[index], theirs: inTheirs[index] };
		const baseGap = base.slice(previous.base + 1, next.base);
		const oursGap = ours.slice(previous.ours + 1, next.ours);
		const theirsGap = theirs.slice(previous.theirs + 1, next.theirs);
		if (sameLines(theirsGap, baseGap)) lines.push(...oursGap);
		else if (sameLines(oursGap, baseGap)) lines.push(...theirsGap);
		else if (inOurs.subarray(previous.base + 1, next.base).every((at) => at !== -1)) {
			// Ours only added lines here (a comment): keep them; the edit takes the base lines' place.
			const fromBase = new Set(inOurs.subarray(previous.base + 1, next.base));
			const isOwn = (_: string, at: number) => !fromBase.has(previous.ours + 1 + at);
			const own = oursGap.filter(isOwn);
			const firstBase = oursGap.findIndex((line, at) => !isOwn(line, at));
			const before = firstBase === -1 ? 0 : firstBase;
			lines.push(...own.slice(0, before), ...theirsGap, ...own.slice(before));
		} else {
			conflicts++;
			lines.push(...theirsGap);
		}
		if (!atEnd) lines.push(ours[next.ours]);
		previous = next;
	}
	return { lines, conflicts };
}
