/** The pages: `astro build` into the staging folder, in its own process so that its memory is returned when it ends. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BuildError } from './site-versions.ts';

/**
 * Old-space limit for Astro's process, in MiB. V8 sizes its heap by the machine's memory, not by
 * the job: on a 24 GB machine it let the garbage of the 5,000-position build grow to about 1.8 GiB
 * of RSS although the live data never exceeded 0.45 GB after a full collection (node --trace-gc). A
 * limit of about 2.4 times the live data, which grows with the number of content files (0.08 MiB
 * each at 5,000 positions), makes V8 collect sooner: 1.5 GiB of RSS at 5,000 positions for a few
 * per cent more time. Not below 1 GiB, so small sites never collect more often than V8 would
 * anyway. SKA_ASTRO_HEAP_MIB overrides it.
 */
function astroHeapMiB(root: string): number {
	const content = join(root, 'content');
	const files = existsSync(content)
		? readdirSync(content, { recursive: true, withFileTypes: true }).filter((entry) =>
				entry.isFile(),
			).length
		: 0;
	return Number(process.env.SKA_ASTRO_HEAP_MIB) || Math.max(1024, Math.ceil(files * 0.2));
}

/** Exit status, or the signal that ended the process ("SIGABRT" when V8 ran out of heap). */
function run(args: string[]): Promise<{ ok: boolean; signal: NodeJS.Signals | null }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			stdio: 'inherit',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({ ok: code === 0, signal }));
	});
}

/**
 * Builds the pages of the project at `root` into `outDir`. The content check is part of it: the
 * content loader (src/lib/content/astro-loader.ts) prints every problem and stops the build on
 * errors, so the content is parsed once.
 */
export async function buildPages(root: string, outDir: string): Promise<void> {
	const astro = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir];
	const heap = astroHeapMiB(root);
	let result = await run([`--max-old-space-size=${heap}`, ...astro]);
	if (!result.ok && result.signal === 'SIGABRT') {
		// Content far larger per file than the estimate assumes: correct beats lean, so once more
		// without it.
		console.error(`\nAstro vajas rohkem mälu kui ${heap} MiB: ehitan uuesti ilma piiranguta.`);
		result = await run(astro);
	}
	if (!result.ok)
		throw new BuildError('Lehtede ehitamine ebaõnnestus (vaata ülal Astro teateid).');
}
