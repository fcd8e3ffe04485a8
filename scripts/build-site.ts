/**
 * Builds the site atomically into a temporary directory next to dist/ and swaps it in only when
 * everything succeeded: content check (done by the content loader, which prints every problem and
 * stops the build on errors), pages, per-position open data and search index. A failed build leaves
 * the previous dist/ untouched and exits non-zero.
 * The last two steps run here, after Astro's process has exited, so that its memory and the Pagefind
 * binary's are not added together (src/integrations/finish-site.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { finishSite } from '../src/integrations/finish-site.ts';

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

function run(args: string[], extraEnv: Record<string, string> = {}): boolean {
	const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
	return result.status === 0;
}

rmSync(staging, { recursive: true, force: true });
let built = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
	ASTRO_TELEMETRY_DISABLED: '1',
	SKA_FINISH_AFTER_BUILD: '1',
});
if (built) {
	try {
		await finishSite(staging, (message) => console.log(`${new Date().toTimeString().slice(0, 8)} [finish] ${message}`));
	} catch (error) {
		console.error(`\n${(error as Error).message}`);
		built = false;
	}
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
