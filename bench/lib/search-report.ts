/**
 * The tables `npm run bench:search` prints: recall@5 per query kind with and without the Estonian
 * enrichment (real content only), then bytes and times of searches, in total and per query.
 */
import { meanRecall, type QueryOutcome } from '../../scripts/lib/search-eval.ts';
import { SEARCH_QUERIES } from '../../tests/fixtures/search-queries.ts';
import type { Transfer, Transfers } from './search-transfers.ts';

/** One build of the site measured: with or without the enrichment. */
export interface VariantResult {
	variant: string;
	buildSeconds: number;
	outcomes: QueryOutcome[];
	transfer: Transfers;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (n: number) => n.toFixed(0);
const median = (numbers: number[]) => {
	const sorted = [...numbers].sort((a, b) => a - b);
	return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)];
};
const stat = (items: Transfer[], pick: (item: Transfer) => number, format: (n: number) => string) =>
	`${format(median(items.map(pick)))} / ${format(Math.max(...items.map(pick)))}`;

/** Recall@5 per kind of query, enriched build first; then the queries each build misses. */
export function printRecall(rows: readonly VariantResult[]): void {
	const kinds = [...new Set(SEARCH_QUERIES.map((query) => query.kind))];
	console.log(`| queries | n | ${rows.map((row) => `recall@5 ${row.variant}`).join(' | ')} |`);
	console.log(`| --- | ---: | ${rows.map(() => '---:').join(' | ')} |`);
	for (const kind of [...kinds, 'kõik']) {
		const pick = (outcomes: QueryOutcome[]) =>
			outcomes.filter((_, index) => kind === 'kõik' || SEARCH_QUERIES[index].kind === kind);
		console.log(
			`| ${kind} | ${pick(rows[0].outcomes).length} | ${rows.map((row) => meanRecall(pick(row.outcomes)).toFixed(3)).join(' | ')} |`,
		);
	}
	const misses = (row: VariantResult) =>
		row.outcomes.filter((outcome) => outcome.recall < 1).map((outcome) => outcome.query);
	console.log(`\nmisses without enrichment: ${misses(rows[1]).join(', ') || 'none'}`);
	console.log(`misses with enrichment: ${misses(rows[0]).join(', ') || 'none'}\n`);
}

/** Bytes and times of the searches: medians and maxima per build, then each query of each build. */
export function printTransfers(rows: readonly VariantResult[], queries: readonly string[]): void {
	console.log(`queries: ${queries.join(', ')}\n`);
	console.log(
		'| variant | build s | first search KiB, median / max | first search requests, median | first search ms, median / max | typed first search: ms from Enter, median / max | typed first search KiB (the visit, with the searches ahead), median / max | further query KiB, median / max | further query ms, median / max |',
	);
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const { variant, buildSeconds, transfer } of rows) {
		console.log(
			`| ${variant} | ${buildSeconds.toFixed(1)} | ${stat(transfer.cold, (t) => t.bytes, kb)} | ${median(transfer.cold.map((t) => t.requests))} | ${stat(transfer.cold, (t) => t.ms, ms)} | ${stat(transfer.typed, (t) => t.ms, ms)} | ${stat(transfer.typed, (t) => t.bytes, kb)} | ${stat(transfer.further, (t) => t.bytes, kb)} | ${stat(transfer.further, (t) => t.ms, ms)} |`,
		);
	}
	for (const { variant, transfer } of rows) {
		console.log(
			`\nPer query (${variant}): first search KiB / ms; as a further query KiB / ms; typed first search ms from Enter, of which until Pagefind answered (with the expansion's searches), results, KiB of the visit; Pagefind's search of the query alone with its chunks loaded: results / ms`,
		);
		for (const [index, query] of queries.entries()) {
			const { cold, typed, further, cost } = transfer;
			const again = further.find((t) => t.query === query);
			const { pages, searchMs, ownPages, ownMs } = cost.get(query)!;
			console.log(
				`- ${query}: ${kb(cold[index].bytes)} / ${ms(cold[index].ms)}; ${again ? `${kb(again.bytes)} / ${ms(again.ms)}` : '(first query)'}; ${ms(typed[index].ms)}, ${ms(searchMs)}, ${pages}, ${kb(typed[index].bytes)}; ${ownPages} / ${ms(ownMs)}`,
			);
		}
	}
}
