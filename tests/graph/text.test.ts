import { describe, expect, test } from 'vitest';
import { estimateTextWidth, truncate, wrapTwoLines } from '../../src/lib/graph/text.ts';

const bold = { fontSize: 13, bold: true };

describe('text measuring and wrapping', () => {
	test('estimates grow with length, weight and wide letters', () => {
		expect(estimateTextWidth('Nõunik', 13, true)).toBeGreaterThan(
			estimateTextWidth('Nõunik', 13),
		);
		expect(estimateTextWidth('mmmm', 13)).toBeGreaterThan(estimateTextWidth('iiii', 13));
		expect(estimateTextWidth('', 13)).toBe(0);
	});

	test('a short title stays on one line', () => {
		expect(wrapTwoLines('Nõunik', bold, 190, 330)).toEqual(['Nõunik']);
	});

	test('a long title is split before its qualifier in parentheses', () => {
		expect(wrapTwoLines('Ekspert (kvaliteet ja seire)', bold, 150, 330)).toEqual([
			'Ekspert',
			'(kvaliteet ja seire)',
		]);
		expect(
			wrapTwoLines(
				'Järelevalve juhtivspetsialist (täisealistele osutatavad teenused)',
				bold,
				190,
				330,
			),
		).toEqual(['Järelevalve juhtivspetsialist', '(täisealistele osutatavad teenused)']);
	});

	test('lines that still do not fit are cut with an ellipsis and fit', () => {
		const lines = wrapTwoLines(
			'Väga pikk ametinimetus, mis ei mahu kuidagi kahele reale isegi kõige laiemas kastis',
			bold,
			100,
			150,
		);
		expect(lines).toHaveLength(2);
		for (const line of lines)
			expect(estimateTextWidth(line, 13, true)).toBeLessThanOrEqual(150);
		expect(lines.some((line) => line.endsWith('…'))).toBe(true);
		expect(truncate('Lühike', 100, bold)).toBe('Lühike');
	});
});
