/** Word-level differences between two texts, and similarity for pairing reworded items. */
import { diffWords } from 'diff';

export interface DiffPart {
	kind: 'same' | 'del' | 'ins';
	text: string;
}

/**
 * When more than this share of the characters changed, a word diff is a confetti of small edits;
 * the whole old text struck out followed by the whole new text reads better.
 */
const REWRITE_RATIO = 0.6;

/** Word-level diff of two texts; identical texts give one 'same' part. */
export function wordDiff(before: string, after: string): DiffPart[] {
	if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
	if (before === '') return [{ kind: 'ins', text: after }];
	if (after === '') return [{ kind: 'del', text: before }];
	const parts: DiffPart[] = diffWords(before, after).map((change) => ({
		kind: change.added ? 'ins' : change.removed ? 'del' : 'same',
		text: change.value,
	}));
	const changed = parts
		.filter((part) => part.kind !== 'same')
		.reduce((sum, part) => sum + part.text.trim().length, 0);
	if (changed / (before.length + after.length) > REWRITE_RATIO) {
		return [
			{ kind: 'del', text: before },
			{ kind: 'same', text: ' ' },
			{ kind: 'ins', text: after },
		];
	}
	return mergeAdjacent(parts);
}

function mergeAdjacent(parts: DiffPart[]): DiffPart[] {
	const merged: DiffPart[] = [];
	for (const part of parts) {
		if (part.text === '') continue;
		const last = merged.at(-1);
		if (last && last.kind === part.kind) last.text += part.text;
		else merged.push({ ...part });
	}
	return merged;
}

/** Lower-case words of a text (letters and digits), for similarity. */
export function words(text: string): string[] {
	return text.toLocaleLowerCase('et').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Dice coefficient of the two texts' word multisets: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
	const left = words(a);
	const right = words(b);
	if (left.length === 0 && right.length === 0) return 1;
	const counts = new Map<string, number>();
	for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
	let shared = 0;
	for (const word of right) {
		const n = counts.get(word) ?? 0;
		if (n > 0) {
			shared += 1;
			counts.set(word, n - 1);
		}
	}
	return (2 * shared) / (left.length + right.length);
}

export type Aligned<T> =
	| { kind: 'same' | 'changed'; before: T; after: T }
	| { kind: 'added'; after: T }
	| { kind: 'removed'; before: T };

/**
 * Aligns two ordered lists: items with equal keys match first (weight 2), otherwise items whose
 * similarity reaches `threshold` pair up as reworded; the alignment keeps both lists' order and
 * maximises the total weight (a weighted longest common subsequence, O(n·m) — lists here are short).
 * `equal` decides whether a matched pair is 'same' or 'changed'.
 */
export function alignLists<T>(
	before: readonly T[],
	after: readonly T[],
	options: {
		key: (item: T) => string;
		text: (item: T) => string;
		equal: (a: T, b: T) => boolean;
		threshold?: number;
	},
): Aligned<T>[] {
	const threshold = options.threshold ?? 0.5;
	const n = before.length;
	const m = after.length;
	const beforeKeys = before.map(options.key);
	const afterKeys = after.map(options.key);
	const weight = (i: number, j: number): number => {
		if (beforeKeys[i] === afterKeys[j]) return 2;
		const s = similarity(options.text(before[i]), options.text(after[j]));
		return s >= threshold ? s : 0;
	};
	// score[i][j]: best total weight aligning before[i..] with after[j..].
	const score: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
	const pairWeight: Float64Array[] = Array.from({ length: n }, () => new Float64Array(m));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			const w = weight(i, j);
			pairWeight[i][j] = w;
			score[i][j] = Math.max(
				score[i + 1][j],
				score[i][j + 1],
				w > 0 ? w + score[i + 1][j + 1] : 0,
			);
		}
	}
	const result: Aligned<T>[] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		const w = pairWeight[i][j];
		if (w > 0 && score[i][j] === w + score[i + 1][j + 1]) {
			result.push({
				kind: options.equal(before[i], after[j]) ? 'same' : 'changed',
				before: before[i],
				after: after[j],
			});
			i += 1;
			j += 1;
		} else if (score[i][j] === score[i + 1][j]) {
			result.push({ kind: 'removed', before: before[i] });
			i += 1;
		} else {
			result.push({ kind: 'added', after: after[j] });
			j += 1;
		}
	}
	for (; i < n; i++) result.push({ kind: 'removed', before: before[i] });
	for (; j < m; j++) result.push({ kind: 'added', after: after[j] });
	return result;
}
