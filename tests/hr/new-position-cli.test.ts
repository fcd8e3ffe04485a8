/** `npm run new` as HR runs it: the command line, its output and its exit codes. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { check, tempRoot } from '../support/new-position-roots.ts';

const run = promisify(execFile);

describe('npm run new (the command line)', () => {
	const script = join(projectRoot, 'scripts/new-position.ts');
	const cli = async (...args: string[]) => {
		try {
			const { stdout, stderr } = await run(process.execPath, [script, ...args], {
				cwd: projectRoot,
			});
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

	test('creates the file, joins an unquoted title and says what to do next', async () => {
		const root = tempRoot();
		const { code, stdout, stderr } = await cli(
			'Kvaliteedi',
			'spetsialist',
			'--unit',
			'ekspertiisitalitus',
			'--root',
			root,
		);
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).toContain(
			'✔ Loodud content/positions/teenuste-osakond/kvaliteedi-spetsialist.md (staatus: eelnõu).',
		);
		expect(stdout).toContain('npm run check');
		expect(
			check(root, 'content/positions/teenuste-osakond/kvaliteedi-spetsialist.md').own,
		).toEqual([]);
	});

	test('warns when no manager could be filled in', async () => {
		const root = tempRoot();
		const { code, stdout } = await cli(
			'Infoturbe spetsialist',
			'--unit',
			'infosusteemide-osakond',
			'--root',
			root,
		);
		expect(code).toBe(0);
		expect(stdout).toContain('⚠ Vahetut juhti ei määratud');
	});

	test('user mistakes: exit code 1, one Estonian line, no stack trace', async () => {
		const root = tempRoot();
		for (const [args, expected] of [
			[['Uus', '--unit', 'ekspertiisitalitu'], 'Kas mõtlesid "ekspertiisitalitus"?'],
			[['--unit', 'ekspertiisitalitus'], 'ametinimetus puudub'],
			[['Kvaliteedi peaspetsialist', '--unit', 'ekspertiisitalitus'], 'on juba olemas'],
			[['Uus', '--unit', 'ekspertiisitalitus', '--bogus'], 'tundmatu võti "--bogus"'],
			[['Uus', '--unit'], 'võtmel "--unit" puudub väärtus'],
		] as const) {
			const { code, stdout, stderr } = await cli(...args, '--root', root);
			expect(code, args.join(' ')).toBe(1);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^✘ /);
			expect(stderr).toContain(expected);
			expect(stderr.trim().split('\n')).toHaveLength(1);
		}
	});

	test('--help explains the options in Estonian', async () => {
		const { code, stdout } = await cli('--help');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Kasutus: npm run new -- "<ametinimetus>" --unit <üksuse-tunnus>/);
		for (const option of ['--unit', '--manager', '--id']) expect(stdout).toContain(option);
	});
});
