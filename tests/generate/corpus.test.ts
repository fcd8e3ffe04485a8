import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { generateCorpus, writeCorpus, type CorpusFile } from '../../src/lib/generate/corpus.ts';
import { buildPools } from '../../src/lib/generate/pools.ts';
import { readSynonyms, SYNONYMS_FILE } from '../../src/lib/search/synonyms.ts';
import { projectRoot } from '../helpers.ts';

const pools = buildPools(projectRoot);
const concat = (files: readonly CorpusFile[]) =>
	files.map((file) => `${file.path}\n${file.text}`).join('\0');

describe('generateCorpus', () => {
	test('the same seed gives the same bytes, another seed other bytes', () => {
		const a = generateCorpus({ count: 120, seed: 42, pools });
		const b = generateCorpus({ count: 120, seed: 42, pools });
		const c = generateCorpus({ count: 120, seed: 43, pools });
		expect(concat(a.files)).toBe(concat(b.files));
		expect(concat(c.files)).not.toBe(concat(a.files));
	});

	test('a position does not change when an unrelated draw is added elsewhere', () => {
		// Per-position streams: the agency head's text depends only on the seed and its id.
		const small = generateCorpus({ count: 120, seed: 5, pools }).files.find((file) =>
			file.path.endsWith('/peadirektor.md'),
		);
		const large = generateCorpus({ count: 400, seed: 5, pools }).files.find((file) =>
			file.path.endsWith('/peadirektor.md'),
		);
		expect(small?.text).toBeDefined();
		expect(small?.text.split('---')[2]).toBe(large?.text.split('---')[2]);
	});

	test('positions carry 5–20 duties, some with sub-duties, and recombined rather than copied text', () => {
		const { files } = generateCorpus({ count: 300, seed: 9, pools });
		const bodies = files
			.filter((file) => file.path.endsWith('.md') && !file.text.includes('stub: true'))
			.map((file) => file.text);
		const dutyCounts = bodies.map((text) => text.match(/^### 3\.\d+\. /gm)?.length ?? 0);
		expect(Math.min(...dutyCounts)).toBeGreaterThanOrEqual(5);
		expect(Math.max(...dutyCounts)).toBeLessThanOrEqual(20);
		expect(new Set(dutyCounts).size).toBeGreaterThan(10);
		expect(bodies.some((text) => /^#### 3\.\d+\.1\. /m.test(text))).toBe(true);
		expect(new Set(bodies).size).toBe(bodies.length);
	});
});

describe('a generated corpus on disk', () => {
	const root = mkdtempSync(join(tmpdir(), 'ska-generate-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const count = 150;
	const { files, summary } = generateCorpus({ count, seed: 1, pools });
	writeCorpus(root, files);
	const loaded = loadContent({ root, today: '2026-01-01' });

	test('loads with the project parser without a single error', () => {
		const errors = loaded.problems.filter((problem) => problem.severity === 'error');
		expect(errors).toEqual([]);
		expect(loaded.model.positions.size).toBe(count);
		expect(loaded.model.units.size).toBe(summary.units);
		// Every file but the synonym list, which the search reads (readSynonyms), not the model.
		expect(loaded.fileCount).toBe(files.length - 1);
	});

	test('carries the source’s search synonym list, valid as it is', () => {
		expect(files.filter((file) => file.path === SYNONYMS_FILE)).toHaveLength(1);
		const { synonyms, problems } = readSynonyms(root);
		expect(problems).toEqual([]);
		expect(synonyms.synonyms.length).toBeGreaterThan(10);
	});

	test('the only warnings are the kinds a real tree has', () => {
		const kinds = new Set(
			loaded.problems.map((problem) => problem.field.replace(/\.\d+$/, '')),
		);
		for (const kind of kinds)
			expect([
				'lastReviewed',
				'substitutedBy',
				'substitutes',
				'Tööülesanded',
				'Töövahendid',
				'Ametijuhendi muutmine',
			]).toContain(kind);
	});

	test('competencies are referenced by canonical names and by aliases', () => {
		const names = [...loaded.model.positions.values()].flatMap((position) =>
			[...position.competencies.core, ...position.competencies.additional].map(
				(ref) => ref.name,
			),
		);
		const aliases = new Set(
			[...loaded.model.competencies.values()].flatMap((competency) => competency.aliases),
		);
		expect(names.some((name) => aliases.has(name))).toBe(true);
		expect(loaded.model.competencyUsage.size).toBeGreaterThan(10);
	});

	test('the derived model sees managers and substitutes in both directions', () => {
		const director = [...loaded.model.positions.values()].filter(
			(position) => position.manager === undefined,
		);
		expect(director.map((position) => position.id)).toEqual(['peadirektor']);
		expect(loaded.model.subordinates.get('peadirektor')?.length).toBeGreaterThanOrEqual(1);
		const links = [...loaded.model.substitutedBy.values()].flat();
		expect(links.some((link) => link.samePosition)).toBe(true);
		expect(
			links.some((link) => !link.samePosition && link.declaredHere && link.declaredThere),
		).toBe(true);
	});
});
