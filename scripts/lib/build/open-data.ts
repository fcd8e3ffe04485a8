/**
 * The per-position open-data files (/andmed/positions/<id>.json, loaded by the comparison page),
 * split from positions.json instead of rendered as 5,000 Astro routes: the records are the same,
 * and splitting takes a fraction of the second per thousand files that the routes took.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PositionFile, PositionsFile } from '../../../src/lib/lifecycle/open-data.ts';

export function writePositionFiles(site: string): number {
	const all = JSON.parse(
		readFileSync(join(site, 'andmed/positions.json'), 'utf8'),
	) as PositionsFile;
	const dir = join(site, 'andmed/positions');
	mkdirSync(dir, { recursive: true });
	for (const position of all.positions) {
		const file: PositionFile = {
			schemaVersion: all.schemaVersion,
			generated: all.generated,
			position,
		};
		writeFileSync(join(dir, `${position.id}.json`), `${JSON.stringify(file, null, '\t')}\n`);
	}
	return all.positions.length;
}
