/**
 * npm run build: the site, built in stages into a new folder and swapped in only when every stage
 * succeeded: lock → pages (astro build; the content check runs in its loader) → search index, with
 * the open data beside it → swap. `dist` is a link to the built site (scripts/lib/build/site-versions.ts),
 * so at every instant it is a complete site; a failed or killed build leaves the previous one untouched.
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
	const folder = (site = newBuildFolder(values.out));
	await buildPages(process.cwd(), folder);
	// The open-data files are written while Pagefind's processes index the pages (neither reads what
	// the other writes). Settled, so that no Pagefind process still writes into a failed build's
	// folder as it is removed.
	const [search, openData] = await Promise.allSettled([
		buildSearch(folder, log('search')),
		new Promise<number>((resolve) => resolve(writePositionFiles(folder))),
	]);
	if (search.status === 'rejected') throw search.reason;
	if (openData.status === 'rejected') throw openData.reason;
	log('open data')(`${openData.value} position files`);
	swapIn(values.out, folder);
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
