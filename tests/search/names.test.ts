import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { namedPages, namesFile } from '../../src/lib/search/names.ts';
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
	])('%s → %s', (query, url) => {
		expect(named(query)[0]).toBe(url);
	});
	test.each(['järelevalve', 'ohvriabi', 'haldusjuht', 'spetsialist', 'kes asendab nõunikku'])(
		'names no page: %s',
		(query) => {
			expect(named(query)).toEqual([]);
		},
	);
});
