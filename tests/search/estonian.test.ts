import { beforeAll, describe, expect, test } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/lib/search/estonian.ts';
import { pagefindStem } from '../../src/lib/search/snowball-estonian.ts';

let analyzer: Analyzer;
beforeAll(async () => {
	analyzer = await createAnalyzer();
});

// Every form of the word families and the lemma it must come back to, listed first.
const FAMILIES: Record<string, string[]> = {
	tööülesanne: [
		'tööülesanne',
		'tööülesande',
		'tööülesannet',
		'tööülesanded',
		'tööülesannete',
		'tööülesandeid',
		'tööülesannetega',
	],
	ülesanne: ['ülesanne', 'ülesanded', 'ülesandeid'],
	aruanne: ['aruanne', 'aruande', 'aruannet', 'aruanded', 'aruannete', 'aruandeid', 'aruandes'],
	kantseleitarve: [
		'kantseleitarve',
		'kantseleitarbe',
		'kantseleitarbed',
		'kantseleitarvete',
		'kantseleitarbeid',
	],
	hange: ['hange', 'hanke', 'hanget', 'hanked', 'hangete', 'hankeid', 'hangetega', 'hankega'],
	riigihange: ['riigihange', 'riigihanke', 'riigihanked', 'riigihangete'],
	ülevaatus: ['ülevaatus', 'ülevaatuse', 'ülevaatust', 'ülevaatused', 'ülevaatuste', 'ülevaatusi'],
	koodiülevaatus: ['koodiülevaatus', 'koodiülevaatuse', 'koodiülevaatustes'],
	järelevalve: ['järelevalve', 'järelevalvet', 'järelevalvete', 'järelevalved', 'järelevalvesse'],
	kasutajakonto: [
		'kasutajakonto',
		'kasutajakontot',
		'kasutajakontod',
		'kasutajakontode',
		'kasutajakontosid',
	],
	sotsiaalteenus: [
		'sotsiaalteenus',
		'sotsiaalteenuse',
		'sotsiaalteenused',
		'sotsiaalteenuste',
		'sotsiaalteenustele',
	],
	teenuseosutaja: [
		'teenuseosutaja',
		'teenuseosutajad',
		'teenuseosutajate',
		'teenuseosutajaid',
		'teenuseosutajaga',
	],
	puue: ['puue', 'puude', 'puuet', 'puuded', 'puuete', 'puudeid', 'puuetega'],
	toetus: ['toetus', 'toetuse', 'toetust', 'toetused', 'toetuste', 'toetusi', 'toetustega'],
	pöördumine: [
		'pöördumine',
		'pöördumise',
		'pöördumist',
		'pöördumised',
		'pöördumiste',
		'pöördumisi',
	],
	koolitus: ['koolitus', 'koolituse', 'koolitused', 'koolituste', 'koolitusi'],
	sisekoolitus: ['sisekoolitus', 'sisekoolitused', 'sisekoolitustel'],
	inventuur: ['inventuur', 'inventuuri', 'inventuuris', 'inventuure', 'inventuuride'],
	sõiduk: ['sõiduk', 'sõiduki', 'sõidukit', 'sõidukid', 'sõidukite', 'sõidukeid'],
	ametisõiduk: ['ametisõiduk', 'ametisõidukid', 'ametisõidukitega'],
};

