/**
 * Extraction artefacts, each with a small inline example in the shape the seeds show it: Wingdings
 * and lost bullets, hard wraps, page breaks, table-of-contents residue and signature blocks. The
 * flattened tables and competency lists: tables.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { parseCompetencies } from '../../src/lib/import/competencies.ts';
import { normalizeText } from '../../src/lib/import/lines.ts';
import { parseFreeText, parseList } from '../../src/lib/import/lists.ts';
import { joinParagraphs, joinSentences } from '../../src/lib/import/text.ts';
import { duties, lines, WINGDINGS, WINGDINGS_SMALL } from './helpers.ts';

describe('bullets', () => {
	test('Wingdings U+F0A7 and U+F0B7 both start list items', () => {
		const list = parseList(
			lines(
				`Omab õigust: \n${WINGDINGS} teha kaugtööd; \n${WINGDINGS_SMALL} vastu võtta otsuseid. `,
			),
		);
		expect(list).toEqual({
			lead: 'Omab õigust:',
			items: ['teha kaugtööd;', 'vastu võtta otsuseid.'],
			trailing: [],
		});
	});

	test('a bullet in the middle of a line splits it (seed 004, duty 2.5)', () => {
		const { duties: parsed } = duties(
			`2.5. Teabevahetuse ja koostöö tagamine. ${WINGDINGS} Toimib ladus teabevahetus. \n${WINGDINGS} Välja on kujunenud \n\nvõrgustik \n`,
			2,
		);
		expect(parsed).toEqual([
			{
				number: '2.5',
				text: ['Teabevahetuse ja koostöö tagamine.'],
				results: ['Toimib ladus teabevahetus.', 'Välja on kujunenud võrgustik'],
			},
		]);
	});

	test('bullets lost to a leading space are recognised when the text has no bullet characters (seed 002)', () => {
		const text =
			' AMETIJUHEND \nOmab õigust: \n teha kaugtööd; \n saada infot, sh ligipääs \ninfosüsteemidele; \n vastu võtta otsuseid. \n';
		const normalized = normalizeText(text);
		expect(normalized.spaceBullets).toBe(true);
		expect(parseList(normalized.lines.slice(1)).items).toEqual([
			'teha kaugtööd;',
			'saada infot, sh ligipääs infosüsteemidele;',
			'vastu võtta otsuseid.',
		]);
	});

	test('a leading space is no bullet where real bullets exist', () => {
		expect(
			normalizeText(` AMETIJUHEND \n${WINGDINGS} üks \n a \n b \n c \n`).spaceBullets,
		).toBe(false);
	});

	test('a lost bullet inside a duty line: sentence, two spaces, capital (seed 002, duty 3.7)', () => {
		const { duties: parsed } = duties(
			' x \n y \n z \n3.7 Ameti varade inventuuris osalemine.  Oma vastutusvaldkonna inventuuris on \nosaletud vastavalt ajakavale. \n',
		);
		expect(parsed).toEqual([
			{
				number: '3.7',
				text: ['Ameti varade inventuuris osalemine.'],
				results: ['Oma vastutusvaldkonna inventuuris on osaletud vastavalt ajakavale.'],
			},
		]);
	});
});

describe('hard wraps', () => {
	test('continuation lines join their item, across the empty line the extraction leaves', () => {
		const list = parseList(
			lines(
				`Omab vastutust: \n${WINGDINGS} tööülesannete täitmise eest vastavalt ametijuhendile, ameti \n\npõhimäärusele ja eesmärkidele; \n${WINGDINGS} oma kvalifikatsiooni hoidmise eest. `,
			),
		);
		expect(list.items).toEqual([
			'tööülesannete täitmise eest vastavalt ametijuhendile, ameti põhimäärusele ja eesmärkidele;',
			'oma kvalifikatsiooni hoidmise eest.',
		]);
	});

	test('a capitalised sentence right after an item still continues it (seed 000, Tõhusus)', () => {
		const { items } = parseCompetencies(
			lines(
				`Tõhusus: \n\n${WINGDINGS} Organiseerib oma tööd tõhusalt. \nOn süsteemne ja sihipärane. \n\n${WINGDINGS} Võtab vastutuse. `,
			),
			(name) => name === 'Tõhusus',
		);
		expect(items).toEqual([
			{
				name: 'Tõhusus',
				indicators: [
					'Organiseerib oma tööd tõhusalt. On süsteemne ja sihipärane.',
					'Võtab vastutuse.',
				],
			},
		]);
	});

	test('a paragraph after a blank line, finished item and capital letter is not part of the list (seed 004)', () => {
		const list = parseList(
			lines(`${WINGDINGS} oma tegevustes. \n\n \nAmetijuhend vaadatakse üle kord aastas. \n`),
		);
		expect(list).toEqual({
			items: ['oma tegevustes.'],
			trailing: ['Ametijuhend vaadatakse üle kord aastas.'],
		});
	});

	test('duty text: a line ending in two spaces ends a paragraph, one space does not (seeds 002 and 004)', () => {
		expect(
			joinParagraphs(
				lines(
					'inventari tellimine teenistujatele.  \nAmeti halduskontaktisikute juhendamine \n(sh kulude planeerimine). ',
				),
			),
		).toEqual([
			'inventari tellimine teenistujatele.',
			'Ameti halduskontaktisikute juhendamine (sh kulude planeerimine).',
		]);
		expect(
			joinParagraphs(
				lines(
					'andmete kogumine arenguvajadusest lähtuvalt. \nTeenuseomanike juhendamine. ',
				),
			),
		).toEqual(['andmete kogumine arenguvajadusest lähtuvalt. Teenuseomanike juhendamine.']);
	});

	test('requirement text: one sentence per line, wraps inside a sentence joined (seed 000, Keeleoskus)', () => {
		expect(
			joinSentences(
				lines(
					'Valdab eesti keelt vähemalt tasemel C1.  \nVähemalt ühe võõrkeele valdamine (soovitavalt inglise või vene keel) vähemalt tasemel \nB1. ',
				),
			),
		).toBe(
			'Valdab eesti keelt vähemalt tasemel C1.\nVähemalt ühe võõrkeele valdamine (soovitavalt inglise või vene keel) vähemalt tasemel B1.',
		);
	});

	test('tools: sentences of one paragraph stay together (seed 001)', () => {
		expect(
			parseFreeText(
				lines(
					'Kontoritehnika. Tagatud ametiauto kasutamine. \nVajadusel hüvitatakse kulud. \n',
				),
			),
		).toEqual(['Kontoritehnika. Tagatud ametiauto kasutamine. Vajadusel hüvitatakse kulud.']);
	});
});

describe('page breaks', () => {
	test('runs of blank lines and page numbers between pages disappear', () => {
		const normalized = normalizeText(
			`${WINGDINGS} Järelevalve meeskond on moodustatud \n\n\n\n \n\n2 \n\f\nmõistlikult. \n`,
		);
		expect(parseList(normalized.lines).items).toEqual([
			'Järelevalve meeskond on moodustatud mõistlikult.',
		]);
		expect(normalized.report.map((item) => item.message)).toContain(
			'eemaldati 1 lehekülje numbri rida.',
		);
	});

	test('a page break inside a table row: the duty gets its word, the result the rest (seed 003, duty 3.4)', () => {
		const { duties: parsed, report } = duties(
			[
				'3.4 SKA tööga seotud välistesse ',
				'registritesse kasutajakontode loomine ja ',
				'rollide omistamine vastavalt kooskõlastatud ',
				'',
				`${WINGDINGS} Kasutajate juurdepääsuõigused `,
				'andmebaasidele on vastavuses ',
				'ametijuhendites sätestatud ',
				'',
				'',
				'',
				' ',
				'',
				'taotlusele. teenistuskohustustele. ',
				`${WINGDINGS} Kasutajakontod ning õigused on `,
				'',
				'omistatud õigeaegselt. ',
			].join('\n'),
		);
		expect(parsed).toEqual([
			{
				number: '3.4',
				text: [
					'SKA tööga seotud välistesse registritesse kasutajakontode loomine ja rollide omistamine vastavalt kooskõlastatud taotlusele.',
				],
				results: [
					'Kasutajate juurdepääsuõigused andmebaasidele on vastavuses ametijuhendites sätestatud teenistuskohustustele.',
					'Kasutajakontod ning õigused on omistatud õigeaegselt.',
				],
			},
		]);
		expect(report.map((item) => item.message).join('\n')).toContain(
			'ülesanne 3.4: lehevahetus',
		);
	});
});

describe('end of the file', () => {
	test('tab-indented table-of-contents residue is removed (seed 003)', () => {
		const normalized = normalizeText(
			`8.  AMETIJUHENDI MUUTMINE \n${WINGDINGS} Ametijuhend vaadatakse üle. \n\n\n\tAMETIJUHEND\n\t1. ÜLDOSA\n\t8.  AMETIJUHENDI MUUTMINE\n`,
		);
		expect(normalized.lines.map((line) => line.text)).toEqual([
			'8.  AMETIJUHENDI MUUTMINE',
			'Ametijuhend vaadatakse üle.',
		]);
		expect(normalized.report.map((item) => item.message)).toContain(
			'faili lõpust eemaldati sisukorra jäägid (3 rida).',
		);
	});

	test('the signature block and the names in it are removed (seed 002)', () => {
		const text = [
			`${WINGDINGS} Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel. `,
			' ',
			'Poolte allkirjad: ',
			'Tööandja: Töötaja: ',
			'  ',
			'(allkirjastatud digitaalselt) (allkirjastatud digitaalselt) ',
			'Eesnimi Perenimi Teine Nimi ',
			'Peadirektor  ',
		].join('\n');
		const normalized = normalizeText(text);
		expect(normalized.lines.map((line) => line.text)).toEqual([
			'Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.',
		]);
		expect(normalized.report.map((item) => item.message)).toContain(
			'allkirjaplokk (5 rida) jäeti välja: isikute nimesid ei kanta üle.',
		);
	});

	test('a "Tööandja:" line inside the text is not taken for a signature', () => {
		const text = `Tööandja: annab töövahendid ja juhendab teenistujat nende kasutamisel alati korrektselt. \nEdasi tuleb veel pikk lause, mis ei ole allkiri ega nimi ega ametinimetus. \n`;
		expect(normalizeText(text).lines).toHaveLength(2);
	});
});
