import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { contentLoader } from '../../src/lib/content/astro-loader.ts';
import { publishedModel, publishModel, type EntryData } from '../../src/lib/content/handoff.ts';
import { buildModel } from '../../src/lib/content/model.ts';
import { generateCorpus, writeCorpus } from '../../src/lib/generate/corpus.ts';
import { buildPools } from '../../src/lib/generate/pools.ts';
import { projectRoot } from '../helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'ska-handoff-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COLLECTIONS = ['positions', 'units', 'competencies'] as const;

/** The part of Astro's loader context the content loader uses, with a store that keeps what it is given. */
function fakeContext(watcher?: EventEmitter) {
	const entries = new Map<string, EntryData>();
	const logged: string[] = [];
	const context = {
		store: { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: EntryData }) => entries.set(id, data) },
		logger: { error: (message: string) => logged.push(message), warn: () => {} },
		config: { root: pathToFileURL(`${root}/`) },
		watcher,
	} as unknown as LoaderContext;
	return { context, entries, logged };
}

const generations = (entries: Map<string, EntryData>) => new Set([...entries.values()].map((data) => data.generation));

describe('publishedModel', () => {
	test('returns the latest published model, and refuses entries of another load', () => {
		const first = publishModel(buildModel({ positions: [], units: [], competencies: [] }));
		const model = buildModel({ positions: [], units: [], competencies: [] });
		const second = publishModel(model);
		expect(second).toBe(first + 1);
		expect(publishedModel([second, undefined, second])).toBe(model);
		expect(() => publishedModel([second, first])).toThrow(`content load ${first}`);
	});
});

describe('contentLoader', () => {
	test('the three collections store one load, whose model the pages get; an edit in dev publishes one new load', async () => {
		const corpus = generateCorpus({ count: 60, seed: 5, pools: buildPools(projectRoot) });
		writeCorpus(root, corpus.files);
		const watcher = new EventEmitter();
		const contexts = COLLECTIONS.map(() => fakeContext(watcher));
		for (const [index, name] of COLLECTIONS.entries()) await contentLoader(name).load(contexts[index].context);

		const stored = contexts.map(({ entries }) => generations(entries));
		expect(stored.map((set) => set.size)).toEqual([1, 1, 1]);
		const [generation] = stored[0];
		expect(stored[1].has(generation) && stored[2].has(generation)).toBe(true);
		const model = publishedModel([generation]);
		expect([...model.positions.keys()].sort()).toEqual([...contexts[0].entries.keys()].sort());
		expect(model.units.size).toBe(contexts[1].entries.size);
		expect(model.competencies.size).toBe(contexts[2].entries.size);

		// An edit: one new load for all three collections, and the new title reaches the pages.
		const file = corpus.files.find((candidate) => candidate.path.endsWith('.md'))!;
		writeFileSync(join(root, file.path), file.text.replace(/^title: .*$/m, 'title: Muudetud nimetus'));
		watcher.emit('all', 'change', join(root, file.path));
		await expect.poll(() => contexts.map(({ entries }) => [...generations(entries)][0])).toEqual([generation + 1, generation + 1, generation + 1]);
		const edited = publishedModel([generation + 1]);
		expect([...edited.positions.values()].some((position) => position.title === 'Muudetud nimetus')).toBe(true);

		// A content error in dev: reported once, and the last good load stays in place.
		writeFileSync(join(root, file.path), file.text.replace(/^unit: .*$/m, 'unit: puuduv-yksus'));
		watcher.emit('all', 'change', join(root, file.path));
		await expect.poll(() => contexts[0].logged.length).toBe(1);
		expect(contexts.map(({ logged }) => logged.length)).toEqual([1, 0, 0]);
		expect(contexts[0].logged[0]).toContain('puuduv-yksus');
		expect(publishedModel([generation + 1])).toBe(edited);
	});
});
