/**
 * At every instant dist/ is a complete site: npm run build (scripts/build-site.ts) writes into a
 * new folder and swaps it in (scripts/lib/build/site-versions.ts) only when the check, the pages
 * and the search index all succeeded; a killed build is cleaned up by the next one; two builds
 * never run in one checkout.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
	existsSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
	BuildError,
	buildsFolder,
	lockBuild,
	newBuildFolder,
	swapIn,
} from '../scripts/lib/build/site-versions.ts';
import { copyProject } from './support/project-copy.ts';

let root: string;

afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

/** The pid of a process that has ended. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
		encoding: 'utf8',
	});
	return Number(child.stdout);
}

describe('site versions', () => {
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'ska-versions-'));
	});

	test('a second lock in the same checkout is refused while its holder lives, and taken over once it is dead', () => {
		const out = join(root, 'dist');
		const release = lockBuild(out);
		expect(() => lockBuild(out)).toThrow(BuildError);
		expect(() => lockBuild(out)).toThrow(
			`Samas kaustas käib juba teine ehitus (protsess ${process.pid})`,
		);
		release();
		writeFileSync(join(buildsFolder(out), 'ehitus.lock'), `${deadPid()}\n`);
		const again = lockBuild(out);
		expect(readFileSync(join(buildsFolder(out), 'ehitus.lock'), 'utf8')).toBe(
			`${process.pid}\n`,
		);
		again();
		expect(readdirSync(buildsFolder(out))).toEqual([]);
	});

	test('swaps a real folder, then a link, for a link to the new site, and removes the old sites and stale folders', () => {
		const out = join(root, 'dist');
		mkdirSync(out);
		writeFileSync(join(out, 'index.html'), 'vana');
		lockBuild(out);
		const first = newBuildFolder(out);
		writeFileSync(join(first, 'index.html'), 'esimene');
		swapIn(out, first);
		expect(lstatSync(out).isSymbolicLink()).toBe(true);
		expect(readlinkSync(out)).toBe(`.dist-builds/${basename(first)}`);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('esimene');
		// A killed build's folder and link.
		mkdirSync(join(buildsFolder(out), 'tapetud'));
		symlinkSync('x', join(buildsFolder(out), 'link-1'));
		const second = newBuildFolder(out);
		expect(readdirSync(buildsFolder(out)).sort()).toEqual(
			[basename(first), basename(second), 'ehitus.lock'].sort(),
		);
		writeFileSync(join(second, 'index.html'), 'teine');
		swapIn(out, second);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('teine');
		expect(readdirSync(buildsFolder(out)).sort()).toEqual([basename(second), 'ehitus.lock']);
	});
});

describe('npm run build', () => {
	beforeEach(() => {
		root = copyProject('ska-atomic-');
		mkdirSync(join(root, 'dist'));
		writeFileSync(join(root, 'dist', 'index.html'), 'previous site');
	});

	const env = () => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1' });

	function build(...args: string[]) {
		return spawnSync(process.execPath, [join(root, 'scripts/build-site.ts'), ...args], {
			cwd: root,
			encoding: 'utf8',
			env: env(),
		});
	}

	/** A build in its own process group, so that it can be killed with Astro's process, as Ctrl-C would. */
	function startBuild() {
		const child = spawn(process.execPath, [join(root, 'scripts/build-site.ts')], {
			cwd: root,
			env: env(),
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
		const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
		return {
			until: async (done: (output: string) => boolean) => {
				while (!done(output)) {
					if (child.exitCode !== null)
						throw new Error(`the build ended first:\n${output}`);
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
			},
			kill: async () => {
				process.kill(-child.pid!, 'SIGKILL');
				await exited;
			},
		};
	}

	/** Entries of the builds folder other than the site dist/ links to. */
	function leftovers() {
		const folder = buildsFolder(join(root, 'dist'));
		const live = lstatSync(join(root, 'dist')).isSymbolicLink()
			? basename(readlinkSync(join(root, 'dist')))
			: undefined;
		return existsSync(folder) ? readdirSync(folder).filter((name) => name !== live) : [];
	}

	const noStackTrace = /Stack trace|at \w+ \(|at file:|node:internal/;

	test('a content error stops the build with every problem listed, no stack trace, and keeps the previous dist/', () => {
		const file = join(root, 'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(
				'unit: ekspertiisitalitus',
				'unit: ekspertiisitallitus',
			),
		);
		const result = build();
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'unit  struktuuriüksust "ekspertiisitallitus" ei ole (kaust content/units). Kas mõtlesid "ekspertiisitalitus"?',
		);
		expect(result.stderr).not.toMatch(noStackTrace);
		expect(result.stderr).toContain('eelmine sait jäi puutumata');
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous site');
		expect(leftovers()).toEqual([]);
	}, 120_000);

	test('a page that fails to render keeps the previous dist/ and removes the half-built one', () => {
		writeFileSync(
			join(root, 'src/pages/rikki.astro'),
			"---\nthrow new Error('rikkis leht');\n---\n<p>x</p>\n",
		);
		const result = build();
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('eelmine sait jäi puutumata');
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous site');
		expect(leftovers()).toEqual([]);
	}, 120_000);

	test('a build killed while it writes pages leaves the previous dist/, and the next build removes what it left and its lock', async () => {
		const killed = startBuild();
		// Astro is writing the pages, which takes seconds; the stages after it take less than a second on
		// this small site, so a kill at its "Complete!" line raced the end of the build.
		await killed.until((output) => output.includes('/ametikohad/'));
		await killed.kill();
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous site');
		expect(leftovers().sort()).toEqual([expect.stringMatching(/^\d{4}-/), 'ehitus.lock']);
		const result = build();
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toMatch(/<html lang="et"/);
		expect(existsSync(join(root, 'dist/pagefind/pagefind.js'))).toBe(true);
		expect(leftovers()).toEqual([]);
	}, 240_000);

	test('a second build in the same checkout stops with a clear message while the first runs', async () => {
		const first = startBuild();
		try {
			await first.until(() =>
				existsSync(join(buildsFolder(join(root, 'dist')), 'ehitus.lock')),
			);
			const second = build();
			expect(second.status).toBe(1);
			expect(second.stderr).toMatch(
				/Samas kaustas käib juba teine ehitus \(protsess \d+\): oota, kuni see lõpeb/,
			);
			expect(second.stderr).not.toMatch(noStackTrace);
		} finally {
			await first.kill();
		}
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('previous site');
	}, 120_000);

	test('a file-system error is one Estonian line, without a stack trace', () => {
		writeFileSync(join(root, 'fail'), '');
		const result = build('--out', 'fail/dist');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Failisüsteemi viga (ENOTDIR)');
		expect(result.stderr).not.toMatch(noStackTrace);
	});
});
