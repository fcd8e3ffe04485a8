import { distance } from 'fastest-levenshtein';

/**
 * Normalises a name for comparison: case, surrounding punctuation and repeated white space. The same
 * few dozen competency and unit names are normalised hundreds of thousands of times in a large tree
 * (twice per competency reference), and Estonian lower-casing goes through ICU: the results are kept.
 */
export function normalizeName(value: string): string {
	let normalized = normalizedNames.get(value);
	if (normalized === undefined) {
		// Bounded, for the dev server, which reloads the content for as long as it runs.
		if (normalizedNames.size >= MAX_NORMALIZED_NAMES) normalizedNames.clear();
		normalized = value
			.toLocaleLowerCase('et')
			.replace(/\s+/g, ' ')
			.replace(/^[\s:.;–-]+|[\s:.;–-]+$/g, '');
		normalizedNames.set(value, normalized);
	}
	return normalized;
}

const normalizedNames = new Map<string, string>();
const MAX_NORMALIZED_NAMES = 10_000;

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
