/**
 * The personal-data guard's pre-scans (personal-data.ts): the whole-text passes that pick the lines to
 * scan must never leave out a line the full scan would flag. Property tests against the line-by-line forms.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	findPersonalData,
	linesToScan,
	lineStarts,
	type Match,
} from '../src/lib/content/personal-data.ts';
import { findEmails, MAY_HAVE_MARKER } from '../src/lib/content/personal-data-emails.ts';
import { findNumbers } from '../src/lib/content/personal-data-numbers.ts';
import { signatureAt } from '../src/lib/content/personal-data-signatures.ts';
import { decodePublished } from '../src/lib/content/published-text.ts';

describe('the whole-text pre-checks', () => {
	const whitespace = ['', ' ', '  ', '\n', '\t', '\r', '\u00a0', '\u2028', '\ufeff', ' \n '];

	test('a signature line is found in the whole text exactly when it is found on its own', () => {
		const tokens = [
			'Tööandja',
			'TÖÖTAJA',
			'töötaja',
			':',
			' : ',
			'Allkirjastatud digitaalselt',
			'poolte allkirjad',
			'Mari Maasikas',
			'- ',
			'x',
			...whitespace,
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 20 }), (parts) => {
				const text = parts.join('');
				const isSignature = (finding: { message: string }) =>
					finding.message.includes('allkirjaplokk');
				const found = findPersonalData(text)
					.filter(isSignature)
					.map((finding) => finding.line);
				const alone = text
					.split('\n')
					.flatMap((line, index) =>
						findPersonalData(line).some(isSignature) ? [index + 1] : [],
					);
				expect(found).toEqual(alone);
			}),
			{ seed: 20261123, numRuns: 5_000 },
		);
	});

	test('id codes, e-mail addresses and phone numbers are found in the whole text exactly as line by line', () => {
		// Numbers split over lines, next to other digits and separators, so that a whole-text match can
		// differ from the line's own.
		const tokens = [
			'37605030299',
			'3760503',
			'0299',
			'5123',
			'456',
			'4567',
			'+372',
			'5',
			'9',
			'-',
			'.',
			'/',
			',',
			'@',
			'mari@gmail.com',
			'info@ska.ee',
			'x',
			...whitespace,
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 24 }), (parts) => {
				const text = parts.join('');
				const found = findPersonalData(text).map(
					({ line, column, message }) => `${line}:${column} ${message}`,
				);
				const alone = text
					.split('\n')
					.flatMap((line, index) =>
						findPersonalData(line).map(
							({ column, message }) => `${index + 1}:${column} ${message}`,
						),
					);
				expect(found).toEqual(alone);
			}),
			{ seed: 20261123, numRuns: 5_000 },
		);
	});
});

describe('linesToScan', () => {
	test('a line it leaves out needs no decoding and holds no number, address or signature', () => {
		const tokens = [
			'37605030299',
			'37605',
			'030299',
			'5123',
			'4567',
			'2026-05-11',
			'(+372)',
			') ',
			'-',
			' ',
			'@',
			' at ',
			'(ät)',
			'[AT]',
			'Allkiri',
			'ALLKIRJAD',
			'tööandja',
			'TÖÖTAJA',
			'Kinnitaja',
			'\u212ainnitaja',
			'signed by',
			'I have read and understood',
			':',
			'> ',
			'**',
			'1. ',
			'- ',
			'#',
			'Mari Maasikas',
			'x',
			'&#64;',
			'\\',
			'\u00a0',
			'\u2028',
			'\uff15',
			'e\u0301',
			'\r',
			'\n',
			'\n',
			'\n\n',
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 24 }), (parts) => {
				const text = parts.join('');
				const lines = text.split('\n');
				const picked = linesToScan(text, lineStarts(text));
				if (picked === undefined) return;
				for (const [index, line] of lines.entries()) {
					if (picked[index] === 1) continue;
					const found: Match[] = [];
					findNumbers(line, found);
					findEmails(line, found);
					for (const mode of ['markdown', 'yaml', 'plain'] as const) {
						expect(decodePublished(line, mode).text).toBe(line);
					}
					expect(found).toEqual([]);
					expect(signatureAt(line)).toBe(false);
				}
			}),
			{ seed: 20261207, numRuns: 20_000 },
		);
	});
});

describe('MAY_HAVE_MARKER', () => {
	test('matches exactly the texts its plain form matches', () => {
		// The form it replaced for speed: bracket or space first, then the marker.
		const plain = /[[({<]\s?(?:at|ät|AT|ÄT|At|Ät|@)|(?:^|\s)(?:at|ät|AT|ÄT|At|Ät)\s/;
		const tokens = [
			'at',
			'ät',
			'AT',
			'ÄT',
			'At',
			'Ät',
			'aT',
			'a',
			't',
			'@',
			'[',
			'(',
			'{',
			'<',
			']',
			'x',
			' ',
			'\n',
			'\t',
			'\u00a0',
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 12 }), (parts) => {
				const text = parts.join('');
				expect(MAY_HAVE_MARKER.test(text)).toBe(plain.test(text));
			}),
			{ seed: 20261207, numRuns: 20_000 },
		);
	});
});
