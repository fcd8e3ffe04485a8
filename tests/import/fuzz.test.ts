/**
 * No input crashes the importer: arbitrary text, and the fixtures and seeds cut, shuffled and
 * garbled. Whatever the text, importDocument returns files or one-line Estonian reasons.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importDocument } from '../../src/lib/import/import-document.ts';
import { projectRoot } from '../helpers.ts';
import { fullContext, readSeed, SEEDS } from './helpers.ts';

const layouts = join(projectRoot, 'tests/fixtures/import/layouts/tuning');
const documents = [
	...readdirSync(layouts)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => readFileSync(join(layouts, name), 'utf8')),
	...SEEDS.map(({ seed }) => readSeed(seed)),
];

function holds(text: string): void {
	const result = importDocument(text, fullContext());
	expect(result.annexes.length).toBeGreaterThan(0);
	for (const annex of result.annexes) {
		expect(annex.imported !== undefined || annex.failure !== undefined).toBe(true);
		if (annex.failure !== undefined) expect(annex.failure).not.toMatch(/\n|^\s*at /u);
		if (annex.imported) expect(annex.imported.markdown).toMatch(/^---\n/u);
	}
}

const pieces = fc.constantFrom(
	'1. ÜLDOSA',
	'1. Üldosa',
	'AMETIJUHEND',
	'KINNITATUD Sotsiaalkindlustusameti peadirektori 02.06.2025',
	'käskkirjaga nr 88 Lisa 1',
	'KÄSKKIRI',
	'Tunnistan kehtetuks 26.03.2023 käskkirja nr 57',
	'Teenistuskoht ',
	'Struktuuriüksus ',
	'Vahetu juht -',
	'Kellele allub ',
	'Asendaja Asendab',
	'2. Peamised teenistusülesanded',
	'2.1 ',
	'3.1 ',
	'- ',
	'\uf0b7 ',
	'TEENISTUSÜLESANDED',
	'VALVEAEG',
	'Lk 1/2',
	'(allkirjastatud digitaalselt)',
	'\f',
	'-\n',
	'  ',
	'\n',
);

describe('the importer never crashes', () => {
	test('on arbitrary text', () => {
		fc.assert(fc.property(fc.string({ maxLength: 400 }), holds), {
			seed: 20261207,
			numRuns: 1_000,
		});
	});

	test('on text made of the documents’ own labels and headings', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(pieces, fc.string({ maxLength: 20 })), { maxLength: 60 }),
				(parts) => holds(parts.join(' ')),
			),
			{ seed: 20261207, numRuns: 1_000 },
		);
	});

	test('on documents cut at any point, with lines dropped or swapped', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...documents),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.array(fc.nat(), { maxLength: 5 }),
				(text, cut, drops) => {
					const lines = text.slice(0, Math.floor(text.length * cut)).split('\n');
					for (const drop of drops)
						if (lines.length > 1) lines.splice(drop % lines.length, 1);
					if (lines.length > 3) [lines[1], lines[2]] = [lines[2], lines[1]];
					holds(lines.join('\n'));
				},
			),
			{ seed: 20261207, numRuns: 500 },
		);
	});
});
