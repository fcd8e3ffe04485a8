import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { modelVocabulary, writeExpansions } from '../../src/lib/search/build/expansions.ts';
import { ALL_VOCABULARY, VOCABULARY_PATH } from '../../src/lib/search/alternatives.ts';
import { EXPANSIONS_PATH } from '../../src/lib/search/query.ts';

describe('modelVocabulary', () => {
	test("is the site's vocabulary of the model's words with the abbreviations' expansions", () => {
		const site = mkdtempSync(join(tmpdir(), 'ska-vocabulary-'));
		try {
			mkdirSync(join(site, VOCABULARY_PATH), { recursive: true });
			writeFileSync(
				join(site, VOCABULARY_PATH, `${ALL_VOCABULARY}.json`),
				JSON.stringify(['riigihangetega', 'jurist', 'sotsiaalkaitse']),
			);
			const words = modelVocabulary(site);
			expect(words.slice(0, 3)).toEqual(['riigihangetega', 'jurist', 'sotsiaalkaitse']);
			// SKAIS: "sotsiaalkaitse infosüsteem", whose first word the model had already.
			for (const word of ['skais', 'infosüsteem', 'sotsiaalkindlustusamet'])
				expect(words).toContain(word);
			expect(new Set(words).size).toBe(words.length);
		} finally {
			rmSync(site, { recursive: true, force: true });
		}
	});

	test('fails without the vocabulary file rather than writing no expansions', () => {
		const site = mkdtempSync(join(tmpdir(), 'ska-vocabulary-'));
		try {
			expect(() => modelVocabulary(site)).toThrow(/ENOENT/);
		} finally {
			rmSync(site, { recursive: true, force: true });
		}
	});
});

describe('writeExpansions', () => {
	test('writes the same files whatever order the vocabulary comes in', async () => {
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
		const written = async (order: string[]) => {
			const site = mkdtempSync(join(tmpdir(), 'ska-expansions-'));
			try {
				await writeExpansions(site, order);
				const folder = join(site, EXPANSIONS_PATH);
				return Object.fromEntries(
					readdirSync(folder)
						.sort()
						.map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
				);
			} finally {
				rmSync(site, { recursive: true, force: true });
			}
		};
		const forward = await written(words);
		expect(Object.keys(forward).length).toBeGreaterThan(0);
		expect(await written([...words].reverse())).toEqual(forward);
		expect(await written([...words.slice(5), ...words.slice(0, 5)])).toEqual(forward);
	});
});
