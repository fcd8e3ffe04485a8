/**
 * Holes a reviewer wants flagged (issue 25, finding 6) and formula-like titles (finding 7), through
 * loadContent on a copy of the real content with one change each.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import { formatGithubProblem } from '../../scripts/check-content.ts';
import { projectRoot } from '../helpers.ts';

const TODAY = '2026-12-07';
const QUALITY = 'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md';
const HEAD = 'content/positions/teenuste-osakond/ekspertiisitalituse-juhataja.md';
const INSPECTOR = 'content/positions/oiguse-ja-jarelevalve-osakond/jarelevalve-juhtivspetsialist.md';

let root: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'ska-rules-'));
	cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function edit(file: string, change: (text: string) => string): void {
	writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
}

function problemsOf(file: string): Problem[] {
	return loadContent({ root, today: TODAY }).problems.filter((problem) => problem.file === file);
}

const brief = (problem: Problem) => `${problem.severity} ${problem.line} ${problem.field} ${problem.message.split(/[.:]/)[0]}`;

describe('the holes closed', () => {
	test('the real content has none of these problems', () => {
		const problems = loadContent({ root, today: TODAY }).problems;
		expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
	});

	test('stub: true on a described position is an error', () => {
		edit(QUALITY, (text) => text.replace('status: kehtiv', 'stub: true\nstatus: kehtiv'));
		expect(problemsOf(QUALITY).filter((problem) => problem.field === 'stub').map(brief)).toEqual([
			'error 8 stub stub',
		]);
		expect(problemsOf(QUALITY).find((problem) => problem.field === 'stub')!.message).toContain('purpose, requirements, competencies, ## Tööülesanded');
	});

	test('a reference to a repealed position is a warning', () => {
		edit(HEAD, (text) => text.replace('stub: true', 'stub: true\nstatus: kehtetu'));
		expect(problemsOf(QUALITY).filter((problem) => problem.message.includes('kehtetu')).map(brief)).toEqual([
			'warning 4 manager ametikoht "ekspertiisitalituse-juhataja" on kehtetu (status',
		]);
	});

	test('a date more than a year after the build date is an error, an approval after the review a warning', () => {
		edit(INSPECTOR, (text) => text.replace('  date: 2023-03-26', '  date: 2094-03-26'));
		expect(problemsOf(INSPECTOR).filter((problem) => problem.field === 'approval.date').map(brief)).toEqual([
			'warning 113 approval.date kinnitamise kuupäev 2094-03-26 on hilisem kui viimane ülevaatus 2023-03-26',
			'error 113 approval.date kuupäev 2094-03-26 on rohkem kui aasta pärast tänast (hiliseim lubatud 2027-12-07)',
		]);
		edit(INSPECTOR, (text) => text.replace('lastReviewed: 2023-03-26', 'lastReviewed: 2027-12-08'));
		expect(problemsOf(INSPECTOR).filter((problem) => problem.field === 'lastReviewed').map(brief)).toEqual([
			'error 116 lastReviewed kuupäev 2027-12-08 on rohkem kui aasta pärast tänast (hiliseim lubatud 2027-12-07)',
		]);
	});

	test('a custom YAML tag is an error', () => {
		edit(QUALITY, (text) => text.replace('title: Kvaliteedi peaspetsialist', 'title: !!js/function "function () { return 1 }"'));
		expect(problemsOf(QUALITY).map(brief)).toEqual(['error 2  YAML-i silti "!!js/function" ei kasutata']);
	});

	test('control characters are errors, and the check prints them escaped', () => {
		edit(QUALITY, (text) => text.replace('title: Kvaliteedi peaspetsialist', 'title: "Kvaliteedi\x1b[2K\x1b[1A✔ peaspetsialist\x00"'));
		const problems = problemsOf(QUALITY).filter((problem) => problem.message.includes('juhtmärk'));
		expect(problems.map(brief)).toEqual(['error 2  real on nähtamatu juhtmärk (U+001B)']);
		const forged = { ...problems[0], field: 'title\x1b[1A', message: 'x\ny' };
		expect(formatProblem(forged)).toBe(`✘ ${QUALITY}:2:19  title\\u{1b}[1A  x\\u{a}y`);
		expect(formatGithubProblem(forged)).toBe(`::error file=${QUALITY},line=2,col=19,title=title\\u{1b}[1A::x%0Ay`);
	});

	test('a position outside its department folder is an error naming the right folder', () => {
		const moved = 'content/positions/arendusosakond/kvaliteedi-peaspetsialist.md';
		renameSync(join(root, QUALITY), join(root, moved));
		expect(problemsOf(moved).filter((problem) => problem.severity === 'error').map(brief)).toEqual([
			'error 3 unit üksus "ekspertiisitalitus" kuulub osakonda "teenuste-osakond", aga fail on teises kaustas',
		]);
		expect(problemsOf(moved).find((problem) => problem.severity === 'error')!.message).toContain('content/positions/teenuste-osakond/');
	});

	test('unit and position ids that a route uses are refused', () => {
		const unit = 'content/units/koik.yaml';
		writeFileSync(join(root, unit), 'name: Kõik\nkind: talitus\nparent: teenuste-osakond\n');
		const position = 'content/positions/teenuste-osakond/muud.md';
		mkdirSync(dirname(join(root, position)), { recursive: true });
		writeFileSync(join(root, position), '---\ntitle: Muud\nunit: ekspertiisitalitus\nstub: true\n---\n');
		expect(problemsOf(unit).map(brief)).toEqual(['error 0  tunnus "koik" on saidil juba kasutusel (/ulevaatus/koik/)']);
		expect(problemsOf(position).map(brief)).toEqual(['error 0  tunnus "muud" on saidil juba kasutusel (/asendused/ (jaotis "Muud ametikohad"))']);
	});

	test('a title or competency name a spreadsheet reads as a formula is a warning', () => {
		edit(QUALITY, (text) => text.replace('title: Kvaliteedi peaspetsialist', 'title: "=HYPERLINK(\\"http://x\\")"'));
		expect(problemsOf(QUALITY).filter((problem) => problem.message.includes('valemiks')).map(brief)).toEqual([
			'warning 2 title tekst algab märgiga "="',
		]);
	});
});
