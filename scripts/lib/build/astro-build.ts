/**
 * The pages: `astro build` into the staging folder, in its own process so that its memory is returned
 * when it ends. The content check is part of it: the content loader (src/lib/content/astro-loader.ts)
 * prints every problem and stops the build on errors, so the content is parsed once.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError } from './site-versions.ts';

/**
 * Old-space limit for Astro's process, in MiB. V8 sizes its heap by the machine, not the job: on a
 * 24 GB machine the 5,000-position build grew to about 1.8 GiB of RSS with at most 0.45 GB live
 * (node --trace-gc). About 2.4 times the live data, which grows 0.08 MiB per content file, made it
 * 1.5 GiB for a few per cent more time; not below 1 GiB. SKA_ASTRO_HEAP_MIB overrides it.
 */
function astroHeapMiB(root: string): number {
	const content = join(root, 'content');
	const entries = existsSync(content)
		? readdirSync(content, { recursive: true, withFileTypes: true })
		: [];
	const files = entries.filter((entry) => entry.isFile()).length;
	return Number(process.env.SKA_ASTRO_HEAP_MIB) || Math.max(1024, Math.ceil(files * 0.2));
}

/** Runs node with `args`; resolves to its exit code, or the signal that ended it ("SIGABRT": out of heap). */
const run = (args: string[]) =>
	new Promise<number | NodeJS.Signals | null>((resolve, reject) => {
		const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
		const child = spawn(process.execPath, args, { stdio: 'inherit', env });
		child.on('error', reject);
		child.on('close', (code, signal) => resolve(code ?? signal));
	});

/** Builds the pages of the project at `root` into `outDir`. */
export async function buildPages(root: string, outDir: string): Promise<void> {
	const astro = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
	const heap = astroHeapMiB(root);
	let result = await run([`--max-old-space-size=${heap}`, ...astro]);
	if (result === 'SIGABRT') {
		// Content far larger per file than the estimate assumes: correct beats lean.
		console.error(`\nAstro vajas rohkem mälu kui ${heap} MiB: ehitan uuesti ilma piiranguta.`);
		result = await run(astro);
	}
	if (result !== 0)
		throw new BuildError('Lehtede ehitamine ebaõnnestus (vaata ülal Astro teateid).');
}
