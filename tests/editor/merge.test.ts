import { describe, expect, test } from 'vitest';
import { mergeLines } from '../../src/lib/editor/merge.ts';

const lines = (text: string) => text.split(' ');

describe('mergeLines', () => {
	test('applies the edit where the committed file matches the base', () => {
		const result = mergeLines(lines('a # b c'), lines('a b c'), lines('a B c'));
		expect(result).toEqual({ lines: lines('a # B c'), conflicts: 0 });
	});

	test('keeps the committed lines the edit does not touch', () => {
		const result = mergeLines(lines('A1 A2 b c'), lines('A b c'), lines('A b C'));
		expect(result).toEqual({ lines: lines('A1 A2 b C'), conflicts: 0 });
	});

	test('takes the edit where both changed the same stretch', () => {
		const result = mergeLines(lines('A1 A2 b c'), lines('A b c'), lines('Z b c'));
		expect(result).toEqual({ lines: lines('Z b c'), conflicts: 1 });
	});

	test('adds and removes lines at the ends', () => {
		expect(mergeLines(lines('x a b'), lines('a b'), lines('a b c')).lines).toEqual(
			lines('x a b c'),
		);
		expect(mergeLines(lines('a b y'), lines('a b'), lines('b')).lines).toEqual(lines('b y'));
	});
});
