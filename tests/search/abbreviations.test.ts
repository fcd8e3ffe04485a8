import { describe, expect, test } from 'vitest';
import {
	abbreviationTerms,
	findAbbreviations,
	lineAbbreviationTerms,
} from '../../src/lib/search/abbreviations.ts';

describe('abbreviations', () => {
	test.each([
		['SKA-s töötab', 'sotsiaalkindlustusamet'],
		['Andmed SKAIS-i', 'infosüsteem'],
		['SKAIS2 arendus', 'sotsiaalkaitse'],
		['päring STAR-iga', 'andmeregister'],
		['PIST taotlused', 'sotsiaaltoetused'],
		['teavitab KOVile', 'omavalitsuse'],
		['koostöö KOV-idega', 'kohaliku'],
		['info edastamine RTK-le', 'tugiteenuste'],
	])('%s → the expansion (%s)', (text, word) => {
		expect(abbreviationTerms(text)).toContain(word);
	});

	test.each([
		['Sotsiaalkindlustusameti teenistujatele', ['ska']],
		['andmed sotsiaalkaitse infosüsteemis', ['skais', 'skais2']],
		['sotsiaalteenuste ja -toetuste andmeregistris', ['star']],
		['puuetega inimeste sotsiaaltoetuste maksmine', ['pist']],
		['kohaliku omavalitsuse üksusega', ['kov']],
		['kohalikele omavalitsustele', ['kov']],
		['Riigi Tugiteenuste Keskusele vajaliku info', ['rtk']],
		['riigi tugiteenuste keskuses', ['rtk']],
	])('%s → %j', (text, abbreviations) => {
		expect(abbreviationTerms(text)).toEqual(expect.arrayContaining(abbreviations));
	});

	test('an abbreviation inside another word or in lower case is not one', () => {
		expect(findAbbreviations('SKAIS-i').used.map((a) => a.abbreviation)).toEqual(['SKAIS']);
		expect(findAbbreviations('skaala, kovid, star, Staar, ASKA').used).toEqual([]);
	});

	test('line by line, with remembered lines, as for the whole text', () => {
		const terms = lineAbbreviationTerms();
		const pages = [
			'Haldab SKAIS-i kasutajaid\nteavitab kohaliku omavalitsuse üksusi',
			'teavitab kohaliku omavalitsuse üksusi\nRiigi Tugiteenuste Keskusele aruanded',
			'Riigi Tugiteenuste Keskusele aruanded\nSTAR-iga päringud\nHaldab SKAIS-i kasutajaid',
			'Ükski lühend ei ole siin',
		];
		for (const page of [...pages, ...pages])
			expect(terms(page)).toEqual(abbreviationTerms(page));
		expect(terms(pages[2])).toEqual([
			'sotsiaalkaitse',
			'infosüsteem',
			'sotsiaalteenuste',
			'ja',
			'toetuste',
			'andmeregister',
			'rtk',
		]);
	});
});
