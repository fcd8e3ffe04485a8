import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { namedPages, namesFile, unitsIn } from '../../src/lib/search/names.ts';
import { projectRoot } from '../helpers.ts';

const pages = namesFile(loadContent({ root: projectRoot, today: '2026-11-23' }).model);
const named = (query: string) => namedPages(query, pages).map((page) => page.u);

describe('namedPages: a unit or competency page first when the query is its name or alias', () => {
	test.each([
		['järelevalve talitus', '/uksused/jarelevalve-talitus/'],
		['jarelevalve talituses', '/uksused/jarelevalve-talitus/'],
		['arendusosakonna', '/uksused/arendusosakond/'],
		['Sotsiaalkindlustusamet', '/uksused/sotsiaalkindlustusamet/'],
		['tõhusus', '/kompetentsid/efektiivsus/'],
		['empaatia', '/kompetentsid/empaatiavoime/'],
		['suhete loomine', '/kompetentsid/suhete-loomise-oskus/'],
		// A compound typed apart.
		['arendus talitus', '/uksused/arendustalitus/'],
		['arendus osakonnas', '/uksused/arendusosakond/'],
		// A slipped letter in a long word.
		['jarelevalvve talitus', '/uksused/jarelevalve-talitus/'],
		// Two words of a name typed as one.
		['haldusetiim', '/uksused/halduse-tiim/'],
		['jarelevalvetalituses', '/uksused/jarelevalve-talitus/'],
	])('%s → %s', (query, url) => {
		expect(named(query)[0]).toBe(url);
	});
	test.each([
		'järelevalve',
		'ohvriabi',
		'haldusjuht',
		'spetsialist',
		'kes asendab nõunikku',
		// Two words run together name no shorter word: not "Järelevalve talitus".
		'jarelevalve talituse talitusejuhataja',
		// A compound's first part is not two words of a name, nor a word beside "ja".
		'haldus',
		'finants',
	])('names no page: %s', (query) => {
		expect(named(query)).toEqual([]);
	});
});

describe('unitsIn: the units whose whole name is in a longer query', () => {
	const units = (query: string) => unitsIn(query, pages).map((page) => page.u);
	test('the unit with the most name words, inflected', () => {
		expect(units('skais järelevalve talituses')).toEqual(['/uksused/jarelevalve-talitus/']);
		expect(units('pist teenuste osakonna')).toEqual(['/uksused/teenuste-osakond/']);
		expect(units('kov õiguse ja järelevalve osakond')).toEqual([
			'/uksused/oiguse-ja-jarelevalve-osakond/',
		]);
	});
	test('not a compound part, a word sharing only its start, or the agency', () => {
		expect(units('pist talitus')).toEqual([]);
		expect(units('arendus')).toEqual([]);
		expect(units('välismaksed teenuste')).toEqual([]);
		expect(units('sotsiaalkindlustusamet')).toEqual([]);
	});
	test('gives the filter of the positions there', () => {
		expect(unitsIn('järelevalve talitus', pages)[0].f).toEqual([
			'talitus',
			'jarelevalve-talitus',
		]);
		expect(unitsIn('teenuste osakond', pages)[0].f).toEqual(['osakond', 'teenuste-osakond']);
	});
});
