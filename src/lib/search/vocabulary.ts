/**
 * The vocabulary the search page corrects typos against (alternatives.ts `corrections`): every word of the
 * model's text (positions, units, competencies), lower-cased, split into files by first folded letter so a
 * correction loads only the file of the word it corrects. Written by src/pages/otsing/sonavara/[letter].json.ts.
 */
import type { Model } from '../content/model.ts';
import { vocabularyKey } from './alternatives.ts';

/** Fields that are ids, paths or dates, not text a person reads. */
const NOT_TEXT = new Set([
	'id',
	'filePath',
	'unit',
	'manager',
	'substitutedBy',
	'substitutes',
	'parent',
	'head',
	'status',
	'lastReviewed',
	'validFrom',
]);

function collectStrings(value: unknown, out: string[], key = ''): void {
	if (NOT_TEXT.has(key)) return;
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) collectStrings(v, out, k);
}

/** Words of three letters or more, by first folded letter, most frequent first (then alphabetical). */
export function vocabularyShards(model: Model): Map<string, string[]> {
	const texts: string[] = [];
	for (const entity of [
		...model.positions.values(),
		...model.units.values(),
		...model.competencies.values(),
	])
		collectStrings(entity, texts);
	const counts = new Map<string, number>();
	for (const text of texts)
		for (const word of text.toLocaleLowerCase('et').match(/\p{L}{3,}/gu) ?? [])
			counts.set(word, (counts.get(word) ?? 0) + 1);
	const shards = new Map<string, string[]>();
	for (const word of [...counts.keys()].sort(
		(a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b, 'et'),
	)) {
		const key = vocabularyKey(word);
		if (!/^[a-z]$/u.test(key)) continue;
		const shard = shards.get(key);
		if (shard) shard.push(word);
		else shards.set(key, [word]);
	}
	return shards;
}
