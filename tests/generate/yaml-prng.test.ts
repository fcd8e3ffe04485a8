import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { createRng } from '../../src/lib/generate/prng.ts';
import { toYaml } from '../../src/lib/generate/yaml.ts';

describe('toYaml', () => {
	test.each([
		['plain text', 'Kõrgharidus'],
		['colon and space', 'Eesmärk: tagada kvaliteet'],
		['hash after space', 'Valdkond #1'],
		['leading dash', '- mitte loend'],
		['number-like', '57'],
		['boolean-like', 'true'],
		['date', '2026-02-30'],
		['quotes', 'Nn "teine" teenistuja'],
		['multi-line', 'Esimene rida.\nTeine rida.'],
		['long prose', 'Ametikoha eesmärk on '.repeat(20).trim()],
		['trailing colon', 'Omab õigust:'],
	])('%s survives a round trip through the yaml parser', (_name, text) => {
		const written = toYaml({
			title: text,
			list: [text, { name: text, indicators: [text] }],
			nested: { text },
		});
		expect(parse(written, { version: '1.2', schema: 'core' })).toEqual({
			title: text,
			list: [text, { name: text, indicators: [text] }],
			nested: { text },
		});
	});

	test('id lists are written in flow style, empty lists and undefined values are left out', () => {
		expect(
			toYaml(
				{ substitutedBy: ['a-b', 'c'], substitutes: [], manager: undefined },
				0,
				new Set(['substitutedBy', 'substitutes']),
			),
		).toBe('substitutedBy: [a-b, c]\n');
	});
});

describe('createRng', () => {
	test('is deterministic per seed and label', () => {
		const draws = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
		expect(draws(1)).toEqual(draws(1));
		expect(draws(1)).not.toEqual(draws(2));
		expect(createRng(1).fork('x').next()).toBe(createRng(1).fork('x').next());
	});

	test('sample and subset return distinct items', () => {
		const rng = createRng(7);
		const items = Array.from({ length: 50 }, (_, i) => i);
		for (const count of [1, 5, 20, 50, 80]) {
			const sample = rng.sample(items, count);
			expect(new Set(sample).size).toBe(Math.min(count, items.length));
			const subset = rng.subset(items, count);
			expect(subset).toEqual([...subset].sort((a, b) => a - b));
		}
	});
});
