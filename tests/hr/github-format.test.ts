import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
	escapeGithubData,
	escapeGithubProperty,
	formatGithubProblem,
} from '../../scripts/check-content.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';
import { projectRoot } from '../helpers.ts';

const run = promisify(execFile);
const FIXTURE = 'tests/fixtures/bad-content';
const TODAY = '2026-11-22';

const problem = (overrides: Partial<Problem> = {}): Problem => ({
	file: 'content/positions/osakond/hea.md',
	line: 12,
	column: 13,
	field: 'competencies.core.1.name',
	message: 'kompetentsi "Korektsus" ei ole kataloogis.',
	severity: 'error',
	...overrides,
});

describe('GitHub workflow command escaping', () => {
	test.each([
		['plain text', 'plain text'],
		['100%', '100%25'],
		['%0A is not a newline', '%250A is not a newline'],
		['line 1\nline 2', 'line 1%0Aline 2'],
		['windows\r\nline', 'windows%0D%0Aline'],
		['a: b, c', 'a: b, c'],
	])('message %j → %j', (input, escaped) => {
		expect(escapeGithubData(input)).toBe(escaped);
	});

	test.each([
		['competencies.core.1.name', 'competencies.core.1.name'],
		['koormus, %', 'koormus%2C %25'],
		['a:b', 'a%3Ab'],
		['x\ny', 'x%0Ay'],
	])('property %j → %j', (input, escaped) => {
		expect(escapeGithubProperty(input)).toBe(escaped);
	});
});

describe('formatGithubProblem', () => {
	test('error with file, line, column and field', () => {
		expect(formatGithubProblem(problem())).toBe(
			'::error file=content/positions/osakond/hea.md,line=12,col=13,title=competencies.core.1.name::kompetentsi "Korektsus" ei ole kataloogis.',
		);
	});

	test('warning; a path given relative to the repository root', () => {
		expect(
			formatGithubProblem(
				problem({ severity: 'warning' }),
				`${FIXTURE}/content/positions/osakond/hea.md`,
			),
		).toMatch(
			/^::warning file=tests\/fixtures\/bad-content\/content\/positions\/osakond\/hea\.md,line=12,col=13,/,
		);
	});

	test('a problem about the whole file carries no line, column or title', () => {
		expect(
			formatGithubProblem(
				problem({
					line: 0,
					column: 0,
					field: '',
					message: 'fail ei ole UTF-8 kodeeringus.',
				}),
			),
		).toBe('::error file=content/positions/osakond/hea.md::fail ei ole UTF-8 kodeeringus.');
	});

	test('an unknown column becomes 1, as in the text format', () => {
		expect(formatGithubProblem(problem({ column: 0 }))).toContain(',line=12,col=1,');
	});

	test('message, title and file are escaped', () => {
		expect(
			formatGithubProblem(problem({ file: 'a,b.md', field: 'x:y', message: '50%\nrohkem' })),
		).toBe('::error file=a%2Cb.md,line=12,col=13,title=x%3Ay::50%25%0Arohkem');
	});
});

describe('npm run check -- --format github', () => {
	const script = join(projectRoot, 'scripts/check-content.ts');
	const cli = async (...args: string[]) => {
		try {
			const { stdout, stderr } = await run(
				process.execPath,
				[script, '--root', FIXTURE, '--today', TODAY, ...args],
				{ cwd: projectRoot },
			);
			return { code: 0, stdout, stderr };
		} catch (error) {
			const { code, stdout, stderr } = error as {
				code: number;
				stdout: string;
				stderr: string;
			};
			return { code, stdout, stderr };
		}
	};
	const { problems } = loadContent({ root: join(projectRoot, FIXTURE), today: TODAY });

	test('prints one workflow command per problem with repository-relative paths, then the summary; exit code 1', async () => {
		const { code, stdout } = await cli('--format', 'github');
		expect(code).toBe(1);
		const lines = stdout.split('\n');
		const commands = lines.filter((line) => line.startsWith('::'));
		expect(commands).toEqual(
			problems.map((item) => formatGithubProblem(item, `${FIXTURE}/${item.file}`)),
		);
		expect(commands.filter((line) => line.startsWith('::warning ')).length).toBe(
			problems.filter((item) => item.severity === 'warning').length,
		);
		// Every line is a command, except the blank line, the summary and the how-to-fix line.
		expect(lines.filter((line) => line !== '' && !line.startsWith('::'))).toHaveLength(2);
		expect(stdout).toContain(
			`::error file=${FIXTURE}/content/positions/osakond/koormus.md,line=5,col=8,title=group::lubamatu väärtus "töötaja (100%25)". Lubatud: ametnik, töötaja.`,
		);
		expect(stdout).toContain(
			`::error file=${FIXTURE}/content/positions/osakond/koormus.md,line=6,col=1,title=koormus%2C %25::tundmatu väli "koormus, %25". Kontrolli välja nime kirjapilti.`,
		);
		expect(stdout).toContain(
			`::error file=${FIXTURE}/content/positions/osakond/latin1.md::fail ei ole UTF-8 kodeeringus.`,
		);
	});

	test('--quiet leaves out warnings in the GitHub format too', async () => {
		const { stdout } = await cli('--format', 'github', '--quiet');
		expect(stdout).not.toContain('::warning ');
		expect(stdout).toContain('::error ');
	});

	test('the default human format is unchanged', async () => {
		const { code, stdout } = await cli();
		expect(code).toBe(1);
		expect(stdout.split('\n').filter((line) => /^[✘⚠] /.test(line))).toEqual(
			problems.map(formatProblem),
		);
		expect(stdout).not.toContain('::');
	});

	test('an unknown format is refused in Estonian', async () => {
		const { code, stderr, stdout } = await cli('--format', 'xml');
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.trim()).toBe('Tundmatu väljundi kuju "xml". Lubatud: text, github.');
	});
});
