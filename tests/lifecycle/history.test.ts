import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/content/model.ts';
import { parsePosition } from '../../src/lib/content/parse-file.ts';
import { diffPositions, modelNames, summarizeDiff } from '../../src/lib/lifecycle/diff.ts';
import { BlobStore, readBlobs, readPositionHistories } from '../../src/lib/lifecycle/history.ts';
import { versionPairs } from '../../src/lib/lifecycle/versions.ts';
import {
	createFixtureRepo,
	FIRST_PATH,
	fixtures,
	git,
	MOVED_PATH,
	POSITION_ID,
} from './git-fixture.ts';

let repo: ReturnType<typeof createFixtureRepo>;
beforeAll(() => {
	repo = createFixtureRepo();
});
afterAll(() => repo?.cleanup());

const names = modelNames(
	buildModel({
		positions: [],
		units: [
			{
				id: 'teenuste-talitus',
				name: 'Teenuste talitus',
				kind: 'talitus',
				parent: 'amet',
				filePath: '',
			},
		],
		competencies: [
			{
				id: 'kliendikesksus',
				name: 'Kliendikesksus',
				aliases: [],
				group: 'core',
				definition: '.',
				filePath: '',
			},
			{
				id: 'koostoovoime',
				name: 'Koostöövõime',
				aliases: [],
				group: 'core',
				definition: '.',
				filePath: '',
			},
			{
				id: 'analuusioskus',
				name: 'Analüüsioskus',
				aliases: ['Analüüsivõime'],
				group: 'additional',
				definition: '.',
				filePath: '',
			},
		],
	}),
);

