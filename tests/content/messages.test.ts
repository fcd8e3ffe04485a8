import { describe, expect, test } from 'vitest';
import { calendarProblem, isIsoDate, suggestIsoDate } from '../../src/lib/content/dates.ts';
import { messages } from '../../src/lib/content/messages.ts';
import { newPositionMessages } from '../../scripts/new-position.ts';

describe('dates: what the author meant', () => {
	test.each([
		['30.11.2026', '2026-11-30'],
		['1.2.2026', '2026-02-01'],
		['30/11/2026', '2026-11-30'],
		['2026-30-11', '2026-11-30'],
		['2026-1-5', '2026-01-05'],
		['2026.11.30', '2026-11-30'],
		[' 2026-11-30 ', '2026-11-30'],
		['2026-11-31', undefined],
		['31.11.2026', undefined],
		['2026-11-30', undefined],
		['eile', undefined],
	])('%s → %s', (value, suggestion) => {
		expect(suggestIsoDate(value)).toBe(suggestion);
	});

	test('the calendar', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(calendarProblem('2026-02-29')).toEqual({ month: 'veebruaris', days: 28 });
		expect(calendarProblem('2026-13-01')).toEqual({});
		expect(calendarProblem('30.11.2026')).toBeUndefined();
	});
});

/** The wording of the messages this issue added or changed: a change here is a reviewed change. */
describe('wording', () => {
	test('dates', () => {
		expect(['2026-11-31', '2026-13-01', '30.11.2026', '2026-30-11', 'eile', 2026, null].map(messages.invalidDate)).toMatchInlineSnapshot(`
			[
			  "kuupäeva "2026-11-31" ei ole kalendris (novembris on 30 päeva). Kontrolli päeva ja kuud.",
			  "kuupäev "2026-13-01" ei ole kujul AAAA-KK-PP (aasta-kuu-päev). Kas mõtlesid "2026-01-13"?",
			  "kuupäev "30.11.2026" ei ole kujul AAAA-KK-PP (aasta-kuu-päev). Kas mõtlesid "2026-11-30"?",
			  "kuupäev "2026-30-11" ei ole kujul AAAA-KK-PP (aasta-kuu-päev). Kas mõtlesid "2026-11-30"?",
			  "kuupäev "eile" ei ole kujul AAAA-KK-PP (aasta-kuu-päev).",
			  "kuupäev peab olema tekst kujul AAAA-KK-PP (nt 2024-03-26), kirjas on number.",
			  "kuupäev peab olema tekst kujul AAAA-KK-PP (nt 2024-03-26), kirjas on null.",
			]
		`);
	});

	test('YAML', () => {
		expect([
			messages.yamlTabIndent([7]),
			messages.yamlTabIndent([7, 8, 9]),
			messages.yamlNeedsQuotes('computerSkills', 'Oskused: Word, "Excel".'),
			messages.yamlDuplicateKey('status'),
		]).toMatchInlineSnapshot(`
			[
			  "taandes on tabulaator (rida 7). YAML lubab taandeks ainult tühikuid: asenda tabulaatorid tühikutega.",
			  "taandes on tabulaator (read 7, 8, 9). YAML lubab taandeks ainult tühikuid: asenda tabulaatorid tühikutega.",
			  "väärtuses "Oskused: Word, "Excel"." on koolon ja tühik (": "), mida YAML loeb uue välja algusena. Pane tekst jutumärkidesse: computerSkills: "Oskused: Word, \\"Excel\\"."",
			  "väli "status" on päises kaks korda. Jäta alles üks.",
			]
		`);
	});

	test('placeholders, duty numbers, --quiet and the scaffold', () => {
		expect([
			messages.placeholder('kehtiv'),
			messages.placeholder('eelnõu'),
			messages.dutyNumberGap('3.5', '3.3'),
			messages.warningsHidden(1, 'main'),
			messages.warningsHidden(6, 'origin/main'),
			messages.warningsHiddenNoGit(2),
			newPositionMessages.duplicateTitle('Nõunik', 'Järelevalve talitus', 'content/positions/x/nounik.md'),
		]).toMatchInlineSnapshot(`
			[
			  "siin on täitmata koht "TÄIDA": kehtiv ametijuhend avaldatakse kõigile töötajatele. Asenda see dokumendi tekstiga või kustuta rida (või märgi fail staatusega eelnõu).",
			  "siin on veel täitmata koht "TÄIDA". Asenda see dokumendi tekstiga enne, kui muudad staatuse kehtivaks.",
			  "tööülesande number 3.5, aga järjekorras oleks 3.3. Kontrolli, kas ülesanne on puudu või number vale.",
			  "1 hoiatus failides, mida see muudatus (võrreldes haruga main) ei puuduta, on peidetud (--quiet).",
			  "6 hoiatust failides, mida see muudatus (võrreldes haruga origin/main) ei puuduta, on peidetud (--quiet).",
			  "2 hoiatust on peidetud (--quiet): git ei ütle, milliseid faile muudatus puudutab, nii et peidetud on kõik hoiatused.",
			  "üksuses "Järelevalve talitus" on ametikoht nimetusega "Nõunik" juba olemas: content/positions/x/nounik.md. Kui sama ametikohta täidab mitu inimest, piisab ühest failist; kui see on tõesti teine ametikoht, anna nimetusele täpsustus (nt "Nõunik (kvaliteet)") või lisa käsule --force.",
			]
		`);
	});
});
