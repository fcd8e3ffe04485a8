/**
 * Tables that extraction flattened into runs of text (the two-column duty table, the Üldosa label
 * table, requirement tables) and competency lists with their indicators, each with a small inline
 * example in the shape the seeds show it.
 */
import { describe, expect, test } from 'vitest';
import { parseCompetencies } from '../../src/lib/import/competencies.ts';
import { chunksOf, parseGeneral } from '../../src/lib/import/general.ts';
import { parseRequirements } from '../../src/lib/import/requirements.ts';
import { splitSections } from '../../src/lib/import/sections.ts';
import { duties, lines, WINGDINGS } from './helpers.ts';

const catalogue = new Set([
	'kliendikesksus',
	'korrektsus',
	'analüüsioskus',
	'uuendusmeelsus',
	'avatud mõtlemine',
	'pingetaluvus (tasakaalukus)',
]);
const isName = (name: string) => catalogue.has(name.toLocaleLowerCase('et'));

describe('flattened tables', () => {
	test('section headings by wording, in both layouts; a repeated lower number is not a heading', () => {
		const { sections, layout } = splitSections(
			lines(
				'AMETIJUHEND\n1. ÜLDOSA\n1.1 Ametinimetus 1.2 Struktuuriüksus\nX Y\n3. PÕHIKOHUSTUSED\n2. Ülesanded ei ole pealkiri\n4.  ÕIGUSED\n',
			),
			false,
		);
		expect(layout).toBe('numbered');
		expect(sections.map((section) => [section.key, section.number])).toEqual([
			['general', 1],
			['duties', 3],
			['rights', 4],
		]);
		expect(sections[1].lines.map((line) => line.text)).toEqual([
			'2. Ülesanded ei ole pealkiri',
		]);
	});

	test('Üldosa columns flattened into one stream are kept as cells for the mapping step', () => {
		const { general } = parseGeneral(
			lines(
				'1.1 Ametinimetus 1.2 Struktuuriüksus \n\nJärelevalve juhtivspetsialist \n(täisealistele osutatavad teenused) \n\nÕiguse ja järelevalve osakond  \nJärelevalve talitus \n\n1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab \n\nJärelevalve talituse \ntalitusejuhataja \n\nJärelevalve juhtivspetsialist  Järelevalve juhtivspetsialisti, \nnõunikku või talituse juhatajat \n',
			),
		);
		expect(general.people).toEqual({
			fields: ['manager', 'substitutedBy', 'substitutes'],
			chunks: [
				'Järelevalve talituse talitusejuhataja',
				'Järelevalve juhtivspetsialist',
				'Järelevalve juhtivspetsialisti, nõunikku või talituse juhatajat',
			],
		});
		expect(general.titleAndUnit?.join(' ')).toBe(
			'Järelevalve juhtivspetsialist (täisealistele osutatavad teenused) Õiguse ja järelevalve osakond Järelevalve talitus',
		);
	});

	test('tabular Üldosa: label and value on one line, a repeated label word is the value (seed 004)', () => {
		const { general } = parseGeneral(
			lines(
				'Struktuuriüksus Ohvriabi osakond, ohvriabiteenuste tugitalitus \n\nVahetu juht  Talituse juhataja \n\nTeenistuskoha eesmärk Analüüside koostamine ja \nsüsteemi loomine.  \n\nAmetikoha grupp Töötaja \n\nEritingimused Eritingimused määratakse töölepingus \n',
			),
		);
		expect(general).toEqual({
			unit: 'Ohvriabi osakond, ohvriabiteenuste tugitalitus',
			manager: 'Talituse juhataja',
			purpose: 'Analüüside koostamine ja süsteemi loomine.',
			group: 'Töötaja',
			specialConditions: 'Eritingimused määratakse töölepingus',
		});
	});

	test('cells: blank lines and double spaces separate, a hard wrap does not', () => {
		expect(chunksOf(lines('A b \nc  D e \n\nF \n'))).toEqual(['A b c', 'D e', 'F']);
	});

	test('duty/result stream: duty text first, its bulleted results after, sub-duties by number', () => {
		const { duties: parsed } = duties(
			`Põhiülesanded Oodatavad tulemused \n\n3.1. Regulaarselt järelevalve teostamine. ${WINGDINGS} Teenused on tagatud \nõigesti. \n\n3.1.1. Taotluste \nhindamine \n\n${WINGDINGS} PIST on määratud. \n\n${WINGDINGS} Dokumendid vastavad \nnõuetele. \n`,
		);
		expect(parsed).toEqual([
			{
				number: '3.1',
				text: ['Regulaarselt järelevalve teostamine.'],
				results: ['Teenused on tagatud õigesti.'],
			},
			{
				number: '3.1.1',
				text: ['Taotluste hindamine'],
				results: ['PIST on määratud.', 'Dokumendid vastavad nõuetele.'],
			},
		]);
	});

	test('requirements: labels on their own line in the numbered layout, inline in the tabular one', () => {
		const numbered = parseRequirements(
			lines(
				'Haridus \n\nKõrgharidus \n\nTöökogemus \n\nTöökogemus ametikoha töövaldkonnas. \n',
			),
			false,
		);
		expect(numbered.requirements).toEqual({
			education: 'Kõrgharidus',
			experience: 'Töökogemus ametikoha töövaldkonnas.',
			additional: [],
		});
		const tabular = parseRequirements(
			lines(
				'Haridus Kõrgharidus \n\nErialane töökogemus Vähemalt 2-aastane töökogemus. \n\nIsikuomadused Hoolivus, koostöövõime \n',
			),
			true,
		);
		expect(tabular.requirements).toEqual({
			education: 'Kõrgharidus',
			experience: 'Vähemalt 2-aastane töökogemus.',
			personalQualities: 'Hoolivus, koostöövõime',
			additional: [],
		});
	});
});

