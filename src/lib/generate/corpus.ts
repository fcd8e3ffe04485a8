/**
 * Generates a complete, valid content tree of `count` positions from the real content's sentences.
 * Deterministic: the same seed and the same source content give byte-identical files.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SYNONYMS_FILE } from '../search/synonyms.ts';
import { buildPools, type Pools } from './pools.ts';
import { createRng } from './prng.ts';
import { renderCompetency, renderPosition, renderUnit } from './render.ts';
import { buildStructure, type StructureStats } from './structure.ts';

export interface CorpusOptions {
	count: number;
	seed: number;
	/** Project root whose content/ supplies the sentences; ignored when `pools` is given. */
	sourceRoot?: string;
	/** Pools already built, to generate several corpora from one parse. */
	pools?: Pools;
}

export interface CorpusFile {
	/** Path relative to the corpus root, e.g. content/units/arendustalitus.yaml. */
	path: string;
	text: string;
}

export interface CorpusSummary extends StructureStats {
	positions: number;
	stubs: number;
	units: number;
	competencies: number;
}

export interface Corpus {
	files: CorpusFile[];
	summary: CorpusSummary;
}

export function generateCorpus({ count, seed, sourceRoot, pools }: CorpusOptions): Corpus {
	if (!Number.isInteger(count) || count < 1)
		throw new Error(`count must be a positive integer, got ${count}`);
	const sentencePools = pools ?? buildPools(sourceRoot ?? process.cwd());
	const rng = createRng(seed);
	const structure = buildStructure(count, rng.fork('structure'));
	const files: CorpusFile[] = [];
	for (const unit of structure.units)
		files.push({ path: `content/units/${unit.id}.yaml`, text: renderUnit(unit) });
	for (const competency of sentencePools.competencies) {
		files.push({
			path: `content/competencies/${competency.id}.yaml`,
			text: renderCompetency(competency),
		});
	}
	if (sentencePools.synonyms !== undefined)
		files.push({ path: SYNONYMS_FILE, text: sentencePools.synonyms });
	for (const position of structure.positions) {
		// Each position draws from its own stream: its text does not depend on how many came before
		// it.
		const text = renderPosition(position, sentencePools, rng.fork(`position:${position.id}`));
		files.push({ path: `content/positions/${position.unit.folder}/${position.id}.md`, text });
	}
	return {
		files,
		summary: {
			positions: structure.positions.length,
			stubs: structure.positions.filter((position) => position.stub).length,
			units: structure.units.length,
			competencies: sentencePools.competencies.length,
			...structure.stats,
		},
	};
}

/**
 * Writes the files under `outDir`, replacing any content/ folder already there; returns the bytes
 * written.
 */
export function writeCorpus(outDir: string, files: readonly CorpusFile[]): number {
	let bytes = 0;
	rmSync(join(outDir, 'content'), { recursive: true, force: true });
	const made = new Set<string>();
	for (const file of files) {
		const path = join(outDir, file.path);
		const dir = dirname(path);
		if (!made.has(dir)) {
			mkdirSync(dir, { recursive: true });
			made.add(dir);
		}
		const data = Buffer.from(file.text);
		bytes += data.byteLength;
		writeFileSync(path, data);
	}
	return bytes;
}
