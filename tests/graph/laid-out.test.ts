import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Model } from '../../src/lib/content/model.ts';
import { generateCorpus, writeCorpus } from '../../src/lib/generate/corpus.ts';
import {
	graphInput,
	layOutOnWorker,
	layOutSections,
	layOutSectionsAside,
	MIN_POSITIONS_FOR_WORKER,
} from '../../src/lib/graph/laid-out.ts';

const WORKER = join(process.cwd(), 'src/lib/graph/layout-worker.ts');

let root: string;
let model: Model;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'ska-laid-out-'));
	const corpus = generateCorpus({
		count: MIN_POSITIONS_FOR_WORKER + 100,
		seed: 3,
		sourceRoot: process.cwd(),
	});
	writeCorpus(root, corpus.files);
	model = loadContent({ root, today: '2026-01-01' }).model;
	expect(model.positions.size).toBeGreaterThanOrEqual(MIN_POSITIONS_FOR_WORKER);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('substitution pictures laid out on a worker thread', () => {
	test('are the pictures laid out here, from the graph input alone', async () => {
		const here = layOutSections(model);
		expect(here.length).toBeGreaterThan(1);
		expect(await layOutOnWorker(graphInput(model), WORKER)).toEqual(here);
		expect(await layOutSectionsAside(model, WORKER)).toEqual(here);
	}, 60_000);

	test('are laid out here when the worker file is missing or the thread fails', async () => {
		expect(await layOutSectionsAside(model, join(root, 'no-such-worker.ts'))).toEqual(
			layOutSections(model),
		);
		const broken = join(root, 'broken-worker.ts');
		writeFileSync(broken, 'throw new Error("broken");\n');
		await expect(layOutOnWorker(graphInput(model), broken)).rejects.toThrow('broken');
		const silent = join(root, 'silent-worker.ts');
		writeFileSync(silent, 'export {};\n');
		await expect(layOutOnWorker(graphInput(model), silent)).rejects.toThrow('no layouts');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(await layOutSectionsAside(model, broken)).toEqual(layOutSections(model));
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('Asendusskeemide lõim katkes'));
		warn.mockRestore();
	}, 60_000);
});