describe('competency lists', () => {
	test('one bullet per competency, the name ended by ":", ".", a dash or nothing; a nameless bullet is a note', () => {
		const { items, notes } = parseCompetencies(
			lines(
				[
					`${WINGDINGS} Korrektsus: Täidab ülesandeid täpselt.`,
					`${WINGDINGS} Analüüsioskus. Valib sobivad meetodid.`,
					`${WINGDINGS} Uuendusmeelsus – oleme ennetavad.`,
					`${WINGDINGS}  Avatud mõtlemine Mõtleb raamist välja.`,
					`${WINGDINGS} Pingetaluvus (tasakaalukus). Hoiab oma tundeid kontrolli all.`,
					`${WINGDINGS} Otsustusvõime: Teeb otsuseid.`,
					`${WINGDINGS} Lähtub oma teenistusülesannete täitmisel asutuse ametlikest seisukohtadest.`,
				].join('\n'),
			),
			isName,
		);
		expect(items).toEqual([
			{ name: 'Korrektsus', indicators: ['Täidab ülesandeid täpselt.'] },
			{ name: 'Analüüsioskus', indicators: ['Valib sobivad meetodid.'] },
			{ name: 'Uuendusmeelsus', indicators: ['oleme ennetavad.'] },
			{ name: 'Avatud mõtlemine', indicators: ['Mõtleb raamist välja.'] },
			{
				name: 'Pingetaluvus (tasakaalukus)',
				indicators: ['Hoiab oma tundeid kontrolli all.'],
			},
			// Not in the catalogue, but written as a name: kept for the mapping step to report.
			{ name: 'Otsustusvõime', indicators: ['Teeb otsuseid.'] },
		]);
		expect(notes).toEqual([
			'Lähtub oma teenistusülesannete täitmisel asutuse ametlikest seisukohtadest.',
		]);
	});

	test('a name line opens a competency whose bullets are indicators', () => {
		const { items } = parseCompetencies(
			lines(
				`Kliendikesksus: \n${WINGDINGS} Lähtub töös kliendi vajadustest. \n${WINGDINGS} Korrektsus tähtaegadega. \nUuendusmeelsus: \n\n${WINGDINGS} oleme ennetavad. `,
			),
			isName,
		);
		expect(items).toEqual([
			{
				name: 'Kliendikesksus',
				indicators: ['Lähtub töös kliendi vajadustest.', 'Korrektsus tähtaegadega.'],
			},
			{ name: 'Uuendusmeelsus', indicators: ['oleme ennetavad.'] },
		]);
	});
});
