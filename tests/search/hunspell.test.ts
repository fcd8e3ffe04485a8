import { describe, expect, test } from 'vitest';
import et from 'dictionary-et';
import { HunspellLexicon, parseHunspell } from '../../src/lib/search/hunspell.ts';

const AFF = `SET UTF-8
COMPOUNDFLAG Z
COMPOUNDMIN 2
SFX a Y 2
SFX a 0 d [^d]
SFX a 0 st .
SFX b Y 1
SFX b ga le ga
PFX p Y 1
PFX p 0 eba .
`;
const DIC = `4
kass/Za
koeraga/Zb
õnn/p
Tallinn/a
`;

describe('HunspellLexicon', () => {
	const lexicon = new HunspellLexicon(parseHunspell(AFF, DIC));

	test('entries, suffixes with strip and condition, prefixes', () => {
		expect(lexicon.has('kass')).toBe(true);
		expect(lexicon.has('kassd')).toBe(true);
		expect(lexicon.has('kassst')).toBe(true);
		expect(lexicon.has('koerale')).toBe(true); // strip "ga", add "le"
		expect(lexicon.has('koerle')).toBe(false);
		expect(lexicon.has('ebaõnn')).toBe(true);
		expect(lexicon.has('kassga')).toBe(false);
	});

	test('lower-case words match capitalised entries (proper nouns)', () => {
		expect(lexicon.has('tallinn')).toBe(true);
		expect(lexicon.has('tallinnd')).toBe(true);
	});

	test('compound parts need COMPOUNDFLAG and an entry of their own', () => {
		expect(lexicon.isCompoundPart('kass')).toBe(true);
		expect(lexicon.isCompoundPart('õnn')).toBe(false);
		expect(lexicon.isCompoundPart('kassd')).toBe(false);
	});

	test('analyse says which entry and rule made a form', () => {
		expect(lexicon.analyse('koerale').map((a) => [a.entry, a.suffix?.flag])).toEqual([
			['koeraga', 'b'],
		]);
	});

	test('refuses what it does not implement', () => {
		expect(() => parseHunspell('FLAG long\n', '0\n')).toThrow(/FLAG long/);
		expect(() => parseHunspell('SFX a Y 1\nSFX a 0 d/b .\n', '0\n')).toThrow(/continuation/);
	});

	test('loads dictionary-et and knows its forms', () => {
		const estonian = new HunspellLexicon(parseHunspell(et.aff, et.dic));
		expect(estonian.data.entries.size).toBeGreaterThan(280_000);
		for (const word of [
			'hange',
			'hanke',
			'hangetega',
			'toetusi',
			'sõidukeid',
			'kontosid',
			'juhti',
		])
			expect(estonian.has(word), word).toBe(true);
		// compounds are left to the COMPOUNDFLAG and are not entries: the analyser splits them
		expect(estonian.has('riigihange')).toBe(false);
	});
});
