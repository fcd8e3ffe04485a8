/** CSV for Excel (issue 25, finding 7): formula-like text is written inert by every CSV writer. */
import { describe, expect, test } from 'vitest';
import { csvCell, startsLikeFormula } from '../src/lib/csv.ts';
import { csvField, parseCsv, toCsv } from '../src/lib/lifecycle/open-data.ts';

describe('csvCell (OWASP CSV injection rule)', () => {
	test.each([
		['=HYPERLINK("http://x";"y")', `"'=HYPERLINK(""http://x"";""y"")"`],
		['+1', `"'+1"`],
		['-1+2', `"'-1+2"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['\t=1', `"'\t=1"`],
		['\r=1', `"'\r=1"`],
		['  =1', `"'  =1"`],
		['Peaspetsialist', 'Peaspetsialist'],
		['a;b', '"a;b"'],
		['a=b', 'a=b'],
		['e-post', 'e-post'],
	])('%j → %s', (value, cell) => {
		expect(csvCell(value, ';')).toBe(cell);
	});

	test('the open-data writer uses it, and the value reads back with the apostrophe Excel hides', () => {
		expect(csvField('=1+1')).toBe(`"'=1+1"`);
		expect(parseCsv(toCsv([['title'], ['=1+1'], ['Spetsialist']]))).toEqual([
			['title'],
			["'=1+1"],
			['Spetsialist'],
		]);
	});

	test('startsLikeFormula', () => {
		expect(
			['=', '+', '-', '@', ' -', '\t', '\r'].every((start) => startsLikeFormula(`${start}x`)),
		).toBe(true);
		expect(['x=', '1-2', 'Õ', ''].some((text) => startsLikeFormula(text))).toBe(false);
	});
});
