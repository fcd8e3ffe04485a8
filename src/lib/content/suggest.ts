import { distance } from 'fastest-levenshtein';

/** Normalises a name for comparison: case, surrounding punctuation and repeated white space. */
export function normalizeName(value: string): string {
	return value
		.toLocaleLowerCase('et')
		.replace(/\s+/g, ' ')
		.replace(/^[\s:.;–-]+|[\s:.;–-]+$/g, '');
}

/** The candidate closest to `input`, if it is close enough to be a plausible typo. */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
	const needle = normalizeName(input);
	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		if (candidate === input) continue;
		const d = distance(needle, normalizeName(candidate));
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	const tolerance = Math.max(2, Math.floor(needle.length / 3));
	return bestDistance <= tolerance ? best : undefined;
}
