import { describe, expect, test } from 'vitest';
import type { Position } from '../../schemas/position.ts';
import { buildModel } from '../../src/lib/content/model.ts';
import { buildChangeLog } from '../../src/lib/lifecycle/changes.ts';
import type { Version } from '../../src/lib/lifecycle/history.ts';
import { versionPairs } from '../../src/lib/lifecycle/versions.ts';

const version = (n: number, dateTime: string): Version => ({
	commit: String(n).repeat(40).slice(0, 40),
	short: String(n).repeat(12).slice(0, 12),
	date: dateTime.slice(0, 10),
	dateTime,
	subject: `muudatus ${n}`,
	blob: String(n).repeat(40).slice(0, 40),
	path: 'content/positions/x.md',
	change: 'modified',
	boundary: false,
});

const position = (id: string, unit: string) =>
	({
		id,
		title: id,
		unit,
		stub: false,
		status: 'kehtiv',
		substitutedBy: [],
		substitutes: [],
		competencies: { core: [], additional: [], notes: [] },
	}) as unknown as Position;

describe('versionPairs', () => {
	test.each([
		[0, 0],
		[1, 0],
		[2, 1],
		[3, 3],
		[10, 17],
	])('%i versions → %i pages (2n − 3)', (n, pages) => {
		const versions = Array.from({ length: n }, (_, i) =>
			version(i + 1, `2026-01-${String(20 - i).padStart(2, '0')}T00:00:00Z`),
		);
		expect(versionPairs(versions)).toHaveLength(pages);
	});
});

describe('buildChangeLog', () => {
	const model = buildModel({
		units: [
			{ id: 'amet', name: 'Amet', kind: 'amet', filePath: '' },
			{ id: 'osakond', name: 'Osakond', kind: 'osakond', parent: 'amet', filePath: '' },
			{ id: 'talitus', name: 'Talitus', kind: 'talitus', parent: 'osakond', filePath: '' },
		],
		competencies: [],
		positions: [position('a', 'talitus'), position('b', 'osakond')],
	});
	const log = buildChangeLog(model, {
		available: true,
		shallow: false,
		byId: new Map([
			['a', [version(3, '2026-02-01T10:00:00+02:00'), version(1, '2026-01-01T10:00:00Z')]],
			// Earlier in UTC than a's newest change although its local time is later.
			['b', [version(2, '2026-02-01T11:00:00+05:00')]],
			['deleted', [version(4, '2026-03-01T00:00:00Z')]],
		]),
	});

	test('newest first across time zones; deleted positions left out', () => {
		expect(log.entries.map((entry) => [entry.position.id, entry.version.subject])).toEqual([
			['a', 'muudatus 3'],
			['b', 'muudatus 2'],
			['a', 'muudatus 1'],
		]);
	});

	test('a change links to its diff page, a first version to the history list', () => {
		expect(log.entries[0].href).toBe('/ametikohad/a/ajalugu/111111111111-333333333333/');
		expect(log.entries[2].href).toBe('/ametikohad/a/ajalugu/#v-111111111111');
	});

	test('the snapshot at the edge of a shallow clone is not listed as a change', () => {
		const shallow = buildChangeLog(model, {
			available: true,
			shallow: true,
			byId: new Map([
				[
					'a',
					[
						version(3, '2026-02-01T10:00:00Z'),
						{ ...version(1, '2026-01-01T10:00:00Z'), change: 'added', boundary: true },
					],
				],
			]),
		});
		expect(shallow.entries.map((entry) => entry.version.subject)).toEqual(['muudatus 3']);
	});

	test('a unit lists its own and its sub-units’ changes; the agency is not a unit page', () => {
		expect(log.byUnit.get('talitus')?.map((e) => e.position.id)).toEqual(['a', 'a']);
		expect(log.byUnit.get('osakond')?.map((e) => e.position.id)).toEqual(['a', 'b', 'a']);
		expect(log.units.map((u) => u.id)).toEqual(['osakond', 'talitus']);
	});

	test('a draft is left out of the changes and feeds until its status is kehtiv', () => {
		const histories = {
			available: true,
			shallow: false,
			byId: new Map([
				['a', [version(3, '2026-02-01T10:00:00Z')]],
				['b', [version(2, '2026-02-01T09:00:00Z')]],
			]),
		};
		const withDraft = buildModel({
			units: [{ id: 'amet', name: 'Amet', kind: 'amet', filePath: '' }],
			competencies: [],
			positions: [
				{ ...position('a', 'amet'), status: 'eelnõu' },
				{ ...position('b', 'amet'), status: 'kehtetu' },
			],
		});
		const drafted = buildChangeLog(withDraft, histories);
		expect(drafted.entries.map((entry) => entry.position.id)).toEqual(['b']);
		expect(drafted.byUnit.get('amet')?.map((entry) => entry.position.id)).toEqual(['b']);
	});
});
