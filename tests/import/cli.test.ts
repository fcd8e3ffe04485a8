/**
 * The import command: writing files (never over an existing one without --force), --dry-run,
 * several files referring to each other, the summary and exit codes, and that what it writes passes
 * the content check.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatTable } from '../../src/lib/import/report.ts';
import { runImport } from '../../src/lib/import/run.ts';
import { buildDocx } from '../fixtures/import/build.ts';
import { projectRoot } from '../helpers.ts';
import { SEEDS } from './helpers.ts';

const seedPaths = SEEDS.map(({ seed }) => join(projectRoot, 'tests/fixtures/seeds', seed));
const folders: string[] = [];
const temporary = (prefix: string) => {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	folders.push(folder);
	return folder;
};
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the project's content without the given position files (units and catalogue kept). */
function projectCopy(without: readonly string[]): string {
	const root = temporary('import-root-');
	cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
	for (const file of without) rmSync(join(root, file));
	return root;
}

describe('runImport', () => {
	test('writes the files, refuses to overwrite them, and overwrites with --force', async () => {
		const out = temporary('import-out-');
		const options = {
			inputs: seedPaths,
			root: projectRoot,
			out,
			dryRun: false,
			force: false,
			today: '2024-01-01',
		};
		const first = await runImport(options);
		expect(first.exitCode).toBe(0);
		expect(first.outcomes.map((outcome) => [outcome.action, outcome.attention])).toEqual(
			SEEDS.map(() => ['written', 0]),
		);
		for (const { file } of SEEDS) expect(existsSync(join(out, file)), file).toBe(true);

		const target = join(out, SEEDS[0].file);
		writeFileSync(target, 'käsitsi muudetud\n');
		const second = await runImport(options);
		expect(second.exitCode).toBe(1);
		expect(second.outcomes.map((outcome) => outcome.action)).toEqual(SEEDS.map(() => 'exists'));
		expect(readFileSync(target, 'utf8')).toBe('käsitsi muudetud\n');
		expect(formatTable(second.outcomes).at(-1)).toMatch(
			/ekspert-kvaliteet-ja-seire\s+6\/7\s+8\s+18\s+0\s+0\s+vajab tähelepanu \(1\)$/u,
		);

		const forced = await runImport({ ...options, force: true });
		expect(forced.exitCode).toBe(0);
		expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle: Kvaliteedi peaspetsialist\n/u);
	});

	test('--dry-run writes nothing', async () => {
		const out = temporary('import-dry-');
		const result = await runImport({
			inputs: seedPaths.slice(0, 1),
			root: projectRoot,
			out,
			dryRun: true,
			force: false,
		});
		expect(result.outcomes[0].action).toBe('dry-run');
		expect(result.outcomes[0].imported?.markdown).toMatch(
			/^---\ntitle: Kvaliteedi peaspetsialist/u,
		);
		expect(statSync(out).isDirectory() && !existsSync(join(out, 'content'))).toBe(true);
		expect(result.exitCode).toBe(0);
	});

	test('--dry-run says when the real run would refuse to overwrite', async () => {
		const intoProject = await runImport({
			inputs: seedPaths.slice(0, 1),
			root: projectRoot,
			out: projectRoot,
			dryRun: true,
			force: false,
		});
		const attention = intoProject.outcomes[0].report.filter(
			(item) => item.severity === 'attention',
		);
		expect(attention.map((item) => item.message)).toEqual([
			'fail content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md on juba olemas; seda ei kirjutatud üle. Kasuta --force, kui tahad selle asendada (ka siis, kui see on mall stub: true).',
		]);
		expect(intoProject.exitCode).toBe(1);
	});

	test('first import of all five seeds into content without them passes the content check', async () => {
		const root = projectCopy(SEEDS.map(({ file }) => file));
		const result = await runImport({
			inputs: seedPaths,
			root,
			out: root,
			dryRun: false,
			force: false,
			today: '2024-01-01',
		});
		expect(result.outcomes.map((outcome) => outcome.imported?.path)).toEqual(
			SEEDS.map(({ file }) => file),
		);
		const check = loadContent({ root, today: '2024-01-01' });
		expect(check.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(check.model.positions.size).toBe(11);
	});

	test('files of one run can refer to each other', async () => {
		const root = projectCopy([SEEDS[0].file]);
		const docx = join(temporary('import-docx-'), 'analüütik.docx');
		writeFileSync(docx, await buildDocx());
		const alone = await runImport({
			inputs: [docx],
			root,
			out: root,
			dryRun: true,
			force: false,
		});
		expect(alone.outcomes[0].imported?.position.frontmatter.substitutes).toEqual([]);
		expect(alone.exitCode).toBe(1);

		const together = await runImport({
			inputs: [docx, seedPaths[0]],
			root,
			out: root,
			dryRun: false,
			force: false,
			today: '2024-01-01',
		});
		expect(together.outcomes[0].imported?.position.frontmatter.substitutes).toEqual([
			'kvaliteedi-peaspetsialist',
		]);
		expect(together.exitCode).toBe(0);
		expect(
			loadContent({ root, today: '2024-01-01' }).problems.filter(
				(problem) => problem.severity === 'error',
			),
		).toEqual([]);
	});

	test('an unreadable file is reported and the others are still imported', async () => {
		const out = temporary('import-mixed-');
		const result = await runImport({
			inputs: [join(out, 'puudub.pdf'), seedPaths[4]],
			root: projectRoot,
			out,
			dryRun: false,
			force: false,
		});
		expect(result.outcomes.map((outcome) => [outcome.failure, outcome.action])).toEqual([
			['faili ei ole. Kontrolli faili nime ja kausta.', undefined],
			[undefined, 'written'],
		]);
		expect(result.exitCode).toBe(1);
	});
});

