/**
 * Seeded pseudo-random numbers for the corpus generator. mulberry32: 32-bit state, fast, and good
 * enough to pick sentences; the point is that one seed always yields the same corpus, so nothing
 * here may read Math.random or the clock.
 */
export interface Rng {
	/** Uniform in [0, 1). */
	next: () => number;
	/** Integer in [min, max], both inclusive. */
	int(min: number, max: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** Item chosen with the given relative weights (same length as items). */
	weighted<T>(items: readonly T[], weights: readonly number[]): T;
	/** `count` distinct items in random order (all of them when count ≥ length). */
	sample<T>(items: readonly T[], count: number): T[];
	/** `count` distinct items in their original order. */
	subset<T>(items: readonly T[], count: number): T[];
	shuffle<T>(items: readonly T[]): T[];
	/**
	 * An independent stream derived from this one and a label, so adding draws in one place does
	 * not shift another.
	 */
	fork(label: string): Rng;
}

export function hashString(text: string, seed = 0x811c9dc5): number {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

export function createRng(seed: number): Rng {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const shuffle = <T>(items: readonly T[]): T[] => {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i -= 1) {
			const j = Math.floor(next() * (i + 1));
			[copy[i], copy[j]] = [copy[j], copy[i]];
		}
		return copy;
	};
	const sampleIndexes = (length: number, count: number): number[] => {
		const n = Math.min(count, length);
		if (n * 4 <= length) {
			// Few out of many: rejection is cheaper than copying the whole index range.
			const chosen: number[] = [];
			while (chosen.length < n) {
				const index = Math.floor(next() * length);
				if (!chosen.includes(index)) chosen.push(index);
			}
			return chosen;
		}
		const indexes: number[] = [];
		for (let i = 0; i < length; i += 1) indexes.push(i);
		for (let i = 0; i < n; i += 1) {
			const j = i + Math.floor(next() * (length - i));
			const swap = indexes[i];
			indexes[i] = indexes[j];
			indexes[j] = swap;
		}
		indexes.length = n;
		return indexes;
	};
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[Math.floor(next() * items.length)];
		},
		weighted: (items, weights) => {
			const total = weights.reduce((sum, w) => sum + w, 0);
			let r = next() * total;
			for (let i = 0; i < items.length; i += 1) {
				r -= weights[i];
				if (r < 0) return items[i];
			}
			return items[items.length - 1];
		},
		sample: (items, count) => sampleIndexes(items.length, count).map((i) => items[i]),
		subset: (items, count) =>
			sampleIndexes(items.length, count)
				.sort((a, b) => a - b)
				.map((i) => items[i]),
		shuffle,
		fork: (label) => createRng(hashString(label, seed ^ 0x9e3779b9)),
	};
}
