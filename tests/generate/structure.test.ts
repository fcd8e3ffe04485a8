import { describe, expect, test } from 'vitest';
import { IdSchema } from '../../schemas/shared.ts';
import { createRng } from '../../src/lib/generate/prng.ts';
import {
	buildStructure,
	departmentCount,
	unitSizes,
	type Structure,
} from '../../src/lib/generate/structure.ts';

const structures = new Map<number, Structure>(
	[500, 2000, 20_000].map((count) => [count, buildStructure(count, createRng(count))]),
);

describe('unit tree', () => {
	test.each([...structures])(
		'%i positions: one agency, 8–15 departments, divisions and teams below',
		(count, structure) => {
			expect(structure.positions).toHaveLength(count);
			const byKind = (kind: string) => structure.units.filter((unit) => unit.kind === kind);
			expect(byKind('amet')).toHaveLength(1);
			expect(byKind('osakond').length).toBeGreaterThanOrEqual(8);
			expect(byKind('osakond').length).toBeLessThanOrEqual(15);
			expect(byKind('talitus').length).toBeGreaterThan(byKind('tiim').length);
			for (const unit of [...byKind('talitus'), ...byKind('tiim')]) {
				expect(unit.parent?.kind).toBe('osakond');
				expect(unit.positions.length).toBeGreaterThanOrEqual(5);
				expect(unit.positions.length).toBeLessThanOrEqual(40);
			}
		},
	);

	test('the tree widens with the corpus', () => {
		expect(departmentCount(500)).toBeLessThan(departmentCount(20_000));
		const leaves = (count: number) => structures.get(count)?.stats.leafUnits ?? 0;
		expect(leaves(2000)).toBeGreaterThan(leaves(500) * 2);
		expect(leaves(20_000)).toBeGreaterThan(leaves(2000) * 5);
	});

	test('unit sizes add up and stay within 5–40', () => {
		const rng = createRng(3);
		for (const total of [5, 17, 41, 123, 999, 4000]) {
			const sizes = unitSizes(total, rng);
			expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
			for (const size of sizes) expect(size).toBeGreaterThanOrEqual(5);
			for (const size of sizes) expect(size).toBeLessThanOrEqual(40);
		}
	});
});

describe('positions and relations', () => {
	const structure = structures.get(2000) as Structure;
	const byId = new Map(structure.positions.map((position) => [position.id, position]));

	test('ids are unique, valid and never reused between units', () => {
		expect(byId.size).toBe(structure.positions.length);
		for (const id of byId.keys()) expect(IdSchema.safeParse(id).success).toBe(true);
		const unitIds = structure.units.map((unit) => unit.id);
		expect(new Set(unitIds).size).toBe(unitIds.length);
	});

	test('every unit has a head; heads report to the parent unit head; only the director has no manager', () => {
		for (const unit of structure.units) {
			expect(unit.head?.unit).toBe(unit);
			if (unit.parent) expect(unit.head?.manager).toBe(unit.parent.head);
			else expect(unit.head?.manager).toBeUndefined();
		}
		for (const position of structure.positions)
			if (!position.isHead) expect(position.manager).toBe(position.unit.head);
		expect(
			structure.positions.filter((position) => position.manager === undefined),
		).toHaveLength(1);
	});

	test('substitution: mostly symmetric with self-substitution, ~5% one-sided, ~5% missing, ids resolve', () => {
		const { stats } = structure;
		expect(stats.selfSubstitutions / stats.substitutionEdges).toBeGreaterThan(0.2);
		expect(stats.asymmetricEdges / stats.substitutionEdges).toBeGreaterThan(0.01);
		expect(stats.asymmetricEdges / stats.substitutionEdges).toBeLessThan(0.1);
		const described = structure.positions.filter((position) => !position.stub);
		expect(stats.withoutSubstitution / described.length).toBeGreaterThan(0.02);
		expect(stats.withoutSubstitution / described.length).toBeLessThan(0.12);
		let symmetric = 0;
		let total = 0;
		for (const position of described) {
			for (const other of position.substitutedBy) {
				const counterpart = byId.get(other);
				expect(counterpart).toBeDefined();
				if (other === position.id) continue;
				total += 1;
				if (counterpart?.substitutes.includes(position.id)) symmetric += 1;
			}
			for (const other of position.substitutes) expect(byId.has(other)).toBe(true);
		}
		expect(symmetric / total).toBeGreaterThan(0.9);
	});

	test('some positions are stubs, heads more often than specialists', () => {
		const stubs = structure.positions.filter((position) => position.stub);
		expect(stubs.length / structure.positions.length).toBeGreaterThan(0.01);
		expect(stubs.length / structure.positions.length).toBeLessThan(0.1);
	});
});
