import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { projectRoot } from './helpers.ts';

describe('validation of a broken content tree', () => {
	const { problems, fileCount } = loadContent({
		root: join(projectRoot, 'tests/fixtures/bad-content'),
		today: '2026-11-22',
	});

	test('reports every problem in every file, located and in Estonian', () => {
		expect(fileCount).toBe(19);
		expect(problems.map(formatProblem).join('\n')).toMatchSnapshot();
	});

	test('covers each kind of mistake the issue names', () => {
		const text = problems.map(formatProblem).join('\n');
		for (const fragment of [
			'YAML-i süntaksiviga', // broken YAML
			'vale tüüp', // wrong type
			'tundmatu väli "substitutedby". Kas mõtlesid "substitutedBy"?', // typo in a field name
			'ei ole kalendris', // impossible date
			'Kas mõtlesid "Korrektsus"?', // typo in a competency name
			'vahetute juhtide ring', // manager cycle
			'on kasutusel ka failis', // duplicate id
			'ei ole UTF-8', // encoding
			'"juht" failis ei ole kirjas', // substitution asymmetry
			'ülevaatus oli tähtajaks 2021-01-31', // overdue review
			'tundmatu jaotis "Kohustused"', // unknown section
			'jaotis "## Vastutus" puudub', // missing section
			'lubamatu väärtus "töötaja (100%)"', // a "%" that GitHub annotations must escape (tests/hr/github-format.test.ts)
			'tundmatu väli "koormus, %"', // "," and "%" in a field name, escaped in the annotation title
		]) {
			expect(text).toContain(fragment);
		}
	});

	test('asymmetry and overdue review are warnings, not errors', () => {
		const warnings = problems
			.filter((problem) => problem.severity === 'warning')
			.map((problem) => problem.message);
		expect(warnings.some((message) => message.includes('asendajaks'))).toBe(true);
		expect(warnings.some((message) => message.includes('tähtajaks'))).toBe(true);
	});
});
