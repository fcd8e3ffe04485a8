import { describe, expect, test } from 'vitest';
import type { Competency } from '../schemas/competency.ts';
import type { Position } from '../schemas/position.ts';
import type { Unit } from '../schemas/unit.ts';
import {
	buildModel,
	nextReviewDue,
	resolveCompetency,
	unitChain,
} from '../src/lib/content/model.ts';
import { makePosition } from './helpers.ts';

function position(id: string, overrides: Record<string, unknown> = {}): Position {
	return makePosition(id, { unit: 'talitus', ...overrides });
}

const units: Unit[] = [
	{ id: 'amet', name: 'Amet', kind: 'amet', filePath: '' },
	{ id: 'osakond', name: 'Osakond', kind: 'osakond', parent: 'amet', filePath: '' },
	{ id: 'talitus', name: 'Talitus', kind: 'talitus', parent: 'osakond', filePath: '' },
];
const competencies: Competency[] = [
	{
		id: 'efektiivsus',
		name: 'Efektiivsus',
		aliases: ['Tõhusus'],
		group: 'core',
		definition: 'x',
		filePath: '',
	},
];

describe('buildModel', () => {
	const model = buildModel({
		units,
		competencies,
		positions: [
			position('juht', { manager: undefined }),
			position('a', {
				manager: 'juht',
				substitutedBy: ['b', 'a'],
				competencies: { core: [{ name: 'tõhusus', indicators: ['Teeb.'] }] },
			}),
			position('b', { manager: 'juht' }),
			position('c', { manager: 'juht', substitutes: ['a'] }),
		],
	});

	test('subordinates are derived from the manager field', () => {
		expect(model.subordinates.get('juht')?.map((p) => p.id)).toEqual(['a', 'b', 'c']);
		expect(model.subordinates.get('a')).toBeUndefined();
	});

	test('substitution is derived in both directions and remembers which side wrote it', () => {
		expect(model.substitutedBy.get('a')).toEqual([
			{ positionId: 'a', samePosition: true, declaredHere: true, declaredThere: false },
			{ positionId: 'b', samePosition: false, declaredHere: true, declaredThere: false },
			{ positionId: 'c', samePosition: false, declaredHere: false, declaredThere: true },
		]);
		// b's file forgot that it substitutes a; its page still shows it.
		expect(model.substitutes.get('b')).toEqual([
			{ positionId: 'a', samePosition: false, declaredHere: false, declaredThere: true },
		]);
		expect(model.substitutes.get('c')).toEqual([
			{ positionId: 'a', samePosition: false, declaredHere: true, declaredThere: false },
		]);
	});

	test('competency names resolve through aliases, case-insensitively', () => {
		expect(resolveCompetency(model, 'TÕHUSUS')?.id).toBe('efektiivsus');
		expect(resolveCompetency(model, 'Efektiivsus:')?.id).toBe('efektiivsus');
		expect(
			model.competencyUsage
				.get('efektiivsus')
				?.map((usage) => [usage.position.id, usage.ref.name, usage.group]),
		).toEqual([['a', 'tõhusus', 'core']]);
	});

	test('unit chain runs from the agency down', () => {
		expect(unitChain(model, 'talitus').map((unit) => unit.id)).toEqual([
			'amet',
			'osakond',
			'talitus',
		]);
	});
});

describe('nextReviewDue', () => {
	test.each([
		['2023-03-26', 12, '2024-03-26'],
		['2024-02-29', 12, '2025-02-28'],
		['2023-02-28', 12, '2024-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2025-01-31', 1, '2025-02-28'],
		['2025-11-30', 3, '2026-02-28'],
		['2025-12-15', 1, '2026-01-15'],
	])('%s + %i months → %s', (lastReviewed, months, due) => {
		expect(nextReviewDue({ lastReviewed, reviewIntervalMonths: months })).toBe(due);
	});

	test('no last review, no due date', () => {
		expect(
			nextReviewDue({ lastReviewed: undefined, reviewIntervalMonths: 12 }),
		).toBeUndefined();
	});
});
