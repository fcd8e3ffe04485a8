import { describe, expect, test } from 'vitest';
import type { Position } from '../../schemas/position.ts';
import type { Unit } from '../../schemas/unit.ts';
import { buildModel } from '../../src/lib/content/model.ts';
import { ancestors, buildUnitTree, subUnitGroups } from '../../src/lib/indexes/units.ts';
import { makePosition } from '../helpers.ts';

function position(id: string, unit: string, title: string): Position {
	return makePosition(id, { unit, title });
}

const unit = (id: string, name: string, kind: Unit['kind'], parent?: string): Unit => ({
	id,
	name,
	kind,
	parent,
	filePath: '',
});

const model = buildModel({
	units: [
		unit('amet', 'Amet', 'amet'),
		unit('teenused', 'Teenuste osakond', 'osakond', 'amet'),
		unit('arendus', 'Arendusosakond', 'osakond', 'amet'),
		unit('ekspertiis', 'Ekspertiisitalitus', 'talitus', 'teenused'),
		unit('abi', 'Abitalitus', 'talitus', 'teenused'),
		unit('tiim', 'Õigustiim', 'tiim', 'ekspertiis'),
		unit('tuhi', 'Tühi talitus', 'talitus', 'arendus'),
	],
	competencies: [],
	positions: [
		position('direktor', 'amet', 'Peadirektor'),
		position('juhataja', 'teenused', 'Osakonnajuhataja'),
		position('b', 'ekspertiis', 'Spetsialist'),
		position('a', 'ekspertiis', 'Ekspert'),
		position('c', 'abi', 'Abiline'),
		position('d', 'tiim', 'Jurist'),
	],
});
const tree = buildUnitTree(model);

describe('buildUnitTree', () => {
	test('the agency is the only root and children are sorted by Estonian name', () => {
		expect(tree.roots.map((node) => node.unit.id)).toEqual(['amet']);
		expect(tree.roots[0].children.map((node) => node.unit.name)).toEqual([
			'Arendusosakond',
			'Teenuste osakond',
		]);
		expect(tree.byId.get('teenused')?.children.map((node) => node.unit.name)).toEqual([
			'Abitalitus',
			'Ekspertiisitalitus',
		]);
	});

	test('every unit is reachable by id with its depth', () => {
		expect(tree.byId.size).toBe(7);
		expect(tree.byId.get('tiim')?.depth).toBe(3);
	});

	test('own positions come sorted by title; totals include every unit below', () => {
		const ekspertiis = tree.byId.get('ekspertiis');
		expect(ekspertiis?.positions.map((p) => p.id)).toEqual(['a', 'b']);
		expect(ekspertiis?.total).toBe(3);
		expect(tree.byId.get('teenused')?.total).toBe(5);
		expect(tree.byId.get('amet')?.total).toBe(6);
		expect(tree.byId.get('arendus')?.total).toBe(0);
	});

	test('ancestors run from the agency down and exclude the unit itself', () => {
		const tiim = tree.byId.get('tiim');
		expect(tiim && ancestors(tiim).map((node) => node.unit.id)).toEqual([
			'amet',
			'teenused',
			'ekspertiis',
		]);
		expect(ancestors(tree.roots[0])).toEqual([]);
	});
});

describe('subUnitGroups', () => {
	test('lists units below that have positions, depth first, naming the parent for deeper ones', () => {
		const groups = subUnitGroups(tree.roots[0]);
		expect(groups.map((group) => [group.node.unit.id, group.via?.id])).toEqual([
			['teenused', undefined],
			['abi', 'teenused'],
			['ekspertiis', 'teenused'],
			['tiim', 'ekspertiis'],
		]);
	});

	test('a unit without sub-units, or with only empty ones, has no groups', () => {
		expect(subUnitGroups(tree.byId.get('tiim')!)).toEqual([]);
		expect(subUnitGroups(tree.byId.get('arendus')!)).toEqual([]);
	});
});
