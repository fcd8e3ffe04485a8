/**
 * Builds the site for a measurement: from the project itself, or from a copy of its code with a
 * generated content/ (npm run generate), so the project's own content and caches stay untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from '../../src/lib/generate/corpus.ts';

/** What the site needs besides content/ and node_modules/ to build. */
export const PROJECT_CODE = [
	'src',
	'schemas',
	'public',
	'scripts',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];

/**
 * A node_modules of symlinks to the project's packages: shared code, but Astro's and Vite's caches
 * stay per root.
 */
export function linkModules(projectRoot: string, root: string): void {
	const target = join(root, 'node_modules');
	mkdirSync(target, { recursive: true });
	for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
		if (name === '.astro' || name === '.vite' || name === '.cache') continue;
		symlinkSync(join(projectRoot, 'node_modules', name), join(target, name));
	}
}

/** A root under `work` holding the project's code and a generated corpus of `count` positions. */
export function generatedRoot(
	projectRoot: string,
	work: string,
	count: number,
	seed: number,
): string {
	const root = join(work, 'root');
	mkdirSync(root, { recursive: true });
	for (const name of PROJECT_CODE)
		cpSync(join(projectRoot, name), join(root, name), { recursive: true });
	linkModules(projectRoot, root);
	writeCorpus(root, generateCorpus({ count, seed, sourceRoot: projectRoot }).files);
	return root;
}

/**
 * Runs the project's build (npm run build) of `root` into `outDir` with extra environment variables
 * (build settings such as SEARCH_ENRICHMENT); throws with its last lines on failure.
 */
export function buildSite(root: string, outDir: string, env: Record<string, string> = {}): void {
	const result = spawnSync(
		process.execPath,
		[join(root, 'scripts/build-site.ts'), '--out', outDir],
		{
			cwd: root,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
		},
	);
	if (result.status !== 0) {
		throw new Error(
			`Saidi ehitamine ebaõnnestus:\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`,
		);
	}
}
