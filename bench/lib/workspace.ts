/**
 * The benchmark's temporary roots: a snapshot of the site and the baseline, one root per corpus
 * size and site, and cold builds (earlier output and caches moved away first).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkModules, PROJECT_CODE } from '../../scripts/lib/site-root.ts';
import type { Target } from './options.ts';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The output and the caches Astro and Vite keep: moved away before every build so each one is cold.
 */
export const CACHES = [
	'dist',
	'.dist-builds',
	'.astro',
	'node_modules/.astro',
	'node_modules/.vite',
];

/**
 * Moves an earlier build's files out of the way instead of deleting them; everything is deleted at
 * the end of the run. These machines' root file system is ext4 without a journal: for some 30 s
 * after many files are deleted, creating a file scans past the deleted inodes (perf:
 * `find_inode_bit` → `recently_deleted`, a fifth of Pagefind's CPU). Deleting dist/ right before a
 * 5,000-position build made it 5–10 s slower, more for the site that writes more files; a build in
 * a fresh clone never pays that.
 */
export function discard(path: string, trash: string): void {
	if (!existsSync(path)) return;
	mkdirSync(trash, { recursive: true });
	renameSync(path, join(trash, String(readdirSync(trash).length)));
}

/**
 * Copies the site and the baseline once, at the start: others edit the project while the benchmark
 * runs, and every size must build the same site or growth with N means nothing.
 */
export function snapshot(tmp: string): Record<Target, string> {
	const ours = join(tmp, 'snapshot', 'ours');
	for (const name of PROJECT_CODE)
		if (existsSync(join(projectRoot, name)))
			cpSync(join(projectRoot, name), join(ours, name), { recursive: true });
	const baseline = join(tmp, 'snapshot', 'baseline');
	cpSync(join(projectRoot, 'bench', 'baseline'), baseline, { recursive: true });
	return { ours, baseline };
}

export function routeFiles(site: string): string[] {
	const pages = join(site, 'src', 'pages');
	return readdirSync(pages, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(pages.length + 1))
		.sort();
}

export function prepare(root: string, source: string): void {
	cpSync(source, root, { recursive: true });
	linkModules(projectRoot, root);
}
