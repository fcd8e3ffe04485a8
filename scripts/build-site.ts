/**
 * Builds the site atomically into a temporary directory next to dist/ and swaps it in only when
 * everything succeeded: content check (done by the content loader, which prints every problem and
 * stops the build on errors), pages, per-position open data and search index. A failed build leaves
 * the previous dist/ untouched and exits non-zero.
 * The last two steps run here, after Astro's process has exited, so that its memory and the Pagefind
 * processes' are not added together (src/integrations/finish-site.ts); the query expansions' child reads
 * the searchable pages meanwhile, as Astro writes them (followPages there).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'dist' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log('Kasutus: npm run build [-- --out <kaust>]\nKontrollib sisu, ehitab saidi ajutisse kausta ja vahetab selle valmis saidi vastu alles siis, kui kõik õnnestus.');
	process.exit(0);
}

const root = process.cwd();
const out = resolve(root, values.out);
const staging = `${out}.tmp-${process.pid}`;
const previous = `${out}.old-${process.pid}`;

/**
 * Old-space limit for Astro's process, in MiB. V8 sizes its heap by the machine's memory, not by the
 * job: on a 24 GB machine it let the garbage of the 5,000-position build grow to about 1.8 GiB of RSS
 * although the live data never exceeded 0.45 GB after a full collection (node --trace-gc). A limit of
 * about 2.4 times the live data, which grows with the number of content files (0.08 MiB each at 5,000
 * positions), makes V8 collect sooner: 1.5 GiB of RSS at 5,000 positions for a few per cent more time.
 * Since the pages take the loader's model instead of a second copy from Astro's data store, the
 * process peaks at 1.3 GiB, and a limit of 1.6 GiB was no faster (three alternating builds each).
 * Not below 1 GiB, so small sites never collect more often than V8 would anyway.
 */
function astroHeapMiB(contentFiles: number): number {
	return Math.max(1024, Math.ceil(contentFiles * 0.2));
}

function countFiles(dir: string): number {
	return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length : 0;
}

/** Exit status, or the signal that ended the process ("SIGABRT" when V8 ran out of heap). */
function run(args: string[], extraEnv: Record<string, string> = {}): Promise<{ ok: boolean; signal: NodeJS.Signals | null }> {
	return new Promise((resolve, reject) => {
		// Not spawnSync: the parent keeps talking to the query expansions' child meanwhile.
		const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({ ok: code === 0, signal }));
	});
}

rmSync(staging, { recursive: true, force: true });
const astroArgs = [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging];
const astroEnv = { ASTRO_TELEMETRY_DISABLED: '1', SKA_FINISH_AFTER_BUILD: '1' };
const heap = Number(process.env.SKA_ASTRO_HEAP_MIB) || astroHeapMiB(countFiles(join(root, 'content')));
const { finishSite, followPages } = await import('../src/integrations/finish-site.ts');
// The query expansions read the searchable pages while Astro writes them (finish-site.ts followPages).
const enrich = process.env.SEARCH_ENRICHMENT !== '0';
let follower = enrich ? followPages(staging) : undefined;
let astro = await run([`--max-old-space-size=${heap}`, ...astroArgs], astroEnv);
if (!astro.ok && astro.signal === 'SIGABRT') {
	// Content far larger per file than the estimate assumes: correct beats lean, so once more without it.
	console.error(`\nAstro vajas rohkem mälu kui ${heap} MiB: ehitan uuesti ilma piiranguta.`);
	follower?.stop();
	rmSync(staging, { recursive: true, force: true });
	follower = enrich ? followPages(staging) : undefined;
	astro = await run(astroArgs, astroEnv);
}
let built = astro.ok;
if (built) {
	try {
		const expansionsWritten = await follower?.finish();
		await finishSite(staging, (message) => console.log(`${new Date().toTimeString().slice(0, 8)} [finish] ${message}`), { expansionsWritten });
	} catch (error) {
		console.error(`\n${(error as Error).message}`);
		follower?.stop();
		built = false;
	}
} else {
	follower?.stop();
}
if (!built || !existsSync(join(staging, 'index.html')) || !existsSync(join(staging, 'pagefind'))) {
	rmSync(staging, { recursive: true, force: true });
	console.error('\nEhitamine ebaõnnestus: eelmine sait jäi puutumata.');
	process.exit(1);
}

// Two renames: the window in which dist/ is missing is a few microseconds, never half-written.
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
console.log(`\nSait on valmis: ${values.out}/`);
