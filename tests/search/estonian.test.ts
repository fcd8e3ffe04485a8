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
	ülevaatus: [
		'ülevaatus',
		'ülevaatuse',
		'ülevaatust',
		'ülevaatused',
		'ülevaatuste',
		'ülevaatusi',
	],
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
		// -e with the genitive -me after a consonant cluster (aste : astme)
		['astme', 'aste'],
		['istmete', 'iste'],
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

	test('a head is split off although a short word is another reading of it (kool / koo, keele / kee)', () => {
		// The whole is no dictionary word; the head's best reading is a word, a weaker one three letters long.
		expect(analyzer.compoundParts('kõrgkool')).toEqual(['kõrg', 'kool']);
		expect(analyzer.lemmas('kõrgkool')[0]).toBe('kõrgkool');
		expect(analyzer.compoundParts('võõrkeele').slice(0, 2)).toEqual(['võõr', 'keel']);
		expect(analyzer.headTerms('Nõutav võõrkeele oskus')).toContain('keel');
		// A suffix among the likely readings still vetoes the split ("tava|line").
		expect(analyzer.compoundParts('tavaline')).toEqual([]);
	});

	test('an action noun in -mine begins a compound as "-mis" (juhtimis|kogemus)', () => {
		expect(analyzer.compoundParts('juhtimiskogemusega')).toEqual(['juhtimine', 'kogemus']);
		expect(analyzer.compoundParts('mõjutamisoskus')).toEqual(['mõjutamine', 'oskus']);
		expect(analyzer.headTerms('Suhtlemis- ja mõjutamisoskus')).toContain('oskus');
		// Only where the dictionary has the noun in -mine: "kirsimis" is no such form.
		expect(analyzer.compoundParts('kirsimisoskus')).toEqual([]);
	});

	test('a three-letter dictionary word gives way to a listed first part of the same cost (kesk|aste)', () => {
		expect(analyzer.compoundParts('keskastme').slice(0, 2)).toEqual(['kesk', 'aste']);
		expect(analyzer.compoundParts('keskeriharidus').slice(0, 2)).toEqual([
			'kesk',
			'eriharidus',
		]);
		// Not to a longer dictionary word, nor a particle to anything.
		expect(analyzer.compoundParts('omavalitsuse')).toEqual(['oma', 'valitsus']);
		expect(analyzer.compoundParts('ülevaadet')).toEqual(['üle', 'vaade']);
	});

	test('"järel" is a particle that begins compounds as "järele" does (järel|kontroll)', () => {
		expect(analyzer.compoundParts('järelkontrollide').slice(0, 2)).toEqual([
			'järel',
			'kontroll',
		]);
		expect(analyzer.headTerms('Järelkontrollide läbiviimine')).toContain('kontroll');
		// A word the dictionary knows whole keeps its reading: järeldus is no järel|dus.
		expect(analyzer.compoundParts('järeldused')).toEqual([]);
	});

	test('"valmis", an adjective with no cases, begins compounds as a particle (valmis|olek)', () => {
		expect(analyzer.compoundParts('valmisolekuga').slice(0, 2)).toEqual(['valmis', 'olek']);
		expect(analyzer.compoundParts('valmistamine')).toEqual([]);
	});

	test('a word the dictionary knows is split strictly even when the rules confirm no reading of it', () => {
		// Inflected forms the rules do not confirm (illatives in -sse, verb forms) were split at any word:
		// "kii|rest", "hüvita|taks", "alg|suss".
		for (const word of ['kiiresti', 'hüvitatakse', 'teostatakse', 'algsusse', 'ainukesse'])
			expect(analyzer.compoundParts(word), word).toEqual([]);
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

describe('head terms and query expansions', () => {
	/**
	 * The queries that reach no page word or head term by Pagefind's rule (stem prefix), searched as typed and
	 * as their expansions, with the expansions made from the page's own vocabulary as the build makes them.
	 */
	function reaches(pageText: string, queries: string[]): string[] {
		const pageWords = pageText.toLocaleLowerCase('et').split(/\s+/);
		const heads = analyzer.headTerms(pageText);
		const indexStems = [...pageWords, ...heads].map(pagefindStem);
		const expansions = analyzer.expansions([...pageWords, ...heads]);
		return queries.filter((q) => {
			const s = pagefindStem(q);
			const searched = [s, ...(expansions.get(s) ?? []).map(pagefindStem)];
			return !searched.some((t) => indexStems.some((i) => i.startsWith(t)));
		});
	}

	test.each(Object.entries(FAMILIES))(
		'a page with any form of %s is reached by every form',
		(_lemma, forms) => {
			for (const page of forms) expect(reaches(page, forms), page).toEqual([]);
		},
	);

	test('a partitive that drops a consonant (laps : last, laste; uks : ust) is one word with the rest', () => {
		expect(reaches('laste', ['laps', 'lapse', 'lapsed', 'lapsi', 'lastele'])).toEqual([]);
		expect(reaches('lapsed', ['laste', 'last', 'lastega'])).toEqual([]);
		expect(reaches('uste', ['uks', 'uksed'])).toEqual([]);
		expect(analyzer.lemmas('laste')).toEqual(['laps']);
		expect(analyzer.lemmas('rist')[0]).toBe('rist');
	});

	test('a consonant that drops in the weak grade (lugu/loo, luba/loa, tegu/teo) is undone', () => {
		expect(reaches('testlugusid', ['testlugu', 'testlood', 'testloo'])).toEqual([]);
		expect(reaches('tegevuslubade', ['tegevusluba', 'tegevusload', 'tegevusloa'])).toEqual([]);
		expect(reaches('kuriteo', ['kuritegu', 'kuriteod'])).toEqual([]);
		expect(reaches('ridade', ['rida', 'rea', 'read'])).toEqual([]);
		expect(analyzer.lemmas('loa')[0]).toBe('luba');
		expect(analyzer.lemmas('sõja')[0]).toBe('sõda');
		expect(analyzer.lemmas('tegevusload')[0]).toBe('tegevusluba');
	});

	test('a word that takes case endings itself is not read as a weak grade (kodu is no kodu/koo)', () => {
		expect(analyzer.analyse('kodu').paradigms[0].genitive).toEqual(['kodu']);
		expect(analyzer.lemmas('koos')).not.toContain('kodu');
		expect(reaches('koostöö', ['kodu'])).toEqual(['kodu']);
	});

	test('a page with a compound is reached by its last part in every form', () => {
		expect(reaches('riigihangetega', FAMILIES.hange)).toEqual([]);
		expect(reaches('koodiülevaatustes', FAMILIES.ülevaatus)).toEqual([]);
		expect(reaches('ametisõidukitega', FAMILIES.sõiduk)).toEqual([]);
		expect(reaches('sisekoolitused', FAMILIES.koolitus)).toEqual([]);
		expect(reaches('tööülesanded', FAMILIES.ülesanne)).toEqual([]);
	});

	test('without head terms a compound is not reached by its last part', () => {
		const pageWords = ['riigihangetega'];
		const expansions = analyzer.expansions(pageWords);
		const searched = [
			pagefindStem('hanked'),
			...(expansions.get(pagefindStem('hanked')) ?? []).map(pagefindStem),
		];
		expect(searched.some((t) => pagefindStem('riigihangetega').startsWith(t))).toBe(false);
	});

	test('head terms are lower-case lemmas of later parts, leaving out stems the page already has', () => {
		const terms = analyzer.headTerms('Riigihangete korraldamine ja TÖÖÜLESANDED');
		expect(terms).toEqual([...new Set(terms)]);
		for (const term of terms) expect(term).toBe(term.toLocaleLowerCase('et'));
		expect(terms).toContain('hange');
		expect(terms).toContain('ülesanne');
		// the first part is reached by prefix and its own expansions ("riik" → "riigi")
		expect(terms).not.toContain('riik');
		expect(analyzer.headTerms('Riigihangete ja hangete korraldamine')).not.toContain('hange');
	});

	test('education levels are compounds of "haridus": "haridus" finds a page that says "kõrgharidus"', () => {
		// kõrg-, kesk-, üld- are no words of their own and the dictionary reads "kutse" as "kuts": listed first
		// parts (domain-lexicon.ts COMPOUND_MODIFIERS).
		for (const level of [
			'kõrgharidus',
			'keskharidusega',
			'kutseharidus',
			'üldhariduse',
			'põhiharidus',
		])
			expect(analyzer.headTerms(`Nõutav ${level}`), level).toContain('haridus');
	});

	test('head terms do not depend on the lines the analyser has seen before', async () => {
		const { loadContent } = await import('../../src/lib/content/load.ts');
		const { positionSearchText } = await import('../../src/lib/search/search-text.ts');
		const { model } = loadContent({ root: process.cwd() });
		const texts = [...model.positions.values()].map(positionSearchText);
		expect(texts.length).toBeGreaterThan(0);
		// Each text against an analyser that has seen nothing else, and again after all of them.
		const fresh = await Promise.all(
			texts.map(async (text) => (await createAnalyzer()).headTerms(text)),
		);
		for (const round of [1, 2])
			texts.forEach((text, index) =>
				expect(analyzer.headTerms(text), `round ${round}`).toEqual(fresh[index]),
			);
		// The first occurrence decides the order, across lines as within one.
		expect(analyzer.headTerms('riigihangete korraldamine\ntööülesanded\nriigihangete')).toEqual(
			analyzer.headTerms('riigihangete korraldamine tööülesanded riigihangete'),
		);
		// One fresh analyser (its Hunspell dictionary) per position: about 10 s alone, several times that
		// beside the site tests on two cores.
	}, 120_000);

	test('expansions give each stem of a paradigm the other stems, one form each', () => {
		const expansions = analyzer.expansions(['hangetega', 'riigihanked']);
		expect(expansions.get(pagefindStem('hanked'))).toContain('hange');
		expect(expansions.get(pagefindStem('hange'))).toContain('hanke');
		expect(expansions.get(pagefindStem('riik'))).toContain('riigi');
		expect(expansions.get(pagefindStem('riigihanked'))).toContain('riigihange');
	});

	test('diacritic-free queries reach the page as well', () => {
		expect(reaches('tööülesannete', ['tooulesanded', 'tooulesanne'])).toEqual([]);
		expect(reaches('ametisõidukid', ['soiduk', 'soidukeid'])).toEqual([]);
	});
});

describe('suspendedCompounds: a shared head left out after a hyphen', () => {
	test.each([
		['Ameti kõne- ja andmesideteenuse haldus', ['kõnesideteenus']],
		['kvaliteedi-, tulemus- ja mõjunäitajad', ['kvaliteedinäitaja', 'tulemusnäitaja']],
		['sise- või väliskliendi vajadused', ['siseklient']],
		// An action noun's compound form in -mis (mõjutamis|oskus)
		['Suhtlemis- ja mõjutamisoskus', ['suhtlemisoskus']],
		// No hyphen before a space, or a last word that is no compound: nothing.
		['tegutsemis-meetodeid ja plaane', []],
		['Suhtlemis- ja mõjutamine', []],
		['kõne ja andmesideteenuse', []],
	])('%s → %j', (text, compounds) => {
		expect(analyzer.suspendedCompounds(text)).toEqual(compounds);
	});
});
