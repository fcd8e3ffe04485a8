/**
 * The pages: `astro build` into the staging folder, in its own process so that its memory is returned
 * when it ends. The content check is part of it: the content loader (src/lib/content/astro-loader.ts)
 * prints every problem and stops the build on errors, so the content is parsed once.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { BuildError } from './site-versions.ts';

/** Builds the pages of the project at `root` into `outDir`. */
export async function buildPages(root: string, outDir: string): Promise<void> {
	const astro = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	const child = spawn(process.execPath, astro, { stdio: 'inherit', env });
	const [code] = (await once(child, 'close')) as [number | null];
	if (code !== 0)
		throw new BuildError('Lehtede ehitamine ebaõnnestus (vaata ülal Astro teateid).');
}