describe('lemmas', () => {
	const cases = Object.entries(FAMILIES).flatMap(([lemma, forms]) =>
		forms.map((form) => [form, lemma] as const),
	);
	test.each(cases)('%s → %s', (form, lemma) => {
		expect(analyzer.lemmas(form)[0]).toBe(lemma);
	});

	test.each([
		['juhid', 'juht'],
		['riigid', 'riik'],
		['osakonnas', 'osakond'],
		['kvaliteedi', 'kvaliteet'],
		['numbrid', 'number'],
		['sidemete', 'side'],
		['liikmed', 'liige'],
		['tööd', 'töö'],
		['kasutajad', 'kasutaja'],
		['kontosid', 'konto'],
	])('beyond the issue: %s → %s', (form, lemma) => {
		expect(analyzer.lemmas(form)).toContain(lemma);
	});

	test('capitals and clitics', () => {
		expect(analyzer.lemmas('Hangetega')[0]).toBe('hange');
		expect(analyzer.lemmas('toetustki')[0]).toBe('toetus');
	});

	test('an unknown word has no lemma', () => {
		expect(analyzer.lemmas('xqzw')).toEqual([]);
		expect(analyzer.compoundParts('xqzw')).toEqual([]);
	});
});

describe('compound parts', () => {
	test.each([
		['tööülesanded', ['töö', 'ülesanne']],
		['kantseleitarvete', ['kantselei', 'tarve']],
		['riigihange', ['riik', 'hange']],
		['riigihangetega', ['riik', 'hange']],
		['koodiülevaatustes', ['kood', 'ülevaatus']],
		['kasutajakontode', ['kasutaja', 'konto']],
		['sotsiaalteenuste', ['sotsiaal', 'teenus']],
		['teenuseosutajad', ['teenus', 'osutaja']],
		['sisekoolitused', ['sise', 'koolitus']],
		['ametisõidukid', ['amet', 'sõiduk']],
	])('%s → %j', (word, parts) => {
		expect(analyzer.compoundParts(word).slice(0, parts.length)).toEqual(parts);
	});

	test('simple words are not split into a word and a suffix', () => {
		for (const word of [
			'pöördumine',
			'toetus',
			'toetuste',
			'koolitus',
			'inventuur',
			'sõiduk',
			'hange',
			'teenus',
			'kasutaja',
		])
			expect(analyzer.compoundParts(word), word).toEqual([]);
	});
});

describe('terms', () => {
	/** Every Pagefind stem of the family must be a prefix of the stem of the page's own word or of a term. */
	function reaches(pageText: string, queries: string[]): string[] {
		const indexStems = [
			...pageText.toLocaleLowerCase('et').split(/\s+/),
			...analyzer.terms(pageText),
		].map(pagefindStem);
		return queries.filter((q) => !indexStems.some((s) => s.startsWith(pagefindStem(q))));
	}

	test.each(Object.entries(FAMILIES))(
		'a page with any form of %s is reached by every form',
		(_lemma, forms) => {
			for (const page of forms) expect(reaches(page, forms), page).toEqual([]);
		},
	);

	test('a page with a compound is reached by its last part in every form', () => {
		expect(reaches('riigihangetega', FAMILIES.hange)).toEqual([]);
		expect(reaches('koodiülevaatustes', FAMILIES.ülevaatus)).toEqual([]);
		expect(reaches('ametisõidukitega', FAMILIES.sõiduk)).toEqual([]);
		expect(reaches('sisekoolitused', FAMILIES.koolitus)).toEqual([]);
		expect(reaches('tööülesanded', FAMILIES.ülesanne)).toEqual([]);
	});

	test('terms are lower-case, unique, and leave out the words and stems the page already has', () => {
		const terms = analyzer.terms('Hangete korraldamine ja HANKED');
		expect(terms).toEqual([...new Set(terms)]);
		for (const term of terms) expect(term).toBe(term.toLocaleLowerCase('et'));
		expect(terms).toContain('hange');
		expect(terms).not.toContain('hanked');
		// "hanke" is needed only when no word of the page has that stem already
		expect(terms).not.toContain('hanke');
	});

	test('diacritic-free queries reach the page as well', () => {
		expect(
			reaches('tööülesannete', ['tooulesanded', 'tooulesanne', 'soidukid'].slice(0, 2)),
		).toEqual([]);
		expect(reaches('ametisõidukid', ['soiduk', 'soidukeid'])).toEqual([]);
	});
});
