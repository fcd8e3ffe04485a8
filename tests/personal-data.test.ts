import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	findPersonalData,
	isValidIdCode,
	visitCandidateStrings,
} from '../src/lib/content/personal-data.ts';
import { MAY_HAVE_MARKER } from '../src/lib/content/personal-data-emails.ts';
import { NEEDS_DECODING } from '../src/lib/content/published-text.ts';
import { projectRoot } from './helpers.ts';

describe('isValidIdCode', () => {
	test.each([
		['37605030299', true],
		['37605030298', false], // wrong check digit
		['49403136515', true],
		['39913310000', false], // 31 November does not exist
		['97605030299', false], // no century 9
	])('%s → %s', (code, valid) => {
		expect(isValidIdCode(code)).toBe(valid);
	});
});

describe('findPersonalData', () => {
	test('finds an id code, a personal e-mail and phone numbers with their positions', () => {
		const text = [
			'---',
			'title: Spetsialist',
			'---',
			'',
			'Kontakt: 37605030299, mari.maasikas@gmail.com, +372 5123 4567, 5123456.',
		].join('\n');
		expect(
			findPersonalData(text).map(({ line, column, message }) => [
				line,
				column,
				message.split('.')[0],
			]),
		).toEqual([
			[5, 10, 'siin on isikukood'],
			[5, 23, 'siin on isiklik e-posti aadress "mari'],
			[5, 48, 'siin on telefoninumber "+372 5123 4567"'],
			[5, 64, 'siin on telefoninumber "5123456"'],
		]);
	});

	test('allows role mailboxes, directive numbers, dates and an 11-digit number with a bad checksum', () => {
		const text =
			'Kirjuta info@sotsiaalkindlustusamet.ee. Käskkiri nr 57, 26.03.2023, 1-1/2023, viide 37605030298.';
		expect(findPersonalData(text)).toEqual([]);
	});

	test('finds the signature blocks and signatory names of the raw seed documents', () => {
		const seed = readFileSync(
			join(projectRoot, 'tests/fixtures/seeds/002_5be523b0dc283d67.txt'),
			'utf8',
		);
		const messages = findPersonalData(seed).map(
			(finding) => `${finding.line}: ${finding.message.split('.')[0]}`,
		);
		expect(messages).toContain('309: see rida näib olevat allkirjastaja nimi');
		expect(messages.some((message) => message.includes('allkirjaplokk'))).toBe(true);
	});

	test('the committed content has no personal data', () => {
		for (const file of [
			'teenuste-osakond/kvaliteedi-peaspetsialist.md',
			'finants-ja-haldusosakond/haldusspetsialist.md',
		]) {
			expect(
				findPersonalData(
					readFileSync(join(projectRoot, 'content/positions', file), 'utf8'),
				),
			).toEqual([]);
		}
	});
});

describe('visitCandidateStrings', () => {
	test('visits exactly the strings with seven digits, an @, an at-marker or something to decode', () => {
		const digitsAndAt = (text: string) => {
			let digits = 0;
			for (const character of text) {
				if (/[0-9\uff10-\uff19]/.test(character)) digits += 1;
				if (character === '@' || character === '\uff20') return true;
			}
			return digits >= 7;
		};
		const tokens = [
			'1',
			'23',
			'4567',
			'\uff15',
			'@',
			'\uff20',
			' ',
			'-',
			'x',
			'at ',
			'&',
			'\n',
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 16 }), (parts) => {
				const text = parts.join('');
				const visited: string[] = [];
				visitCandidateStrings({ list: [text] }, (value) => visited.push(value));
				const expected =
					digitsAndAt(text) || MAY_HAVE_MARKER.test(text) || NEEDS_DECODING.test(text);
				expect(visited).toEqual(expected ? [text] : []);
			}),
			{ seed: 20261207, numRuns: 20_000 },
		);
	});
});
