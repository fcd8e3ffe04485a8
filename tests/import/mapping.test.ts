/**
 * Mapping the document's wording to the project's values: ids from titles, competencies, languages,
 * education, experience, approval and review interval — and what happens to what cannot be mapped.
 * Units, managers and substitutes: resolve.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { parsePosition } from '../../src/lib/content/parse-file.ts';
import { slug } from '../../src/lib/slug.ts';
import { importText } from '../../src/lib/import/import-text.ts';
import {
	educationLevel,
	experienceYears,
	languageRequirements,
	parseApproval,
	reviewInterval,
} from '../../src/lib/import/interpret.ts';
import { fullContext, readSeed, SEEDS } from './helpers.ts';

describe('ids', () => {
	test.each([
		['Peaspetsialist (kasutaja tugi)', 'peaspetsialist-kasutaja-tugi'],
		['Kvaliteedi peaspetsialist', 'kvaliteedi-peaspetsialist'],
		[
			'Järelevalve juhtivspetsialist (täisealistele osutatavad teenused)',
			'jarelevalve-juhtivspetsialist-taisealistele-osutatavad-teenused',
		],
		[
			'Õigusnõunik – Šveitsi ja Žitomiri töölõik, ÜÄÖ',
			'oigusnounik-sveitsi-ja-zitomiri-tooloik-uao',
		],
	])('%s → %s', (title, id) => {
		expect(slug(title)).toBe(id);
	});
});

describe('requirements', () => {
	test.each([
		['Kõrgharidus', 'kõrgharidus'],
		[
			'Rakenduslik kõrgharidus, soovitatavalt infotehnoloogia alane.',
			'rakenduslik kõrgharidus',
		],
		[
			'Soovituslikult majandus- või ehitusalane rakendus- või kõrgharidus.',
			'rakenduslik kõrgharidus',
		],
		[
			'Sotsiaaltöö-alane bakalaureusekraad. Soovitavalt magistrikraad või sellele vastav haridus.',
			'bakalaureusekraad',
		],
		['Keskharidus', 'keskharidus'],
		['Erialane ettevalmistus', undefined],
	])('education %s → %s', (text, level) => {
		expect(educationLevel(text)).toBe(level);
	});

	test.each([
		['Vähemalt 3-aastane töökogemus õigusalal, 3-aastane riikliku järelevalve kogemus.', 3],
		['Vähemalt üheaastane töökogemus.', 1],
		['Soovitatavalt 3-aastane töökogemus ametikoha töövaldkonnas.', 3],
		['Vähemalt 5 aastat juhtimiskogemust.', 5],
		['Töökogemus ametikoha töövaldkonnas, soovitavalt juhtimiskogemus.', undefined],
	])('experience %s → %s', (text, years) => {
		expect(experienceYears(text)).toBe(years);
	});

	test('languages: each sentence a language and a CEFR level; "võõrkeel" with the preferred ones', () => {
		expect(
			languageRequirements(
				'Valdab eesti keelt vähemalt tasemel C1.\nVähemalt ühe võõrkeele valdamine (soovitavalt inglise või vene keel) vähemalt tasemel B1.\nInglise keele oskus vähemalt tasemel B2.\nVene ja soome keele oskus tasemetel B1 ja A2.\nHea suhtlemisoskus.',
			),
		).toEqual({
			items: [
				{ language: 'eesti', level: 'C1' },
				{ language: 'võõrkeel', level: 'B1', preferred: ['inglise', 'vene'] },
				{ language: 'inglise', level: 'B2' },
				{ language: 'vene', level: 'B1' },
				{ language: 'soome', level: 'A2' },
			],
			unparsed: ['Hea suhtlemisoskus.'],
		});
	});

	test('approval line → date, directive number and the approver as a role, never a name', () => {
		expect(
			parseApproval(
				' Sotsiaalkindlustusameti peadirektori 26.03.2023  \n\nkäskkirjaga nr 57  ',
			),
		).toEqual({
			date: '2023-03-26',
			directive: '57',
			approverRole: 'peadirektor',
		});
		expect(parseApproval('Kinnitatud 1.9.2024 käskkirjaga nr 1-3/45.')).toEqual({
			date: '2024-09-01',
			directive: '1-3/45',
		});
		expect(parseApproval('peadirektori 31.02.2023 käskkirjaga nr 5')).toEqual({
			directive: '5',
			approverRole: 'peadirektor',
		});
		expect(parseApproval('Ametijuhend vaadatakse üle kord aastas.')).toBeUndefined();
	});

	test.each([
		['Ametijuhend vaadatakse üle kord aastas vahetu juhiga.', 12],
		['Ametijuhend vaadatakse üle kord kahe aasta jooksul.', 24],
		['Ametijuhend vaadatakse üle kord poolaastas.', 6],
		['Ametijuhendit muudetakse vajadusel.', undefined],
	])('review interval: %s → %s', (text, months) => {
		expect(reviewInterval(text)).toBe(months);
	});
});

describe('what cannot be mapped stays as text and is reported', () => {
	const seed = readSeed(SEEDS[0].seed)
		.replace(
			'Kvaliteedi peaspetsialist Teenuste osakond, ekspertiisitalitus',
			'Kvaliteedi analüütik Teenuste osakond, kvaliteeditalitus',
		)
		.replace(
			'Talitusejuhataja Kvaliteedi peaspetsialist Kvaliteedi peaspetsialist',
			'Osakonnajuhataja Kvaliteedi analüütik Vanemanalüütikut',
		)
		.replace('Tõhusus: ', 'Otsustusvõime: ')
		.replace(' AMETIJUHEND \n', ' AMETIJUHEND \nMärkus arhiivile: versioon 3 \n')
		.replace(
			'tähtaegselt. \n\n \n\n3.1.1.',
			'tähtaegselt. *Tähtis:* <b> 1. osa \n\n \n\n3.1.1.',
		);
	const { position, markdown } = importText(seed, fullContext());
	const attention = position.report
		.filter((item) => item.severity === 'attention')
		.map((item) => item.message);

	test('the report lists every unmapped item in Estonian', () => {
		expect(attention).toEqual([
			'tekst "Märkus arhiivile: versioon 3" jäi paigutamata. See on failis TODO-kommentaarina; tõsta see õigesse kohta või kustuta.',
			'struktuuriüksust "Teenuste osakond, kvaliteeditalitus" ei ole kaustas content/units. Lisa üksuse fail või paranda väli unit.',
			'vahetut juhti "Osakonnajuhataja" ei õnnestunud ametikohaga siduda. Kirjuta failis väljale manager juhi ametikoha tunnus (vajadusel loo talle mall stub: true).',
			'asendamise (substitutes) osa "Vanemanalüütikut" ei õnnestunud ametikohaga siduda. Lisa failis väljale substitutes vastava ametikoha tunnus.',
			'kompetentsi "Otsustusvõime" ei ole kataloogis (content/competencies). Lisa see kataloogi nimetusena või sünonüümina (aliases) või paranda nimi.',
		]);
	});

	test('the file keeps the document text as TODO comments next to the fields', () => {
		expect(markdown).toContain(
			'# TODO: paigutamata tekst dokumendist — tõsta õigesse kohta või kustuta:\n# - Märkus arhiivile: versioon 3\n',
		);
		expect(markdown).toContain(
			'# TODO: struktuuriüksus dokumendis: "Teenuste osakond, kvaliteeditalitus"\nunit: teenuste-osakond-kvaliteeditalitus\n',
		);
		expect(markdown).toContain('# TODO: vahetu juht dokumendis: "Osakonnajuhataja"\n');
		expect(markdown).toContain(
			'# TODO: substitutes dokumendis: "Vanemanalüütikut"\nsubstitutes: []\n',
		);
		expect(markdown).toContain(
			'    # TODO: kompetentsi "Otsustusvõime" ei ole kataloogis\n    - name: Otsustusvõime\n',
		);
		expect(position.folder).toBe('teenuste-osakond');
	});

	test('Markdown characters in the text are escaped, so the parser reads the same text back', () => {
		expect(markdown).toContain(
			'- Teenused on tagatud kehtivate õigusaktide alusel õigesti ja tähtaegselt. \\*Tähtis:\\* \\<b> 1. osa\n',
		);
		const parsed = parsePosition(markdown, 'x.md', position.id);
		expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(parsed.value?.duties[0].results[0]).toBe(
			'Teenused on tagatud kehtivate õigusaktide alusel õigesti ja tähtaegselt. *Tähtis:* <b> 1. osa',
		);
	});
});
