import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildComparison, selectedIds } from '../../src/lib/lifecycle/compare.ts';
import { positionRecord, type OpenDataContext } from '../../src/lib/lifecycle/open-data.ts';
import { projectRoot } from '../helpers.ts';

const { model } = loadContent({ root: projectRoot, today: '2026-01-01' });
const context: OpenDataContext = { model, generated: '2026-01-01', lastChanged: () => undefined };
const record = (id: string) => positionRecord(model.positions.get(id)!, context);
const lookups = {
	unitName: (id: string) => model.units.get(id)?.name,
	positionTitle: (id: string) => model.positions.get(id)?.title,
	competencyName: (id: string) => model.competencies.get(id)?.name,
};

describe('selectedIds', () => {
	test('keeps known ids once, in order, at most four; ignores blanks', () => {
		const known = (id: string) => ['a', 'b', 'c', 'd', 'e'].includes(id);
		expect(selectedIds(['b', '', 'a', 'b', 'x', 'c', 'd', 'e'], known)).toEqual([
			'b',
			'a',
			'c',
			'd',
		]);
		expect(selectedIds([' a '], known)).toEqual(['a']);
	});
});

describe('buildComparison', () => {
	const ids = ['kvaliteedi-peaspetsialist', 'haldusspetsialist', 'jarelevalve-juhtivspetsialist'];
	const comparison = buildComparison(ids.map(record), lookups);

	test('one cell per position in every row', () => {
		for (const row of [...comparison.general, ...comparison.requirements])
			expect(row.cells).toHaveLength(3);
		for (const row of comparison.competencies) expect(row.cells).toHaveLength(3);
		expect(comparison.duties).toHaveLength(3);
		expect(comparison.general[0]).toEqual({
			label: 'Struktuuriüksus',
			cells: ids.map((id) => [model.units.get(model.positions.get(id)!.unit)!.name]),
			links: ids.map((id) => `/uksused/${model.positions.get(id)!.unit}/`),
		});
	});

	test('the manager cells name and link the position of the manager', () => {
		const managers = comparison.general.find((row) => row.label === 'Vahetu juht')!;
		const managerIds = ids.map((id) => model.positions.get(id)!.manager);
		expect(managerIds.every(Boolean)).toBe(true);
		expect(managers.links).toEqual(managerIds.map((id) => `/ametikohad/${id}/`));
		expect(managers.cells).toEqual(managerIds.map((id) => [model.positions.get(id!)!.title]));
	});

	test('shared competencies come first on one row; unique ones are marked', () => {
		const sharing = comparison.competencies.map((row) => row.sharing);
		const firstNotAll = sharing.findIndex((s) => s !== 'all');
		expect(sharing.slice(0, firstNotAll).every((s) => s === 'all')).toBe(true);
		expect(sharing.slice(firstNotAll)).not.toContain('all');
		for (const row of comparison.competencies) {
			const present = row.cells.filter(Boolean).length;
			expect(row.sharing).toBe(present === 3 ? 'all' : present === 1 ? 'unique' : 'some');
		}
		expect(
			comparison.competencies.filter((row) => row.sharing === 'all').map((row) => row.id),
		).toContain('kliendikesksus');
	});

	test('rows that are empty for every position are left out', () => {
		for (const row of comparison.requirements)
			expect(row.cells.some((cell) => cell.length > 0)).toBe(true);
	});
});
