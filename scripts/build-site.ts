/**
 * Builds the site atomically into a temporary directory next to dist/ and swaps it in only when
 * everything succeeded: content check (done by the content loader, which prints every problem and
 * stops the build on errors), pages and search index. A failed build leaves the previous dist/
 * untouched and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
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

function run(args: string[], extraEnv: Record<string, string> = {}): boolean {
	const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
	return result.status === 0;
}

rmSync(staging, { recursive: true, force: true });
const built = run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
	ASTRO_TELEMETRY_DISABLED: '1',
});
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
