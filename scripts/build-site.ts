/**
 * npm run build: the site, built in stages into a new folder and swapped in only when every stage
 * succeeded: lock → pages (astro build; the content check runs in its loader) → search index → open
 * data → swap. `dist` is a link to the built site (scripts/lib/build/site-versions.ts), so at every
 * instant it is a complete site; a failed or killed build leaves the previous one untouched.
 */
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkPagefindVersion } from '../src/lib/search/build/pagefind.ts';
import { buildPages } from './lib/build/astro-build.ts';
import { writePositionFiles } from './lib/build/open-data.ts';
import { buildSearch } from './lib/build/search-index.ts';
import { BuildError, lockBuild, newBuildFolder, swapIn } from './lib/build/site-versions.ts';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'dist' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log(
		'Kasutus: npm run build [-- --out <kaust>]\nKontrollib sisu, ehitab saidi uude kausta ja vahetab selle valmis saidi vastu alles siis, kui kõik õnnestus.',
	);
	process.exit(0);
}

const log = (stage: string) => (message: string) =>
	console.log(`${new Date().toTimeString().slice(0, 8)} [${stage}] ${message}`);

let release: (() => void) | undefined;
let site: string | undefined;
try {
	checkPagefindVersion();
	release = lockBuild(values.out);
	site = newBuildFolder(values.out);
	await buildPages(process.cwd(), site);
	await buildSearch(site, log('search'));
	log('open data')(`${writePositionFiles(site)} position files`);
	swapIn(values.out, site);
	console.log(`\nSait on valmis: ${values.out}/`);
} catch (error) {
	if (site) rmSync(site, { recursive: true, force: true });
	const { code, path, message } = error as NodeJS.ErrnoException;
	if (code && !(error instanceof BuildError))
		console.error(`\nFailisüsteemi viga (${code})${path ? `: ${path}` : ''}.`);
	else console.error(`\n${message}`);
	console.error('Ehitamine ebaõnnestus: eelmine sait jäi puutumata.');
	process.exitCode = 1;
} finally {
	release?.();
}
