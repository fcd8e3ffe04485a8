/**
 * Personal data as a person writes it, and text that only looks like it (issue 25, findings 1–2).
 * Each case is one line of a position file's body unless it says otherwise; `kind` is what the guard
 * must report, and the negatives must give no finding at all.
 */
import { describe, expect, test } from 'vitest';
import { findPersonalData, redactPersonalData, REDACTED, type PersonalDataKind } from '../../src/lib/content/personal-data.ts';
import { decodePublished } from '../../src/lib/content/published-text.ts';

type Mode = 'file' | 'yaml' | 'plain';
const body = (line: string) => `---\ntitle: Spetsialist\n---\n\n## Tööülesanded\n\n${line}\n`;

const POSITIVE: [string, PersonalDataKind, Mode?][] = [
	// Isikukood in any spacing and encoding.
	['Isikukood 37605030299.', 'idCode'],
	['Kood: 376 0503 0299', 'idCode'],
	['Kood: 3-760503-0299', 'idCode'],
	['Kood: 37605 030299', 'idCode'],
	['Kood 3 7 6 0 5 0 3 0 2 9 9', 'idCode'],
	['Kood: 376-050-302-99', 'idCode'],
	['Kood: 3760503\u00a00299', 'idCode'],
	['Kood: 37605\u200b030299', 'idCode'],
	['Kood: ３７６０５０３０２９９', 'idCode'],
	['Kood: &#51;7605030299', 'idCode'],
	['Kood: &#x33;&#x37;605030299', 'idCode'],
	['Kood: 3\\-760503\\-0299', 'idCode'],
	['Kood: 376\u00ad05030299', 'idCode'],
	['Kood: 49403136515', 'idCode'],
	['Kood: 38501011381', 'idCode'],
	['Kood: 49202152765', 'idCode'],
	['Kood: 50103040007', 'idCode'],
	['(37605030299)', 'idCode'],
	['nr 37605030299', 'idCode'],
	['Kood 37605030299, telefon puudub', 'idCode'],
	['title: "\\x337605030299"', 'idCode', 'yaml'],
	['title: "\\u0033\\u0037605030299"', 'idCode', 'yaml'],
	['Mari, 37605030299', 'idCode', 'plain'],
	// Phone numbers of every kind.
	['Telefon +372 5123 4567', 'phone'],
	['Telefon +3725123 4567', 'phone'],
	['Telefon +37251234567', 'phone'],
	['Telefon (+372) 5123 4567', 'phone'],
	['Telefon 00372 5123 4567', 'phone'],
	['Telefon 372 5123 4567', 'phone'],
	['Telefon 5123 4567', 'phone'],
	['Telefon 512 3456', 'phone'],
	['Telefon 5123456', 'phone'],
	['Telefon 51234567', 'phone'],
	['Telefon 5123-4567', 'phone'],
	['Telefon 5 123 4567', 'phone'],
	['Telefon 8123 4567', 'phone'],
	['Telefon 8412 3456', 'phone'],
	['Telefon 612 1360', 'phone'],
	['Telefon 640 8100', 'phone'],
	['Telefon 7123 456', 'phone'],
	['Telefon 734 5678', 'phone'],
	['Telefon 3345678', 'phone'],
	['Telefon 445 6789', 'phone'],
	['Telefon 800 1234', 'phone'],
	['Telefon ５１２３ ４５６７', 'phone'],
	['Telefon 5123\u00a04567', 'phone'],
	['Telefon &#53;123 4567', 'phone'],
	['Telefon 5\u200b1234567', 'phone'],
	['Telefon +372\u2011612\u20111360', 'phone'],
	['Kontakt: 5123 4567 (tööpäeviti)', 'phone'],
	// E-mail, plain and obfuscated.
	['E-post mari.maasikas@gmail.com', 'email'],
	['E-post mari [at] ska [dot] ee', 'email'],
	['E-post mari(at)ska.ee', 'email'],
	['E-post mari [ät] ska.ee', 'email'],
	['E-post mari{at}ska(dot)ee', 'email'],
	['E-post mari at ska dot ee', 'email'],
	['E-post mari&#64;ska.ee', 'email'],
	['E-post mari&commat;ska.ee', 'email'],
	['E-post mari＠ska.ee', 'email'],
	['E-post mari\\@ska.ee', 'email'],
	['E-post mari.maasikas@sotsiaalkindlustusamet.ee.', 'email'],
	['E-post mari [at] ska [punkt] ee', 'email'],
	['E-post <jaan.tamm@ska.ee>', 'email'],
	// Signature and acknowledgement blocks in their common wordings.
	['Allkirjastatud digitaalselt', 'signature'],
	['(allkirjastatud digitaalselt)', 'signature'],
	['/digitaalselt allkirjastatud/', 'signature'],
	['Digitaalselt\u00a0allkirjastatud', 'signature'],
	['Poolte allkirjad:', 'signature'],
	['Tööandja: Mari Maasikas', 'signature'],
	['Töötaja: Jaan Tamm', 'signature'],
	['Allkiri: ____________', 'signature'],
	['Allkiri ____________', 'signature'],
	['Ametijuhendiga tutvunud: Jaan Tamm 01.02.2024', 'signature'],
	['Olen ametijuhendiga tutvunud', 'signature'],
	['Tutvunud: Jaan Tamm', 'signature'],
	['Signed digitally', 'signature'],
	['Digitally signed', 'signature'],
	['Signature: ________', 'signature'],
	['Employee: John Smith', 'signature'],
	['I have read and understood', 'signature'],
	['- Allkirjastatud digitaalselt 12.03.2024', 'signature'],
];

