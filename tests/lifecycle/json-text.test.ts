import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jsonTextPieces, readJsonRecords } from '../../src/lib/lifecycle/json-text.ts';
import { largeJsonResponse } from '../../src/lib/lifecycle/site.ts';

const whole = (data: unknown) => `${JSON.stringify(data, null, '\t')}\n`;

describe('a JSON file with one large array, in pieces', () => {
	test('is JSON.stringify with tabs and a final newline, character for character', () => {
		const value = fc.jsonValue({ maxDepth: 3 });
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.string().filter((key) => key !== 'items'),
					value,
					{ maxKeys: 3 },
				),
				fc.array(value, { maxLength: 12 }),
				fc.dictionary(
					fc.string().filter((key) => key !== 'items'),
					value,
					{ maxKeys: 3 },
				),
				fc.integer({ min: 1, max: 5 }),
				(before, items, after, perPiece) => {
					const data = { ...before, items, ...after };
					expect([...jsonTextPieces(data, 'items', perPiece)].join('')).toBe(whole(data));
				},
			),
			{ numRuns: 300 },
		);
	});

	test('keeps text with line breaks, quotes and Estonian letters, nested one level down', () => {
		const data = {
			schemaVersion: 1,
			nested: { positions: [{ text: 'rida 1\nrida "2" – šokolaad' }, {}, []] },
			tail: true,
		};
		expect([...jsonTextPieces(data.nested, 'positions', 2)].join('')).toBe(whole(data.nested));
		const empty = { positions: [] as unknown[], generated: '2026-11-23' };
		expect([...jsonTextPieces(empty, 'positions')].join('')).toBe(whole(empty));
	});

	test('refuses a key that is not an array', () => {
		expect(() => [...jsonTextPieces({ items: 1 }, 'items')]).toThrow('not an array');
	});

	test('as a response: the same bytes as the whole text in UTF-8', async () => {
		const data = {
			schemaVersion: 1,
			generated: '2026-11-23',
			positions: Array.from({ length: 250 }, (_, i) => ({
				id: `a${i}`,
				title: `Järelevalve – ${i}`,
			})),
		};
		const bytes = new Uint8Array(await largeJsonResponse(data, 'positions').arrayBuffer());
		expect(bytes).toEqual(new TextEncoder().encode(whole(data)));
	});
});

describe('reading such a file back one record at a time', () => {
	test('gives the outline with the array emptied and every object of the array, in order', () => {
		const scalar = fc.oneof(
			fc.string(),
			fc.double({ noNaN: true, noDefaultInfinity: true }),
			fc.boolean(),
			fc.constant(null),
		);
		const key = fc.string().filter((name) => name !== 'items' && name !== '__proto__');
		fc.assert(
			fc.property(
				fc.dictionary(key, scalar, { maxKeys: 3 }),
				fc.array(
					fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 }), {
						minKeys: 1,
						maxKeys: 4,
					}),
					{ maxLength: 12 },
				),
				fc.integer({ min: 1, max: 5 }),
				(before, items, perPiece) => {
					const data = { ...before, items };
					const bytes = Buffer.from(
						[...jsonTextPieces(data, 'items', perPiece)].join(''),
					);
					const { outline, records } = readJsonRecords(bytes, 2);
					expect(outline).toEqual(JSON.parse(JSON.stringify({ ...data, items: [] })));
					expect([...records]).toEqual(JSON.parse(JSON.stringify(items)));
				},
			),
			{ numRuns: 300 },
		);
	});
});
