/**
 * The editor's writer on every committed position: open and save changes no byte, and changing one
 * expected result, rights item or competency changes only the lines that say it.
 */
import { readFileSync, globSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPositionForm, type PositionForm } from '../../src/lib/editor/form.ts';
import { writePositionFile } from '../../src/lib/editor/write.ts';
import { parsePosition } from '../../src/lib/content/parse-file.ts';
import { projectRoot } from '../helpers.ts';

const files = globSync('content/positions/**/*.md', { cwd: projectRoot }).sort();

/** Indexes of lines that differ, for two texts of the same line count (else undefined). */
function changedLines(before: string, after: string): number[] | undefined {
	const a = before.split('\n');
	const b = after.split('\n');
	if (a.length !== b.length) return undefined;
	return a.flatMap((line, index) => (line === b[index] ? [] : [index]));
}

const edited = (form: PositionForm, edit: (copy: PositionForm) => void): PositionForm => {
	const copy = structuredClone(form);
	edit(copy);
	return copy;
};

test('the content has positions to try', () => {
	expect(files.length).toBeGreaterThan(5);
});

describe.each(files)('%s', (file) => {
	const text = readFileSync(join(projectRoot, file), 'utf8');
	const form = readPositionForm(text);
	// A stub has only a title and a unit: nothing in its body to change.
	const stub = form.frontmatter.stub === true;

	test('open and save changes no byte', () => {
		expect(writePositionFile(text, structuredClone(form)).text).toBe(text);
	});

	test.skipIf(stub)('changing any one expected result changes exactly that one line', () => {
		let tried = 0;
		form.body.duties.forEach((duty, dutyIndex) => {
			duty.results.forEach((result, resultIndex) => {
				const changed = `${result} Muudetud ${dutyIndex}.${resultIndex}.`;
				const written = writePositionFile(
					text,
					edited(form, (copy) => {
						copy.body.duties[dutyIndex].results[resultIndex] = changed;
					}),
				).text;
				const lines = changedLines(text, written);
				expect(lines, `${duty.number} result ${resultIndex}`).toHaveLength(1);
				expect(written.split('\n')[lines![0]]).toContain('Muudetud');
				expect(readPositionForm(written).body.duties[dutyIndex].results[resultIndex]).toBe(
					changed,
				);
				tried++;
			});
		});
		expect(tried).toBeGreaterThan(0);
	});

	test.skipIf(stub)('adding a competency adds its lines and the file stays valid', () => {
		const written = writePositionFile(
			text,
			edited(form, (copy) => {
				const competencies = (copy.frontmatter.competencies ?? {}) as Record<
					string,
					unknown
				>;
				const additional = (competencies.additional ?? []) as unknown[];
				copy.frontmatter.competencies = {
					...competencies,
					additional: [...additional, { name: 'Koostöövõime', indicators: [] }],
				};
			}),
		).text;
		const before = text.split('\n');
		const after = written.split('\n');
		const removed = before.filter((line) => !after.includes(line));
		expect(removed).toEqual([]);
		expect(after.length - before.length).toBeGreaterThanOrEqual(1);
		expect(after.length - before.length).toBeLessThanOrEqual(4);
		const id = relative('content/positions', file).split('/').pop()!.replace(/\.md$/u, '');
		const parsed = parsePosition(written, file, id);
		expect(parsed.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(parsed.value?.competencies.additional.at(-1)?.name).toBe('Koostöövõime');
	});
});
