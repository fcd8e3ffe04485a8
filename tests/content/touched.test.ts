import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { touchedFiles } from '../../src/lib/content/touched.ts';
import { projectRoot } from '../helpers.ts';

const run = promisify(execFile);
const TODAY = '2026-11-22';
const OVERDUE = 'content/positions/oiguse-ja-jarelevalve-osakond/jarelevalve-juhtivspetsialist.md';
const EDITED = 'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md';

describe('--quiet shows the warnings of the files a change touched', () => {
	let root: string;
	const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'ska-touched-'));
		cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
		git('init', '-q', '-b', 'main');
		git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'add', '.');
		git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'content');
		git('checkout', '-qb', 'hr-edit');
		// An edit that adds a warning (an asymmetric substitute) to one file, not committed yet.
		const path = join(root, EDITED);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/^substitutes: .*$/m, 'substitutes: [haldusspetsialist]'));
		writeFileSync(join(root, 'content/units/uus.yaml'), 'name: Uus\n');
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('touchedFiles: changed against the merge base, committed or not, and new files', () => {
		expect(touchedFiles(root)).toEqual({ files: new Set([EDITED, 'content/units/uus.yaml']), base: 'main' });
		expect(touchedFiles(root, 'no-such-branch')).toBeUndefined();
		expect(touchedFiles(tmpdir())).toBeUndefined();
	});

	test('the check hides the old overdue warning, shows the new one and every error', async () => {
		const cli = async (...args: string[]) => {
			try {
				return (await run(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), '--root', root, '--today', TODAY, ...args], { cwd: root })).stdout;
			} catch (error) {
				return (error as { stdout: string }).stdout;
			}
		};
		const all = await cli();
		expect(all).toContain(`⚠ ${OVERDUE}`);
		const quiet = await cli('--quiet');
		expect(quiet).not.toContain(OVERDUE);
		expect(quiet).toContain(`⚠ ${EDITED}`);
		expect(quiet).toContain('✘ content/units/uus.yaml');
		expect(quiet).toMatch(/\d+ hoiatus(t)? failides, mida see muudatus \(võrreldes haruga main\) ei puuduta, on peidetud \(--quiet\)\./);
	});
});
