import { expect, test } from 'vitest';
import { perLine } from '../../src/lib/search/per-line.ts';

test('perLine computes each distinct line once and returns what the function returns', () => {
	const seen: string[] = [];
	const length = perLine((line) => {
		seen.push(line);
		return line.length;
	});
	const lines = ['Nõustab kliente', 'Koostab aruandeid', 'Nõustab kliente', '', ''];
	expect(lines.map(length)).toEqual([15, 17, 15, 0, 0]);
	expect(seen).toEqual(['Nõustab kliente', 'Koostab aruandeid', '']);
});

test('perLine remembers a line whose value is undefined', () => {
	let calls = 0;
	const nothing = perLine(() => {
		calls += 1;
		return undefined;
	});
	nothing('a');
	nothing('a');
	expect(calls).toBe(1);
});