describe('readPositionHistories on a fixture repository', () => {
	test('one entry per commit that touched the file, newest first, keyed by id across a move', () => {
		const history = readPositionHistories(repo.root);
		expect(history.available).toBe(true);
		expect(history.shallow).toBe(false);
		expect([...history.byId.keys()]).toEqual([POSITION_ID]);
		const versions = history.byId.get(POSITION_ID)!;
		expect(
			versions.map(({ date, change, path, boundary }) => ({ date, change, path, boundary })),
		).toEqual([
			{ date: '2026-03-02', change: 'moved', path: MOVED_PATH, boundary: false },
			{ date: '2026-02-02', change: 'modified', path: FIRST_PATH, boundary: false },
			{ date: '2025-02-03', change: 'added', path: FIRST_PATH, boundary: false },
		]);
		expect(versions[1].subject).toBe('Täienda tööülesandeid ja kompetentse');
		// The editor's note is the `Selgitus:` trailer, folded onto one line; commits without one have none.
		expect(versions[1].note).toBe('Muudetud osakonna töökorralduse tõttu.');
		expect(versions[2].note).toBeUndefined();
		expect(versions[1].dateTime).toBe('2026-02-02T09:30:00+02:00');
		expect(versions[1].short).toHaveLength(12);
		// A move does not change the file: same blob as the version before.
		expect(versions[0].blob).toBe(versions[1].blob);
	});

	test('redacts personal data in a subject and never reads author names', () => {
		const versions = readPositionHistories(repo.root).byId.get(POSITION_ID)!;
		expect(versions[0].subject).toBe('Tõsta üksusesse, küsimused [isikuandmed eemaldatud]');
		expect(JSON.stringify(versions)).not.toMatch(/Testija|testija@|mari\.maasikas/);
	});

	test('reads old versions in one batch, byte for byte', () => {
		const [, v2, v1] = readPositionHistories(repo.root).byId.get(POSITION_ID)!;
		const blobs = readBlobs(repo.root, [v1.blob, v2.blob, '0'.repeat(40)]);
		expect(blobs.get(v1.blob)).toBe(readFileSync(join(fixtures, 'v1.md'), 'utf8'));
		expect(blobs.get(v2.blob)).toBe(readFileSync(join(fixtures, 'v2.md'), 'utf8'));
		expect(blobs.size).toBe(2);
	});

	test('BlobStore reads planned blobs a chunk at a time', () => {
		const versions = readPositionHistories(repo.root).byId.get(POSITION_ID)!;
		const store = new BlobStore(repo.root, 10);
		store.plan(versions.map((version) => version.blob));
		for (const version of versions)
			expect(store.get(version.blob)).toContain('title: Teenuste peaspetsialist');
		expect(store.reads).toBe(1);
	});

	test('the known pair v1 → v2 gives the pinned structured diff', () => {
		const [, v2, v1] = readPositionHistories(repo.root).byId.get(POSITION_ID)!;
		const blobs = readBlobs(repo.root, [v1.blob, v2.blob]);
		const before = parsePosition(blobs.get(v1.blob)!, v1.path, POSITION_ID);
		const after = parsePosition(blobs.get(v2.blob)!, v2.path, POSITION_ID);
		// Only warnings (the fixture has no Töövahendid section): both versions are valid.
		expect(before.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		expect(after.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
		const diff = diffPositions(before.value!, after.value!, names);

		expect(summarizeDiff(diff)).toBe(
			'Lisatud tööülesanne 3.3 ja 1 kompetents; muudetud 1 oodatav tulemus, eesmärk ja viimase ülevaatuse kuupäev; eemaldatud 1 õigus.',
		);
		expect(diff.general.map(({ key, kind, parts }) => ({ key, kind, parts }))).toEqual([
			{
				key: 'purpose',
				kind: 'changed',
				parts: [
					{ kind: 'same', text: 'Ametikoha eesmärk on tagada teenuste korrektne ' },
					{ kind: 'ins', text: 'ja õigeaegne ' },
					{ kind: 'same', text: 'osutamine.' },
				],
			},
			{
				key: 'lastReviewed',
				kind: 'changed',
				parts: [
					{ kind: 'same', text: '31.01.' },
					{ kind: 'del', text: '2025' },
					{ kind: 'ins', text: '2026' },
				],
			},
		]);
		expect(diff.duties).toEqual([
			{
				kind: 'same',
				numberBefore: '3.1',
				numberAfter: '3.1',
				depth: 1,
				text: {
					kind: 'same',
					before: 'Taotluste menetlemine.',
					after: 'Taotluste menetlemine.',
					parts: [{ kind: 'same', text: 'Taotluste menetlemine.' }],
				},
				results: [
					{
						kind: 'changed',
						before: 'Taotlused on menetletud tähtaegselt.',
						after: 'Taotlused on menetletud tähtaegselt ja õigesti.',
						parts: [
							{ kind: 'same', text: 'Taotlused on menetletud tähtaegselt ' },
							{ kind: 'ins', text: 'ja õigesti' },
							{ kind: 'same', text: '.' },
						],
					},
				],
			},
			{
				kind: 'added',
				numberAfter: '3.3',
				depth: 1,
				text: {
					kind: 'added',
					before: undefined,
					after: 'Menetluspraktika analüüsimine.',
					parts: [{ kind: 'ins', text: 'Menetluspraktika analüüsimine.' }],
				},
				results: [
					{
						kind: 'added',
						before: undefined,
						after: 'Ettepanekud on esitatud kord kvartalis.',
						parts: [{ kind: 'ins', text: 'Ettepanekud on esitatud kord kvartalis.' }],
					},
				],
			},
		]);
		expect(diff.rights).toEqual([
			{
				kind: 'removed',
				before: 'teha ettepanekuid töö paremaks korraldamiseks;',
				after: undefined,
				parts: [{ kind: 'del', text: 'teha ettepanekuid töö paremaks korraldamiseks;' }],
			},
		]);
		expect(
			diff.competencies.map(({ kind, key, groupBefore, groupAfter }) => ({
				kind,
				key,
				groupBefore,
				groupAfter,
			})),
		).toEqual([
			{
				kind: 'added',
				key: 'analuusioskus',
				groupBefore: undefined,
				groupAfter: 'additional',
			},
		]);
		expect(diff.renumbered).toEqual([]);
		expect(diff.responsibilities).toEqual([]);
		expect(diff.requirements).toEqual([]);
		expect(diff.empty).toBe(false);
	});

	test('the move commit changes nothing in the document', () => {
		const [moved, v2] = readPositionHistories(repo.root).byId.get(POSITION_ID)!;
		const blobs = readBlobs(repo.root, [moved.blob, v2.blob]);
		const diff = diffPositions(
			parsePosition(blobs.get(v2.blob)!, v2.path, POSITION_ID).value!,
			parsePosition(blobs.get(moved.blob)!, moved.path, POSITION_ID).value!,
			names,
		);
		expect(diff.empty).toBe(true);
		expect(summarizeDiff(diff)).toBe('Sisulisi muudatusi ei ole.');
	});

	test('three versions give 2n − 3 = 3 pre-rendered pairs', () => {
		const versions = readPositionHistories(repo.root).byId.get(POSITION_ID)!;
		expect(
			versionPairs(versions).map((pair) => [pair.from.date, pair.to.date, pair.consecutive]),
		).toEqual([
			['2026-02-02', '2026-03-02', true],
			['2025-02-03', '2026-02-02', true],
			['2025-02-03', '2026-03-02', false],
		]);
	});
});

describe('checkouts without full history', () => {
	test('a shallow clone with one commit marks its versions as boundary', () => {
		const clone = mkdtempSync(join(tmpdir(), 'ska-lifecycle-shallow-'));
		try {
			git(clone, ['clone', '--quiet', '--depth', '1', `file://${repo.root}`, '.']);
			const history = readPositionHistories(clone);
			expect(history.shallow).toBe(true);
			const versions = history.byId.get(POSITION_ID)!;
			expect(versions).toHaveLength(1);
			expect(versions[0].boundary).toBe(true);
			expect(versionPairs(versions)).toEqual([]);
		} finally {
			rmSync(clone, { recursive: true, force: true });
		}
	});

	test('a folder that is not a git repository degrades to "not available" without throwing', () => {
		const plain = mkdtempSync(join(tmpdir(), 'ska-lifecycle-nogit-'));
		try {
			// GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temp folder.
			process.env.GIT_CEILING_DIRECTORIES = tmpdir();
			const history = readPositionHistories(plain);
			expect(history).toEqual({ available: false, shallow: false, byId: new Map() });
			expect(readBlobs(plain, ['0'.repeat(40)]).size).toBe(0);
		} finally {
			delete process.env.GIT_CEILING_DIRECTORIES;
			rmSync(plain, { recursive: true, force: true });
		}
	});
});
