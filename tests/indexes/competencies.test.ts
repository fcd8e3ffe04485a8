import { describe, expect, test } from 'vitest';
import type { Competency } from '../../schemas/competency.ts';
import type { Position } from '../../schemas/position.ts';
import type { Unit } from '../../schemas/unit.ts';
import { buildModel } from '../../src/lib/content/model.ts';
import {
	competencyIndex,
	competencyUsesByUnit,
	indicatorWordings,
} from '../../src/lib/indexes/competencies.ts';
import { makePosition } from '../helpers.ts';

function position(
	id: string,
	unit: string,
	title: string,
	competencies: Record<string, unknown>,
): Position {
	return makePosition(id, { unit, title, competencies });
}

const units: Unit[] = [
	{ id: 'amet', name: 'Amet', kind: 'amet', filePath: '' },
	{ id: 'teenused', name: 'Teenuste osakond', kind: 'osakond', parent: 'amet', filePath: '' },
	{ id: 'arendus', name: 'Arendusosakond', kind: 'osakond', parent: 'amet', filePath: '' },
];
const competency = (
	id: string,
	name: string,
	group: Competency['group'],
	aliases: string[] = [],
): Competency => ({ id, name, aliases, group, definition: 'x', filePath: '' });

const model = buildModel({
	units,
	competencies: [
		competency('efektiivsus', 'Efektiivsus', 'core', ['Tõhusus']),
		competency('asjatundlikkus', 'Asjatundlikkus', 'core'),
		competency('korrektsus', 'Korrektsus', 'additional'),
		competency('loovus', 'Loovus', 'additional'),
	],
	positions: [
		position('z', 'teenused', 'Spetsialist', {
			core: [{ name: 'Efektiivsus', indicators: ['Teeb.'] }],
		}),
		position('y', 'teenused', 'Ekspert', {
			core: [{ name: 'tõhusus:', indicators: ['Jõuab.'] }],
			additional: [{ name: 'Korrektsus' }],
		}),
		position('x', 'arendus', 'Analüütik', { additional: [{ name: 'Efektiivsus' }] }),
		// The same competency under two names in one document still counts as one position.
		position('w', 'arendus', 'Arendaja', {
			core: [{ name: 'Efektiivsus' }],
			additional: [{ name: 'Tõhusus' }],
		}),
	],
});

describe('competencyIndex', () => {
	test('groups core before additional by where the documents list them, names sorted in Estonian', () => {
		const index = competencyIndex(model);
		expect(index.map((group) => group.group)).toEqual(['core', 'additional']);
		// Efektiivsus is core in three documents and additional in two: in both groups. Unused ones stay in
		// their catalogue group.
		expect(
			index[0].entries.map((entry) => [
				entry.competency.id,
				entry.groupCount,
				entry.otherGroupCount,
			]),
		).toEqual([
			['asjatundlikkus', 0, 0],
			['efektiivsus', 3, 2],
		]);
		expect(
			index[1].entries.map((entry) => [
				entry.competency.id,
				entry.groupCount,
				entry.otherGroupCount,
			]),
		).toEqual([
			['efektiivsus', 2, 3],
			['korrektsus', 1, 0],
			['loovus', 0, 0],
		]);
	});

	test('counts distinct positions, aliases included; unused competencies count zero', () => {
		const counts = Object.fromEntries(
			competencyIndex(model).flatMap((group) =>
				group.entries.map((entry) => [entry.competency.id, entry.positionCount]),
			),
		);
		expect(
			competencyIndex(model)
				.flatMap((group) => group.entries)
				.filter((entry) => entry.competency.id === 'efektiivsus'),
		).toHaveLength(2);
		expect(counts).toEqual({ asjatundlikkus: 0, efektiivsus: 4, korrektsus: 1, loovus: 0 });
	});
});

