/**
 * Splits a row of flattened table cells into columns of position titles (the manager and substitute
 * columns of the numbered layout).
 */
/** One phrase of a column as the document writes it, with the ids it resolved to. */
export interface ColumnEntry {
	text: string;
	ids: string[];
}

const CONNECTORS = new Set([',', ';', 'või', 'ja', 'ning', '/', 'ja/või']);

/**
 * Splits the flattened cells "Talitusejuhataja Kvaliteedi peaspetsialist Kvaliteedi peaspetsialist"
 * into `columns` columns of titles. Every way of cutting the words into phrases is scored (a phrase
 * that names a position costs 1, an unknown one 1 + 10 per word, a column border away from a cell
 * border 0.5)
 * and the cheapest cut with exactly that many columns wins. Within a column, phrases are joined by
 * "," "või" "ja". Undefined when no cut gives that many columns.
 */
export function segmentColumns(
	chunks: readonly string[],
	columns: number,
	resolve: (phrase: string) => string[],
): ColumnEntry[][] | undefined {
	const tokens: { text: string; chunk: number }[] = [];
	chunks.forEach((chunk, index) => {
		for (const word of chunk.split(/\s+/u)) {
			const match = /^(.*?)([,;]?)$/u.exec(word) as RegExpExecArray;
			if (match[1] !== '') tokens.push({ text: match[1], chunk: index });
			if (match[2] !== '') tokens.push({ text: match[2], chunk: index });
		}
	});
	if (tokens.length === 0 || tokens.length > 40) return undefined;
	const cellBorders = chunks.length === columns;
	const cache = new Map<string, string[]>();
	const phraseIds = (start: number, end: number) => {
		const key = `${start}:${end}`;
		let ids = cache.get(key);
		if (ids === undefined) {
			ids = resolve(
				tokens
					.slice(start, end)
					.map((token) => token.text)
					.join(' '),
			);
			cache.set(key, ids);
		}
		return ids;
	};

	type Step = { end: number; ids: string[]; newColumn: boolean } | { connector: true };
	type Best = { cost: number; steps: Step[] } | null;
	const memo = new Map<string, Best>();
	const best = (index: number, used: number, pending: boolean): Best => {
		if (index === tokens.length)
			return used === columns && !pending ? { cost: 0, steps: [] } : null;
		const key = `${index}:${used}:${pending}`;
		if (memo.has(key)) return memo.get(key) ?? null;
		let result: Best = null;
		const consider = (cost: number, step: Step, next: Best) => {
			if (next && (result === null || cost + next.cost < result.cost))
				result = { cost: cost + next.cost, steps: [step, ...next.steps] };
		};
		const token = tokens[index].text.toLocaleLowerCase('et');
		if (CONNECTORS.has(token) && used > 0 && !pending)
			consider(0, { connector: true }, best(index + 1, used, true));
		for (let end = tokens.length; end > index; end -= 1) {
			if (tokens.slice(index, end).some((part) => part.text === ',' || part.text === ';'))
				continue;
			const ids = phraseIds(index, end);
			const newColumn = !pending;
			if (newColumn && used >= columns) continue;
			const border =
				newColumn &&
				used > 0 &&
				cellBorders &&
				tokens[index].chunk === tokens[index - 1].chunk
					? 0.5
					: 0;
			// An unknown phrase costs per word, so that it never swallows a known title next to it.
			consider(
				(ids.length > 0 ? 1 : 1 + 10 * (end - index)) + border,
				{ end, ids, newColumn },
				best(end, newColumn ? used + 1 : used, false),
			);
		}
		memo.set(key, result);
		return result;
	};

	const found = best(0, 0, false);
	if (!found) return undefined;
	const out: ColumnEntry[][] = [];
	let start = 0;
	for (const step of found.steps) {
		if ('connector' in step) {
			start += 1;
			continue;
		}
		const entry = {
			text: tokens
				.slice(start, step.end)
				.map((token) => token.text)
				.join(' '),
			ids: step.ids,
		};
		if (step.newColumn) out.push([entry]);
		else out.at(-1)?.push(entry);
		start = step.end;
	}
	return out;
}
