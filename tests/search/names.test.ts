import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { fold } from '../../src/lib/search/alternatives.ts';
import { formOf } from '../../src/lib/search/name-match.ts';
import { createAnalyzer } from '../../src/lib/search/estonian.ts';
import { FACETS } from '../../src/lib/search/facets.ts';
import { namesFile } from '../../src/lib/search/names-file.ts';
import {
	describedPages,
	namedPages,
	otherSkillHead,
	unitNamesOnly,
	unitsIn,
} from '../../src/lib/search/names.ts';
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
		// An adjective in -line or -lik names the noun it derives from.
		['empaatiline', '/kompetentsid/empaatiavoime/'],
		// So does a compound adjective in -aldis or -valmis its first part.
		['koostööaldis', '/kompetentsid/koostoovoime/'],
		['koostöövalmid', '/kompetentsid/koostoovoime/'],
		['empaatilised', '/kompetentsid/empaatiavoime/'],
		['koostöövõimeline', '/kompetentsid/koostoovoime/'],
		// An action noun or a pronoun beside a competency's exact name is left out.
		['pingetaluvus jäämine', '/kompetentsid/pingetaluvus/'],
		['teiste juhendamine', '/kompetentsid/juhendamisoskus/'],
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
		// An adjective stem under five letters begins too many words.
		'ametlik',
		// A left-out word beside a unit's name: the query asks for its positions.
		'järelevalve talituse juhtimine',
		// Only an action noun or a pronoun is left out.
		'pingetaluvus koolitus',
		// Beside an action noun left out, a compound's first part is not its name (alias Meeskonnatöö).
		'meeskonna juhtimine',
	])('names no page: %s', (query) => {
		expect(named(query)).toEqual([]);
	});
});

