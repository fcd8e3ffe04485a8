/** A throw-away git repository with known commits of one position file, for the history tests. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixtures = fileURLToPath(new URL('../fixtures/lifecycle/', import.meta.url));

export const POSITION_ID = 'teenuste-peaspetsialist';
export const FIRST_PATH = `content/positions/teenuste-osakond/${POSITION_ID}.md`;
export const MOVED_PATH = `content/positions/uus-osakond/${POSITION_ID}.md`;

/** No user config, hooks or signing from the machine running the tests. */
const ENV = {
	...process.env,
	GIT_CONFIG_GLOBAL: '/dev/null',
	GIT_CONFIG_NOSYSTEM: '1',
	GIT_AUTHOR_NAME: 'Testija',
	GIT_AUTHOR_EMAIL: 'testija@example.invalid',
	GIT_COMMITTER_NAME: 'Testija',
	GIT_COMMITTER_EMAIL: 'testija@example.invalid',
};

export function git(cwd: string, args: string[], date?: string): string {
	return execFileSync('git', args, {
		cwd,
		encoding: 'utf8',
		env: date ? { ...ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : ENV,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
}

function put(root: string, path: string, fixture: string): void {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	copyFileSync(join(fixtures, fixture), join(root, path));
}

/**
 * Three commits: v1 added (2025-02-03), v2 modified (2026-02-02, with an editor's note), then the unchanged file moved to
 * another department's folder with a subject that names a person's e-mail (2026-03-02, +02:00).
 * Plus an unrelated commit outside content/positions.
 */
export function createFixtureRepo(): { root: string; cleanup: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'ska-lifecycle-'));
	git(root, ['init', '--quiet', '--initial-branch=main']);
	put(root, FIRST_PATH, 'v1.md');
	git(root, ['add', '-A']);
	git(
		root,
		['commit', '--quiet', '-m', 'Lisa teenuste peaspetsialisti ametijuhend'],
		'2025-02-03T10:00:00+02:00',
	);
	put(root, FIRST_PATH, 'v2.md');
	git(
		root,
		[
			'commit',
			'--quiet',
			'-am',
			'Täienda tööülesandeid ja kompetentse',
			'-m',
			'Selgitus: Muudetud osakonna\n  töökorralduse tõttu.',
		],
		'2026-02-02T09:30:00+02:00',
	);
	mkdirSync(dirname(join(root, MOVED_PATH)), { recursive: true });
	renameSync(join(root, FIRST_PATH), join(root, MOVED_PATH));
	git(root, ['add', '-A']);
	git(
		root,
		['commit', '--quiet', '-m', 'Tõsta üksusesse, küsimused mari.maasikas@example.com'],
		'2026-03-02T12:00:00+02:00',
	);
	mkdirSync(join(root, 'docs'), { recursive: true });
	copyFileSync(join(fixtures, 'v1.md'), join(root, 'docs', 'note.md'));
	git(root, ['add', '-A']);
	git(root, ['commit', '--quiet', '-m', 'Unrelated'], '2026-03-03T12:00:00+02:00');
	return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
