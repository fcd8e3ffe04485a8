/**
 * A failed build leaves the previous site untouched: npm run build (scripts/build-site.ts) writes into a
 * temporary folder and swaps it in only when the check, the pages and the search index all succeeded.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { projectRoot } from './helpers.ts';

let root: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'ska-atomic-'));
	for (const name of ['scripts', 'src', 'schemas', 'content', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
		cpSync(join(projectRoot, name), join(root, name), { recursive: true });
	}
	symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
	mkdirSync(join(root, 'dist'));
	writeFileSync(join(root, 'dist', 'index.html'), 'previous site');
});

afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

function build() {
	return spawnSync(process.execPath, [join(root, 'scripts/build-site.ts')], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
}

function leftovers() {
	return readdirSync(root).filter((name) => name.startsWith('dist.'));
}

describe('npm run build', () => {
	test('a content error stops the build with every problem listed, no stack trace, and keeps the previous dist/', () => {
		const file = join(root, 'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace('unit: ekspertiisitalitus', 'unit: ekspertiisitallitus'));
		const result = build();
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('unit  struktuuriüksust "ekspertiisitallitus" ei ole (kaust content/units). Kas mõtlesid "ekspertiisitalitus"?');
		expect(result.stderr).not.toMatch(/Stack trace|at \w+ \(/);
		expect(result.stderr).toContain('eelmine sait jäi puutumata');
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous site');
		expect(leftovers()).toEqual([]);
	}, 120_000);

	test('a page that fails to render keeps the previous dist/ and removes the half-built one', () => {
		writeFileSync(join(root, 'src/pages/rikki.astro'), "---\nthrow new Error('rikkis leht');\n---\n<p>x</p>\n");
		const result = build();
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('eelmine sait jäi puutumata');
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous site');
		expect(leftovers()).toEqual([]);
	}, 120_000);

	test('a successful build replaces dist/ as a whole', () => {
		const result = build();
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toMatch(/<html lang="et"/);
		expect(existsSync(join(root, 'dist/pagefind/pagefind.js'))).toBe(true);
		expect(leftovers()).toEqual([]);
	}, 120_000);
});