describe('otherSkillHead: a quality named with "võime" or "oskus", the other way', () => {
	test.each([
		['suhtlemisvõime', 'suhtlemisoskus'],
		['koostööoskusega', 'koostöövõime'],
		['suhete loomise võime', undefined],
		['suhtlemisvoime', 'suhtlemisoskus'],
		['kvaliteet', undefined],
		['võimekus', undefined],
	])('%s → %s', (query, expected) => {
		expect(otherSkillHead(query)).toBe(expected);
	});
	test('names the competency whose name has the other head', () => {
		const other = otherSkillHead('suhtlemisvõimet');
		expect(other && namedPages(other, pages).map((page) => page.u)).toEqual([
			'/kompetentsid/suhtlemis-ja-mojutamisoskus/',
		]);
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

describe('unitNamesOnly: a query made only of unit names names each, the deepest first', () => {
	test('reads depth by the filter keys facets.ts gives units one and two levels down', () => {
		// names.ts bundles nothing of facets.ts: its keys are written out there.
		expect(FACETS.slice(0, 2).map((facet) => facet.key)).toEqual(['osakond', 'talitus']);
	});
	const only = (query: string) => unitNamesOnly(query, pages).map((page) => page.n);
	test.each([
		[
			'ohvriabiteenuste tugitalitus ohvriabi osakond',
			['Ohvriabiteenuste tugitalitus', 'Ohvriabi osakond'],
		],
		['arendustalitusele arendusosakonnas', ['Arendustalitus', 'Arendusosakond']],
		['teenuste osakond sotsiaalkindlustusamet', ['Teenuste osakond', 'Sotsiaalkindlustusamet']],
		// The osakond typed first, as a unit's path reads: the talitus is still what is asked for.
		['arendusosakonnas arendustalitusele', ['Arendustalitus', 'Arendusosakond']],
		['sotsiaalkindlustusamet teenuste osakond', ['Teenuste osakond', 'Sotsiaalkindlustusamet']],
	])('%s → %j', (query, names) => {
		expect(only(query)).toEqual(names);
	});
	test.each([
		'infosüsteemide osakond',
		'halduse tiim haldusjuht',
		'järelevalve talitus juhataja',
		'arendus',
	])('not only names of two units: %s', (query) => {
		expect(only(query)).toEqual([]);
	});
});

describe('describedPages: a competency first when the query is made of words of its definition', () => {
	const described = (query: string) => describedPages(query, pages).map((page) => page.u);
	test.each([
		// Definition words inflected, an action noun for the definition's verb ("seab" / "seadmine").
		['prioriteetide seadmine', '/kompetentsid/efektiivsus/'],
		['ressursside kasutamine', '/kompetentsid/efektiivsus/'],
		['info kogumine', '/kompetentsid/analuusi-ja-uldistusvoime/'],
		['täpne ja kvaliteetne', '/kompetentsid/korrektsus/'],
		['kliendi vajadused', '/kompetentsid/kliendikesksus/'],
		['olemasolevate lahenduste arendamine', '/kompetentsid/loovus/'],
		// A word of the name or an alias with one of the definition, without diacritics.
		['veenev suhtlemine', '/kompetentsid/suhtlemis-ja-mojutamisoskus/'],
		['tohus too', '/kompetentsid/efektiivsus/'],
		// A compound with the reflexive pronoun is its two words ("arendab end erialaselt").
		['enesearendus', '/kompetentsid/asjatundlikkus/'],
		['enda arendamine', '/kompetentsid/asjatundlikkus/'],
		// A pronoun says whose, not what; the action noun's verb in another grade ("oskab aidata").
		['teiste aitamine', '/kompetentsid/abivalmidus/'],
		// An action noun that says how, beside words of a name or an alias only.
		['veenev esinemine', '/kompetentsid/suhtlemis-ja-mojutamisoskus/'],
		['suhete hoidmine', '/kompetentsid/suhete-loomise-oskus/'],
	])('%s → %s', (query, url) => {
		expect(described(query)[0]).toBe(url);
	});
	test.each([
		// One word says too little; words that only begin a definition's short words do not count.
		'ressursid',
		'töö korraldamine',
		'teenuste arendamine',
		'vigade parandamine',
		'kulude planeerimine',
		'järelevalve talitus',
		// A pronoun is left out only beside words that describe.
		'teiste nõustamine',
		'enesekontroll',
		// Not beside words of a definition only.
		'meeskonnas töötamine',
		'kvaliteedi hindamine',
		'mõju hindamine',
	])('describes no competency: %s', (query) => {
		expect(described(query)).toEqual([]);
	});
});

test.each([
	['veenev', 'veenvalt', true],
	['vajadused', 'vajadustest', true],
	['töö', 'tööd', true],
	['kliendi', 'väliskliendi', true],
	['seadmine', 'seab', true],
	['pakkumine', 'pakub', true],
	['genereerimine', 'genereerib', true],
	['koostamine', 'koostada', true],
	['koostamine', 'koostatakse', true],
	['teavitamine', 'teavitatud', true],
	['parandamine', 'parandanud', true],
	['korraldamine', 'korrata', false],
	['täpne', 'täpselt', true],
	['õigeaegne', 'õigeaegselt', true],
	['teenuste', 'teeb', false],
	['korraldamine', 'korral', false],
	['töö', 'töövõime', false],
	['uute', 'uusi', false],
	['aitamine', 'aidata', true],
	['aitamine', 'aitab', true],
	['enese', 'end', true],
	['enda', 'ennast', true],
	['enese', 'eneseväljendus', false],
])('formOf(%s, %s) = %s', (typed, word, form) => {
	expect(formOf(fold(typed), fold(word))).toBe(form);
});

describe('namesFile: a unit name with a shared head left out', () => {
	test('names the unit by each compound it stands for', async () => {
		const analyzer = await createAnalyzer();
		const { model } = loadContent({ root: projectRoot, today: '2026-11-23' });
		const withCompounds = namesFile(model, (text) => analyzer.suspendedCompounds(text));
		const unit = withCompounds.find((page) => page.n === 'Finants- ja haldusosakond');
		expect(unit?.a).toEqual(['finants osakond', 'haldus osakond']);
		// Also clipped, reaching four letters into the second word, as a one-word name is named by its start.
		for (const query of ['finantsosakond', 'finantsosakonna', 'haldusosakonnas', 'haldusosak'])
			expect(namedPages(query, withCompounds)[0]?.u).toBe(
				'/uksused/finants-ja-haldusosakond/',
			);
		// Not by the first part alone, which only begins the compound.
		for (const query of ['finants', 'haldus', 'haldusos', 'haldusosa'])
			expect(namedPages(query, withCompounds).map((page) => page.u)).not.toContain(
				'/uksused/finants-ja-haldusosakond/',
			);
		// Names without such compounds get no aliases.
		expect(withCompounds.find((page) => page.n === 'Arendusosakond')?.a).toBeUndefined();
	});
});
