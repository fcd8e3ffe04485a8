/**
 * The per-position open-data files (/andmed/positions/<id>.json, loaded by the comparison page), split
 * from positions.json rather than rendered as 5,000 Astro routes: the same records, in a fraction of
 * the time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PositionFile, PositionsFile } from '../../../src/lib/lifecycle/open-data.ts';

export function writePositionFiles(site: string): number {
	const { schemaVersion, generated, positions } = JSON.parse(
		readFileSync(join(site, 'andmed/positions.json'), 'utf8'),
	) as PositionsFile;
	mkdirSync(join(site, 'andmed/positions'), { recursive: true });
	for (const position of positions) {
		const file: PositionFile = { schemaVersion, generated, position };
		writeFileSync(
			join(site, `andmed/positions/${position.id}.json`),
			`${JSON.stringify(file, null, '\t')}\n`,
		);
	}
	return positions.length;
}
