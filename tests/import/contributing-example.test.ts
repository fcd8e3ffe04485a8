/**
 * The import example in CONTRIBUTING.md ("Olemasolevate ametijuhendite import") quotes a real run:
 * every quoted output line must be printed by the command on the same files (the layout fixtures,
 * copied under the names the example uses).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { projectRoot } from '../helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'import-example-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the quoted run is what the command prints', () => {
	const contributing = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
	const start = contributing.indexOf('\n## Olemasolevate ametijuhendite import\n');
	expect(start).toBeGreaterThan(-1);
	const section = contributing.slice(start, contributing.indexOf('\n## ', start + 1));
	const blocks = [...section.matchAll(/^```text\n([\s\S]*?)^```$/gmu)].map((match) => match[1]);
	const quoted = blocks
		.slice(1)
		.flatMap((block) => block.split('\n'))
		.filter((line) => line.trim() !== '' && line.trim() !== '…');
	expect(quoted.length).toBeGreaterThan(10);

	const folder = join(root, 'ametijuhendid');
	mkdirSync(folder);
	const layouts = join(projectRoot, 'tests/fixtures/import/layouts/tuning');
	cpSync(join(layouts, 't02-ska-directive-annexes.txt'), join(folder, 'kaskkiri-88.txt'));
	cpSync(join(layouts, 't06-cutoff.txt'), join(folder, 'haldusspetsialist.txt'));
	writeFileSync(join(folder, 'kiri.txt'), 'Tere!\nKohtume reedel.\n');
	const result = spawnSync(
		join(projectRoot, 'node_modules/.bin/node'),
		[
			join(projectRoot, 'scripts/import-documents.ts'),
			'--out',
			join(root, 'valja'),
			'--today',
			'2026-01-01',
			'ametijuhendid/',
		],
		{ cwd: root, env: { ...process.env, INIT_CWD: root }, encoding: 'utf8' },
	);
	expect(result.stderr).toBe('');
	const printed = new Set(result.stdout.split('\n'));
	// The table's rule line is left out of the example; table rows keep their column widths.
	expect(quoted.filter((line) => !printed.has(line))).toEqual([]);
});
