/**
 * The CMS entry ↔ file mapping and the in-page check: what the CMS adds on its own (empty fields,
 * reordered keys) never reaches the file, and the check reports the project's Estonian messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/lib/content/parse-body.ts';
import { checkPositionFile, describeProblem } from '../../src/lib/editor/checks.ts';
import { entryToFile, fileToEntry, pruneAdded } from '../../src/lib/editor/format.ts';
import { editorCsp, editorSettings } from '../../src/lib/editor/settings.ts';
import { projectRoot } from '../helpers.ts';

const file = 'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md';
const text = readFileSync(join(projectRoot, file), 'utf8');

describe('entry data', () => {
	test('an untouched entry writes the file byte for byte', () => {
		expect(entryToFile(fileToEntry(text, parseMarkdown), parseMarkdown)).toBe(text);
	});

	test('empty fields the CMS adds and its key order do not reach the file', () => {
		const entry = fileToEntry(text, parseMarkdown);
		const { requirements, ...rest } = entry;
		const shuffled = Object.fromEntries(
			Object.entries(requirements as Record<string, unknown>).reverse(),
		);
		const withAdditions = {
			checks: undefined,
			group: '',
			approval: {},
			sourceUrl: null,
			...rest,
			requirements: { ...shuffled, knowledge: '', additional: [] },
		};
		expect(entryToFile(withAdditions, parseMarkdown)).toBe(text);
	});

	test('pruneAdded keeps an empty value the file had', () => {
		expect(pruneAdded({ a: [], b: '' }, { a: [] })).toEqual({ a: [] });
	});

	test('a changed result changes one line', () => {
		const entry = fileToEntry(text, parseMarkdown) as {
			body: { duties: { results: string[] }[] };
		};
		entry.body.duties[2].results[0] = 'Muudetud tulemus.';
		const written = entryToFile(entry, parseMarkdown);
		const before = text.split('\n');
		const after = written.split('\n');
		expect(after).toHaveLength(before.length);
		expect(after.filter((line, index) => line !== before[index])).toEqual([
			'- Muudetud tulemus.',
		]);
	});
});

describe('the check in the page', () => {
	test('a valid file has no errors', () => {
		const errors = checkPositionFile(text, file, parseMarkdown).filter(
			(problem) => problem.severity === 'error',
		);
		expect(errors).toEqual([]);
	});

	test('reports the Estonian messages with the form labels', () => {
		const broken = text
			.replace('reviewIntervalMonths: 12', 'reviewIntervalMonths: 99')
			.replace('level: C1', 'level: C9');
		expect(
			checkPositionFile(broken, file, parseMarkdown)
				.filter((problem) => problem.severity === 'error')
				.map(describeProblem),
		).toMatchInlineSnapshot(`
			[
			  "✘ Tase: lubamatu väärtus "C9". Kas mõtlesid "C1"? Lubatud: A1, A2, B1, B2, C1, C2.",
			  "✘ Ülevaatuse intervall (kuud): ülevaatuse intervall ei tohi ületada 60 kuud",
			]
		`);
	});
});

describe('build settings', () => {
	test('SKA_EDITOR=0 turns the editor off; it is on by default', () => {
		expect(editorSettings({ SKA_EDITOR: '0' }).enabled).toBe(false);
		expect(editorSettings({}).enabled).toBe(true);
	});

	test('the policy allows the git host API and nothing else remote', () => {
		const csp = editorCsp(
			editorSettings({
				SKA_EDITOR_BACKEND: 'gitlab',
				SKA_EDITOR_API_ROOT: 'https://git.ska.sisevork/api/v4',
			}),
		);
		expect(csp).toContain("connect-src 'self' https://git.ska.sisevork;");
		expect(csp).toContain("script-src 'self' 'unsafe-eval';");
		expect(/script-src [^;]*/.exec(csp)?.[0]).not.toContain('unsafe-inline');
	});
});
