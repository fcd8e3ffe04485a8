import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { checkContentParallel, loadContentParallel } from '../../src/lib/content/load-parallel.ts';
import { generateCorpus, writeCorpus } from '../../src/lib/generate/corpus.ts';
import { buildPools } from '../../src/lib/generate/pools.ts';
import { projectRoot } from '../helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'ska-parallel-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadContentParallel and checkContentParallel', () => {
	test('give the same model and the same problems, in the same order, as loadContent', async () => {
		const corpus = generateCorpus({ count: 1100, seed: 3, pools: buildPools(projectRoot) });
		writeCorpus(root, corpus.files);
		const first = corpus.files.find((file) => file.path.endsWith('.md'))!;
		// Problems of every kind, so their locations are rebuilt from what the threads sent back.
		writeFileSync(join(root, first.path), first.text.replace(/^unit: .*$/m, 'unit: puuduv-yksus').replace(/^status: .*$/m, 'status: kehtib'));
		writeFileSync(join(root, 'content/positions/broken.md'), '---\ntitle: [\n---\n');
		writeFileSync(join(root, 'content/units/vale nimi.yaml'), 'name: x\n');

		const sequential = loadContent({ root, today: '2026-11-22' });
		const parallel = await loadContentParallel({ root, today: '2026-11-22' }, 2);
		expect(sequential.problems.filter((problem) => problem.severity === 'error').length).toBeGreaterThan(2);
		expect(parallel.problems).toEqual(sequential.problems);
		expect(parallel.fileCount).toBe(sequential.fileCount);
		expect([...parallel.model.positions.values()]).toEqual([...sequential.model.positions.values()]);
		expect([...parallel.model.units.keys()]).toEqual([...sequential.model.units.keys()]);
		// The check's threads send no bodies and it builds no model: the problems must not change.
		const checked = await checkContentParallel({ root, today: '2026-11-22' }, 2);
		expect(checked.problems).toEqual(sequential.problems);
		expect(checked.fileCount).toBe(sequential.fileCount);
	}, 60_000);
});
