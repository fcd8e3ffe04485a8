import { beforeAll, describe, expect, test } from 'vitest';
import type { Analyzer } from '../../src/lib/search/estonian.ts';
import { expansionShards, expansionVocabulary } from '../../src/lib/search/expansions.ts';
import { createAnalyzer } from '../../src/lib/search/index.ts';
import { shardKey } from '../../src/lib/search/query.ts';

describe('expansionVocabulary', () => {
	test("is the model's words with the abbreviations' expansions, each once", () => {
		const words = expansionVocabulary(['riigihangetega', 'jurist', 'sotsiaalkaitse']);
		expect(words.slice(0, 3)).toEqual(['riigihangetega', 'jurist', 'sotsiaalkaitse']);
		// SKAIS: "sotsiaalkaitse infosüsteem", whose first word the model had already.
		for (const word of ['skais', 'infosüsteem', 'sotsiaalkindlustusamet'])
			expect(words).toContain(word);
		expect(new Set(words).size).toBe(words.length);
	});
});

describe('expansionShards', () => {
	let analyzer: Analyzer;
	beforeAll(async () => {
		analyzer = await createAnalyzer();
	});

	// Forms of one paradigm that share a stem: which one is written must not depend on reading order.
	const words = [
		'aasta',
		'aastas',
		'aastast',
		'aastase',
		'aastasi',
		'aastane',
		'aastaste',
		'hange',
		'hanke',
		'hanked',
		'hangete',
		'riigihange',
		'riigihangete',
	];

	test('are the same whatever order the vocabulary comes in', () => {
		const forward = JSON.stringify([...expansionShards(analyzer, words)]);
		expect(JSON.stringify([...expansionShards(analyzer, [...words].reverse())])).toBe(forward);
		const rotated = [...words.slice(5), ...words.slice(0, 5)];
		expect(JSON.stringify([...expansionShards(analyzer, rotated)])).toBe(forward);
	});

	test('hold each stem in the shard of its first two letters, with the other stems’ forms', () => {
		const shards = expansionShards(analyzer, words);
		expect(shards.size).toBeGreaterThan(0);
		for (const [key, shard] of shards)
			for (const stem of Object.keys(shard)) expect(shardKey(stem)).toBe(key);
		// "hanke" (hanked, hangete) reaches "hange" and back: gradation that Pagefind's stemmer never undoes.
		expect(shards.get('ha')?.hanke).toContain('hange');
	});
});