const NEGATIVE: [string, Mode?][] = [
	['Eelarve kuni 500 000 eurot.'],
	['Eelarve kuni 5 000 000 eurot.'],
	['Summa 5123456 eurot.'],
	['Summa 5123456 €.'],
	['Summa € 5123456.'],
	['Käskkiri nr 5123456.'],
	['Käskkirjaga nr 1-1/5123456.'],
	['Registrikood 70001975.'],
	['Viitenumber 51234567.'],
	['Dokumendid on allkirjastatud digitaalselt ja edastatud.'],
	['Töötaja vastutab dokumentide allkirjastamise eest.'],
	['Allkirjastab lepingud ja kirjad tööandja nimel.'],
	['Tööandja esindajana sõlmib lepinguid.'],
	['Tööandja ja töötaja lepivad kokku tööaja.'],
	['Kuupäev 26.03.2023 ja 2023-03-26.'],
	['Viide 37605030298 (vale kontrollnumber).'],
	['Dokument 1-1/2023 ja 12.5-3/4567.'],
	['Aastatel 2020-2026 toimub reform.'],
	['Teenust kasutab 3 500 000 inimest.'],
	['ISO 9001:2015 ja EVS 585.'],
	['Kirjuta info@sotsiaalkindlustusamet.ee.'],
	['Kirjuta abi@ska.ee või kontakt@ska.ee.'],
	['Vaata punkt 3.2 ja lisa 1.'],
	['Töötasu 1850 eurot kuus.'],
	['Tähtaeg 30 päeva, kuni 5 aastat.'],
	['§ 5 lg 3 p 2.'],
	['Kell 8.30-17.00.'],
	['Ruum 512, korrus 3.'],
	['Versioon 5.1.1.'],
	['Nõuab @mainimist Slackis.'],
	['Osalus 51% ja 49%.'],
	['Kinnitan töögraafiku.'],
	['Signatuuride haldamine.'],
	['title: Spetsialist', 'yaml'],
	['Lisa 2023-03-26 kinnitatud', 'plain'],
];

describe('personal data as a person writes it', () => {
	test('the tables are as large as the issue asks', () => {
		expect(POSITIVE.length).toBeGreaterThanOrEqual(60);
		expect(NEGATIVE.length).toBeGreaterThanOrEqual(30);
	});

	test.each(POSITIVE)('%s → %s', (line, kind, mode = 'file') => {
		const text = mode === 'file' ? body(line) : line;
		const kinds = findPersonalData(text, mode).map((finding) => finding.kind);
		expect(kinds).toContain(kind);
	});

	test.each(NEGATIVE)('%s → nothing', (line, mode = 'file') => {
		const text = mode === 'file' ? body(line) : line;
		expect(findPersonalData(text, mode)).toEqual([]);
	});

	test.each(POSITIVE)('redacting %s leaves none of it', (line, _kind, mode = 'file') => {
		const text = mode === 'file' ? body(line) : line;
		const redacted = redactPersonalData(text, mode);
		expect(redacted).toContain(REDACTED);
		expect(findPersonalData(redacted, mode)).toEqual([]);
	});

	test('a finding points at its source column through entities and invisible characters', () => {
		const [finding] = findPersonalData('x &#51;7605\u200b030299 y', 'file');
		expect(finding).toMatchObject({ kind: 'idCode', column: 3, value: '37605030299' });
	});

	test('a signatory name under a signature block is found', () => {
		const kinds = findPersonalData(body('Allkirjastatud digitaalselt\n\nMari Maasikas')).map((finding) => finding.kind);
		expect(kinds).toEqual(['signature', 'signatory']);
	});
});

describe('decodePublished', () => {
	test('decodes Markdown references and escapes, YAML escapes, and folds what a reader cannot tell apart', () => {
		expect(decodePublished('&#51;&#x34;&amp;\\*５\u200b\u00a0x', 'markdown').text).toBe('34&*5 x');
		expect(decodePublished('"\\x41\\u0042\\_c"', 'yaml').text).toBe('"AB c"');
		expect(decodePublished('&#51;', 'yaml').text).toBe('&#51;');
	});
});
