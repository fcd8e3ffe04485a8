import type { Competency } from '../../schemas/competency.ts';
import type { Position } from '../../schemas/position.ts';
import type { Unit } from '../../schemas/unit.ts';
import { buildModel, type Model } from '../../src/lib/content/model.ts';
import { makePosition } from '../helpers.ts';

export function position(id: string, overrides: Record<string, unknown> = {}): Position {
	return makePosition(id, { unit: 'talitus', ...overrides });
}

export const units: Unit[] = [
	{ id: 'amet', name: 'Amet', kind: 'amet', filePath: '' },
	{ id: 'osakond', name: 'Osakond', kind: 'osakond', parent: 'amet', filePath: '' },
	{ id: 'talitus', name: 'Talitus', kind: 'talitus', parent: 'osakond', filePath: '' },
	{ id: 'teine', name: 'Teine osakond', kind: 'osakond', parent: 'amet', filePath: '' },
];

const competencies: Competency[] = [];

/**
 * juht (stub) manages a, b, c, d. a and b have "another holder" substitutes; b substitutes a but
 * only a's file says so; c substitutes a but only c's file says so; the stub juht substitutes c
 * (only c's file says so); d has no substitute. In the other department, e and f substitute each
 * other, written in both files.
 */
export const positions: Position[] = [
	position('juht', {
		title: 'Talitusejuhataja',
		stub: true,
		manager: undefined,
		purpose: undefined,
	}),
	position('a', {
		title: 'Peaspetsialist (kasutaja tugi)',
		manager: 'juht',
		substitutedBy: ['b', 'a'],
		substitutes: ['a'],
	}),
	position('b', { title: 'Spetsialist', manager: 'juht', substitutedBy: ['b'] }),
	position('c', {
		title: 'Järelevalve juhtivspetsialist (täisealistele osutatavad teenused)',
		manager: 'juht',
		substitutes: ['a'],
		substitutedBy: ['juht'],
	}),
	position('d', { title: 'Nõunik', manager: 'juht' }),
	position('e', {
		title: 'Ekspert',
		unit: 'teine',
		manager: undefined,
		substitutes: ['f'],
		substitutedBy: ['f'],
	}),
	position('f', {
		title: 'Analüütik',
		unit: 'teine',
		manager: 'e',
		substitutes: ['e'],
		substitutedBy: ['e'],
	}),
];

export function makeModel(list: readonly Position[] = positions): Model {
	return buildModel({ units, competencies, positions: list });
}