describe('competencyUsesByUnit', () => {
	test('groups by unit name and keeps positions by title within a unit', () => {
		const groups = competencyUsesByUnit(model, 'efektiivsus');
		expect(groups.map((group) => group.unit?.name)).toEqual([
			'Arendusosakond',
			'Teenuste osakond',
		]);
		expect(groups[0].uses.map((use) => [use.position.id, use.group])).toEqual([
			['x', 'additional'],
			['w', 'core'],
			['w', 'additional'],
		]);
		expect(groups[1].uses.map((use) => use.position.id)).toEqual(['y', 'z']);
	});

	test('keeps the document label only where it differs from the catalogue name, and the indicators', () => {
		const teenused = competencyUsesByUnit(model, 'efektiivsus')[1];
		expect(teenused.uses.map((use) => use.documentLabel)).toEqual(['tõhusus:', undefined]);
		expect(teenused.uses[0].ref.indicators).toEqual(['Jõuab.']);
	});

	test('an unused or unknown competency has no groups', () => {
		expect(competencyUsesByUnit(model, 'loovus')).toEqual([]);
		expect(competencyUsesByUnit(model, 'puudub')).toEqual([]);
	});
});

describe('indicatorWordings', () => {
	test('counts each wording once per position, ignoring case, spacing and final punctuation, most used first', () => {
		const model = buildModel({
			units,
			competencies: [competency('efektiivsus', 'Efektiivsus', 'core')],
			positions: [
				position('a', 'teenused', 'A', {
					core: [{ name: 'Efektiivsus', indicators: ['Teeb  tööd.', 'Jõuab.'] }],
				}),
				position('b', 'teenused', 'B', {
					core: [{ name: 'Efektiivsus', indicators: ['teeb tööd', 'Teeb tööd.'] }],
				}),
				position('c', 'arendus', 'C', {
					additional: [{ name: 'Efektiivsus', indicators: ['Arvestab.'] }],
				}),
			],
		});
		expect(indicatorWordings(competencyUsesByUnit(model, 'efektiivsus'))).toEqual([
			{ text: 'Teeb tööd.', positions: 2 },
			{ text: 'Arvestab.', positions: 1 },
			{ text: 'Jõuab.', positions: 1 },
		]);
	});
});

describe('on the real content', async () => {
	const { loadContent } = await import('../../src/lib/content/load.ts');
	const { projectRoot } = await import('../helpers.ts');
	const { positionsWithoutCompetencies } = await import('../../src/lib/indexes/competencies.ts');
	const real = loadContent({ root: projectRoot, today: '2026-11-22' }).model;

	test('Analüüsi- ja üldistusvõime is under core where a document lists it there', () => {
		const core = competencyIndex(real).find((group) => group.group === 'core')!;
		const documents = (real.competencyUsage.get('analuusi-ja-uldistusvoime') ?? []).filter(
			(use) => use.group === 'core',
		);
		expect(documents.length).toBeGreaterThan(0);
		expect(
			core.entries.find((entry) => entry.competency.id === 'analuusi-ja-uldistusvoime')
				?.groupCount,
		).toBe(new Set(documents.map((use) => use.position.id)).size);
	});

	test('every group count matches the documents, competency by competency', () => {
		for (const group of competencyIndex(real)) {
			for (const entry of group.entries) {
				const uses = (real.competencyUsage.get(entry.competency.id) ?? []).filter(
					(use) => use.group === group.group,
				);
				expect([entry.competency.id, entry.groupCount]).toEqual([
					entry.competency.id,
					new Set(uses.map((use) => use.position.id)).size,
				]);
			}
		}
	});

	test('the Ekspert, whose document writes personal qualities as text, is named with them', () => {
		const rows = positionsWithoutCompetencies(real);
		expect(rows.map((row) => row.position.id)).toContain('ekspert-kvaliteet-ja-seire');
		expect(
			rows.find((row) => row.position.id === 'ekspert-kvaliteet-ja-seire')?.personalQualities,
		).toBe('Hoolivus, asjatundlikkus, koostöövõime, uuendusmeelsus');
		for (const row of rows)
			expect(
				row.position.competencies.core.length + row.position.competencies.additional.length,
			).toBe(0);
	});
});
