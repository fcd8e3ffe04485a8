import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PositionFile, PositionsFile } from '../lib/lifecycle/open-data.ts';

/** Position, unit and competency pages: the only pages with data-pagefind-body. */
export const SEARCHABLE_PAGES = '{ametikohad,uksused,kompetentsid}/*/index.html';

/**
 * What runs over the written pages: the per-position open-data files and the search index.
 * `scripts/build-site.ts` (npm run build) runs it after Astro's process has exited, so Astro's heap and
 * the Pagefind binary (the two largest consumers, about 1.7 and 3 GB at 5,000 positions) are never
 * resident at the same time; a bare `astro build` runs it from the integration in pagefind.ts.
 */
export async function finishSite(site: string, log: (message: string) => void): Promise<void> {
	const started = performance.now();
	const files = writePositionFiles(site);
	log(`open data: ${files} position files in ${Math.round(performance.now() - started)} ms`);
	const pages = await buildSearchIndex(site);
	log(`search index: ${pages} pages`);
}

/**
 * One file per position (/andmed/positions/<id>.json, loaded by the comparison page), split from
 * positions.json instead of rendered as 5,000 Astro routes: the records are the same, and splitting
 * takes a fraction of the second per thousand files that the routes took.
 */
export function writePositionFiles(site: string): number {
	const all = JSON.parse(readFileSync(join(site, 'andmed/positions.json'), 'utf8')) as PositionsFile;
	const dir = join(site, 'andmed/positions');
	mkdirSync(dir, { recursive: true });
	for (const position of all.positions) {
		const file: PositionFile = { schemaVersion: all.schemaVersion, generated: all.generated, position };
		writeFileSync(join(dir, `${position.id}.json`), `${JSON.stringify(file, null, '\t')}\n`);
	}
	return all.positions.length;
}

/**
 * Builds the Pagefind index. Any Pagefind error throws: a site whose search silently returns nothing
 * is worse than no new site. Only elements marked data-pagefind-body are indexed, so navigation and
 * page chrome stay out, and only the page kinds that carry it are read at all.
 */
export async function buildSearchIndex(site: string): Promise<number> {
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'et' });
		if (!index || errors.length > 0) throw new Error(errors.join('\n') || 'Pagefind did not start');
		const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
		if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
		if (added.page_count === 0) throw new Error('no page has data-pagefind-body');
		const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
		if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}
