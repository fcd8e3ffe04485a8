import { describe, expect, test } from 'vitest';
import { count, formatNumber } from '../src/lib/format.ts';

describe('numbers in Estonian text', () => {
	test('a no-break space between thousands from ten thousand on, none in four digits', () => {
		expect([7, 999, 5000, 12_345, 1_234_567].map(formatNumber)).toEqual([
			'7',
			'999',
			'5000',
			'12\u00a0345',
			'1\u00a0234\u00a0567',
		]);
	});

	test('count takes the singular for one and the partitive otherwise, with the number as Estonian writes it', () => {
		expect(count(1, 'ametikoht', 'ametikohta')).toBe('1 ametikoht');
		expect(count(0, 'ametikoht', 'ametikohta')).toBe('0 ametikohta');
		expect(count(20_000, 'ametikoht', 'ametikohta')).toBe('20\u00a0000 ametikohta');
	});
});
