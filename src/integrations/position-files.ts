/**
 * The per-position open-data files (/andmed/positions/<id>.json, loaded by the comparison page), split from
 * positions.json instead of rendered as 5,000 Astro routes: the records are the same, and splitting takes a
 * fraction of the second per thousand files that the routes took.
 *
 * Run as a script (`node position-files.ts <site>`), it writes them and prints the count: finishSite runs it
 * so, beside the Pagefind binary, which leaves part of the second core idle.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PositionFile, PositionsFile } from '../lib/lifecycle/open-data.ts';

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

if (import.meta.main) {
	const site = process.argv[2];
	if (!site) throw new Error('usage: node position-files.ts <site directory>');
	console.log(writePositionFiles(site));
}
