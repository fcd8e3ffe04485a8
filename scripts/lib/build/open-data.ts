/**
 * The per-position open-data files (/andmed/positions/<id>.json, loaded by the comparison page), split
 * from positions.json rather than rendered as 5,000 Astro routes: the same records, in a fraction of
 * the time. The records are read one at a time (readJsonRecords): this runs beside Pagefind, and the
 * whole file parsed at once had added about 290 MiB to the build's peak memory at 5,000 positions.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonRecords } from '../../../src/lib/lifecycle/json-text.ts';
import type { PositionFile, PositionsFile } from '../../../src/lib/lifecycle/open-data.ts';

export function writePositionFiles(site: string): number {
	const { outline, records } = readJsonRecords(
		readFileSync(join(site, 'andmed/positions.json')),
		2,
	);
	const { schemaVersion, generated } = outline as PositionsFile;
	mkdirSync(join(site, 'andmed/positions'), { recursive: true });
	let count = 0;
	for (const record of records) {
		const position = record as PositionFile['position'];
		const file: PositionFile = { schemaVersion, generated, position };
		writeFileSync(
			join(site, `andmed/positions/${position.id}.json`),
			`${JSON.stringify(file, null, '\t')}\n`,
		);
		count++;
	}
	return count;
}
