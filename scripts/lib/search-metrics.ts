/**
 * Scores ranked search results against the pages a person expects: recall@1, recall@3 and mean
 * reciprocal rank, per category and overall. Pure functions, so the evaluator's arithmetic has tests.
 */

export interface Judged {
	query: string;
	category: string;
	expect: readonly string[];
	need?: 'any' | 'all';
}

export interface Scored extends Judged {
	/** The result paths the page showed, in order. */
	results: string[];
	/** 1-based rank of the first expected page, or 0 when none was shown. */
	rank: number;
	recallAt1: number;
	recallAt3: number;
	reciprocalRank: number;
}

export interface Summary {
	count: number;
	recallAt1: number;
	recallAt3: number;
	mrr: number;
}

/**
 * recall@k of one query. With `need: 'any'` it is 1 when any expected page is among the first k
 * results, else 0. With `need: 'all'` it is the share of expected pages among the first k, out of
 * at most k (so a query expecting three pages can reach 1 at k = 1 by showing one of them first).
 */
export function recallAt(
	k: number,
	results: readonly string[],
	expect: readonly string[],
	need: 'any' | 'all' = 'any',
): number {
	const top = new Set(results.slice(0, k));
	const found = expect.filter((path) => top.has(path)).length;
	if (need === 'any') return found > 0 ? 1 : 0;
	return found / Math.min(k, expect.length);
}

/** 1-based rank of the first expected page in `results`, 0 when there is none. */
export function firstRank(results: readonly string[], expect: readonly string[]): number {
	const wanted = new Set(expect);
	return results.findIndex((path) => wanted.has(path)) + 1;
}

export function score(item: Judged, results: string[]): Scored {
	const rank = firstRank(results, item.expect);
	return {
		...item,
		results,
		rank,
		recallAt1: recallAt(1, results, item.expect, item.need),
		recallAt3: recallAt(3, results, item.expect, item.need),
		reciprocalRank: rank === 0 ? 0 : 1 / rank,
	};
}

export function summarise(scored: readonly Scored[]): Summary {
	const mean = (pick: (item: Scored) => number) =>
		scored.length === 0 ? 0 : scored.reduce((sum, item) => sum + pick(item), 0) / scored.length;
	return {
		count: scored.length,
		recallAt1: mean((item) => item.recallAt1),
		recallAt3: mean((item) => item.recallAt3),
		mrr: mean((item) => item.reciprocalRank),
	};
}

/** Summaries per category, in `order` (categories without queries left out), then `all`. */
export function summariseByCategory(
	scored: readonly Scored[],
	order: readonly string[],
): Record<string, Summary> {
	const table: Record<string, Summary> = {};
	for (const category of order) {
		const members = scored.filter((item) => item.category === category);
		if (members.length > 0) table[category] = summarise(members);
	}
	table.all = summarise(scored);
	return table;
}
