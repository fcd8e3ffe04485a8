/**
 * The content files a change touched, from git: what differs from the merge base with the target
 * branch (committed or not), plus new untracked files. `npm run check --quiet` shows warnings only for
 * these, so a pull request shows its own warnings and not the tree's old ones.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

/** Branches tried as the target when none is given: the pull request's base in GitHub Actions, then main. */
function candidateBases(): string[] {
	const pullRequestBase = process.env.GITHUB_BASE_REF;
	return [...(pullRequestBase ? [`origin/${pullRequestBase}`, pullRequestBase] : []), 'origin/main', 'main'];
}

function git(root: string, args: string[]): string | undefined {
	try {
		return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		return undefined;
	}
}

/**
 * Paths relative to `root` (forward slashes) that the change touched; undefined when git cannot tell
 * (no repository, no target branch), so the caller can say so instead of guessing.
 */
export function touchedFiles(root: string, base?: string): { files: Set<string>; base: string } | undefined {
	const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
	if (top === undefined) return undefined;
	for (const candidate of base === undefined ? candidateBases() : [base]) {
		const mergeBase = git(root, ['merge-base', 'HEAD', candidate])?.trim();
		if (!mergeBase) continue;
		// Without a commit range, diff compares the merge base with the working tree: commits and edits alike.
		const changed = git(top, ['diff', '--name-only', '--no-renames', '-z', mergeBase]);
		const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
		if (changed === undefined || untracked === undefined) return undefined;
		const files = new Set<string>();
		for (const path of [...changed.split('\0'), ...untracked.split('\0')]) {
			if (path === '') continue;
			files.add(relative(resolve(root), resolve(top, path)).split(sep).join('/'));
		}
		return { files, base: candidate };
	}
	return undefined;
}