describe('npm run import', () => {
	const run = (...args: string[]) =>
		spawnSync(process.execPath, ['scripts/import-documents.ts', ...args], {
			cwd: projectRoot,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1' },
		});

	test('--help explains the command in Estonian', () => {
		const result = run('--help');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(
			/^Kasutus: npm run import -- \[--out <kaust>\] \[--dry-run\] \[--force\] \[--title <nimetus>\] \[--unit <üksus>\] <fail või kaust…>/u,
		);
	});

	test('wrong use: exit code 2 and an Estonian message', () => {
		expect(run()).toMatchObject({
			status: 2,
			// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types its asymmetric matchers as any
			stderr: expect.stringMatching(/^✘ anna vähemalt üks imporditav fail/u),
		});
		expect(run('--bogus', 'x.txt')).toMatchObject({
			status: 2,
			stderr: '✘ tundmatu võti "--bogus". Vaata "npm run import -- --help".\n',
		});
	});

	test('a run prints one line per file, the table and the summary; user errors without a stack trace', () => {
		const out = temporary('import-cli-');
		const result = run(
			'--out',
			out,
			'--today',
			'2024-01-01',
			seedPaths[4],
			join(out, 'vigane.pdf'),
		);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe('');
		expect(result.stdout).not.toMatch(/^\s+at /mu);
		expect(result.stdout).toContain(
			`[1/2] ${seedPaths[4]}\n[2/2] ${join(out, 'vigane.pdf')}\n`,
		);
		expect(result.stdout).toContain(
			`✔ ${seedPaths[4]} → kirjutatud content/positions/ohvriabi-osakond/ekspert-kvaliteet-ja-seire.md  OK\n`,
		);
		expect(result.stdout).toContain(
			`✘ ${join(out, 'vigane.pdf')}  viga\n    ✘ faili ei ole. Kontrolli faili nime ja kausta.\n`,
		);
		expect(result.stdout).toMatch(
			/^fail\s+tunnus\s+välju\s+ülesandeid\s+tulemusi\s+kompetentse\s+TODO\s+olek$/mu,
		);
		expect(result.stdout).toMatch(
			/^004_cccb7aed7b961e8a\.txt\s+ekspert-kvaliteet-ja-seire\s+6\/7\s+8\s+18\s+0\s+0\s+OK$/mu,
		);
		expect(result.stdout).toContain(
			'2 faili, 1 ametijuhend; tabelis vajab tähelepanu 1 rida.\n',
		);
	});

	test('--dry-run prints the file that would be written', () => {
		const out = temporary('import-cli-dry-');
		const result = run('--dry-run', '--out', out, seedPaths[0]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'----- content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md -----\n---\ntitle: Kvaliteedi peaspetsialist\n',
		);
		expect(existsSync(join(out, 'content'))).toBe(false);
	});
});
