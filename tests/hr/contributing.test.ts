/**
 * CONTRIBUTING.md teaches by example, so the examples are checked against the real tools: the field
 * tables against the schemas, the quoted `npm run check` lines against the bad-content fixture, and
 * the worked example (new duty, new manager) by applying its diff to a copy of the content.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	fieldRows,
	jsonSchemaFor,
	TARGETS,
	updateContributing,
} from '../../scripts/generate-json-schema.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { messages } from '../../src/lib/content/messages.ts';
import { countProblems, formatProblem } from '../../src/lib/content/problems.ts';
import { projectRoot } from '../helpers.ts';

const contributing = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');

/** Fenced code blocks of a Markdown text, with their info string. */
function fencedBlocks(markdown: string): { lang: string; body: string }[] {
	return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
		lang: match[1],
		body: match[2],
	}));
}

function section(heading: string): string {
	const start = contributing.indexOf(`\n## ${heading}\n`);
	expect(start, heading).toBeGreaterThan(-1);
	const end = contributing.indexOf('\n## ', start + 1);
	return contributing.slice(start, end === -1 ? undefined : end);
}

describe('field tables', () => {
	test.each(TARGETS.map((target) => [target.kind, target] as const))(
		'%s: the table lists exactly the schema fields',
		(kind, target) => {
			const begin = `<!-- BEGIN väljade tabel: ${kind} (npm run schema) -->`;
			const table = contributing.slice(
				contributing.indexOf(begin),
				contributing.indexOf(`<!-- END väljade tabel: ${kind}`),
			);
			const documented = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
			expect(documented).toEqual(fieldRows(jsonSchemaFor(target)).map((row) => row.path));
		},
	);

	test('the tables are exactly what `npm run schema` writes (descriptions included)', () => {
		expect(updateContributing(contributing)).toEqual({ text: contributing, missing: [] });
	});
});

describe('the annotated `npm run check` example', () => {
	const { problems, fileCount } = loadContent({
		root: join(projectRoot, 'tests/fixtures/bad-content'),
		today: '2026-11-22',
	});
	const manyMistakes = loadContent({
		root: join(projectRoot, 'tests/fixtures/many-mistakes'),
		today: '2026-11-22',
	});
	const real = new Set([...problems, ...manyMistakes.problems].map(formatProblem));
	const blocks = fencedBlocks(section('Kui kontroll ebaõnnestub')).filter(
		(block) => block.lang === 'text',
	);

	test('quotes real output lines of the bad-content fixture', () => {
		const quoted = blocks
			.flatMap((block) => block.body.split('\n'))
			.filter((line) => /^[✘⚠] /.test(line));
		expect(quoted.length).toBeGreaterThanOrEqual(8);
		expect(quoted.filter((line) => !real.has(line))).toEqual([]);
	});

	test('quotes the real summary line (timing aside)', () => {
		const { errors, warnings } = countProblems(problems);
		const summaries = blocks
			.flatMap((block) => block.body.split('\n'))
			.filter((line) => /faili kontrollitud/.test(line));
		expect(summaries.map((line) => line.replace(/ \(\d+ ms\)$/, ''))).toEqual([
			messages.summary(errors, warnings, fileCount),
		]);
	});
});

describe('the worked example: a new duty and a new manager', () => {
	const example = section('Näide: uus tööülesanne ja uus vahetu juht');
	const blocks = fencedBlocks(example);
	const diff = blocks.find((block) => block.lang === 'diff')?.body ?? '';
	const stub = blocks.find((block) => block.lang === 'markdown')?.body ?? '';
	const target = /`(content\/positions\/[^`]+\.md)`/.exec(example)?.[1] ?? '';
	const managerId = /^\+manager: (\S+)$/m.exec(diff)?.[1] ?? '';
	const stubFile = join(dirname(target), `${managerId}.md`);

	const roots: string[] = [];
	afterAll(() => {
		for (const root of roots) rmSync(root, { recursive: true, force: true });
	});

	/** Applies the unified diff's hunks by content (line numbers are for the reader only). */
	function applyDiff(text: string): string {
		let result = text;
		for (const hunk of diff.split(/^@@.*$/m).slice(1)) {
			const lines = hunk.replace(/^\n|\n$/g, '').split('\n');
			const before = lines
				.filter((line) => !line.startsWith('+'))
				.map((line) => line.slice(1));
			const after = lines
				.filter((line) => !line.startsWith('-'))
				.map((line) => line.slice(1));
			const old = before.join('\n');
			expect(result.split(old).length - 1, `hunk not found once in ${target}:\n${old}`).toBe(
				1,
			);
			result = result.replace(old, after.join('\n'));
		}
		return result;
	}

	function prepare(withStub: boolean): string {
		const root = mkdtempSync(join(tmpdir(), 'ska-contributing-'));
		roots.push(root);
		cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
		writeFileSync(join(root, target), applyDiff(readFileSync(join(root, target), 'utf8')));
		if (withStub) writeFileSync(join(root, stubFile), stub);
		return root;
	}

	test('names a real file, a new manager and a stub for it', () => {
		expect(target).toBe('content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md');
		expect(managerId).toMatch(/^[a-z0-9-]+$/);
		expect(stub).toMatch(/^stub: true$/m);
		expect(example).toContain(`nimega ${managerId}.md kausta \`${dirname(target)}/\``);
	});

	test('applied with the stub, the check finds no errors in the changed files', () => {
		const root = prepare(true);
		const { problems, model } = loadContent({ root, today: '2026-11-22' });
		const changed = problems.filter(
			(problem) =>
				(problem.file === target || problem.file === stubFile) &&
				problem.severity === 'error',
		);
		expect(changed).toEqual([]);
		const position = model.positions.get('kvaliteedi-peaspetsialist');
		expect(position?.manager).toBe(managerId);
		expect(position?.duties.at(-1)).toMatchObject({
			number: '3.13',
			// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types its asymmetric matchers as any
			results: expect.arrayContaining([expect.any(String)]),
		});
		expect(model.positions.get(managerId)?.stub).toBe(true);
	});

	test('without the stub, the check says what the guide quotes', () => {
		const root = prepare(false);
		const lines = loadContent({ root, today: '2026-11-22' })
			.problems.filter((problem) => problem.file === target && problem.severity === 'error')
			.map(formatProblem);
		const quoted = fencedBlocks(example)
			.filter((block) => block.lang === 'text')
			.flatMap((block) => block.body.split('\n'))
			.filter((line) => line.startsWith('✘ '));
		expect(quoted).toEqual(lines);
	});
});
