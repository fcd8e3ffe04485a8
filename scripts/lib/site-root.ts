/**
 * Builds the site for a measurement: from the project itself, or from a copy of its code with a
 * generated content/ (npm run generate), so the project's own content and caches stay untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from '../../src/lib/generate/corpus.ts';

const CODE = [
	'src',
	'schemas',
	'public',
	'scripts',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];

/** A root under `work` holding the project's code and a generated corpus of `count` positions. */
export function generatedRoot(
	projectRoot: string,
	work: string,
	count: number,
	seed: number,
): string {
	const root = join(work, 'root');
	mkdirSync(root, { recursive: true });
	for (const name of CODE) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
	// Packages are shared; Astro's caches stay per root.
	mkdirSync(join(root, 'node_modules'));
	for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
		if (name !== '.astro' && name !== '.vite')
			symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
	}
	writeCorpus(root, generateCorpus({ count, seed, sourceRoot: projectRoot }).files);
	return root;
}

/** Runs the project's build (npm run build) of `root` into `outDir`; throws with its last lines on failure. */
export function buildSite(root: string, outDir: string): void {
	const result = spawnSync(
		process.execPath,
		[join(root, 'scripts/build-site.ts'), '--out', outDir],
		{
			cwd: root,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
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
