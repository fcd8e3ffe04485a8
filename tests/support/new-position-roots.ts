/**
 * Temporary content roots for the `npm run new` tests, and the check's verdict on one file there.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { messages } from '../../src/lib/content/messages.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { projectRoot } from '../helpers.ts';

/** The check's date in these tests, so review dates do not age. */
export const TODAY = '2026-11-22';

/** A fresh copy of the real content tree, so tests can add files without touching content/. */
function copyContent(): string {
	const root = mkdtempSync(join(tmpdir(), 'ska-new-position-'));
	cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

const roots: string[] = [];
export function tempRoot(): string {
	const root = copyContent();
	roots.push(root);
	return root;
}
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/**
 * Problems of one file, and how many errors the rest of the tree has (others may be editing it).
 * The scaffold's placeholders, warnings while it is a draft, are counted apart in `placeholders`.
 */
export function check(root: string, file: string) {
	const { problems } = loadContent({ root, today: TODAY });
	const isPlaceholder = (problem: Problem) =>
		problem.severity === 'warning' && problem.message === messages.placeholder('eelnõu');
	return {
		placeholders: problems.filter((problem) => problem.file === file && isPlaceholder(problem))
			.length,
		own: problems.filter((problem) => problem.file === file && !isPlaceholder(problem)),
		otherErrors: problems.filter(
			(problem) => problem.file !== file && problem.severity === 'error',
		).length,
	};
}
