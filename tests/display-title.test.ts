import { describe, expect, test } from 'vitest';
import { displayTitle, displayTitles, labelNamesUnit } from '../src/lib/display-title.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { projectRoot } from './helpers.ts';

const units = new Map([
	['a', 'Arendustalitus'],
	['e', 'Ekspertiisitalitus'],
]);

describe('displayTitles', () => {
	test('adds the unit only to titles that repeat, ignoring case and spacing', () => {
		const labels = displayTitles(
			[
				{ id: 'x', title: 'Talitusejuhataja', unit: 'a' },
				{ id: 'y', title: 'talitusejuhataja ', unit: 'e' },
				{ id: 'z', title: 'Nõunik', unit: 'a' },
			],
			(id) => units.get(id),
		);
		expect(Object.fromEntries(labels)).toEqual({
			x: 'Talitusejuhataja (Arendustalitus)',
			y: 'talitusejuhataja (Ekspertiisitalitus)',
			z: 'Nõunik',
		});
	});

	test('keeps the bare title when the unit is unknown', () => {
		const labels = displayTitles(
			[
				{ id: 'x', title: 'Nõunik', unit: 'puudub' },
				{ id: 'y', title: 'Nõunik', unit: 'a' },
			],
			(id) => units.get(id),
		);
		expect(labels.get('x')).toBe('Nõunik');
		expect(labels.get('y')).toBe('Nõunik (Arendustalitus)');
	});
});

describe('displayTitle on the committed content', () => {
	const { model } = loadContent({ root: projectRoot, today: '2026-11-22' });

	test('the two "Talitusejuhataja" positions are told apart by their units; other titles stay bare', () => {
		const repeated = [...model.positions.values()].filter(
			(position) => position.title === 'Talitusejuhataja',
		);
		expect(repeated.length).toBe(2);
		expect(repeated.map((position) => displayTitle(model, position.id)).sort()).toEqual([
			'Talitusejuhataja (Arendustalitus)',
			'Talitusejuhataja (Ekspertiisitalitus)',
		]);
		expect(displayTitle(model, 'kvaliteedi-peaspetsialist')).toBe('Kvaliteedi peaspetsialist');
		expect(labelNamesUnit(model, 'kvaliteedi-peaspetsialist')).toBe(false);
		expect(labelNamesUnit(model, repeated[0].id)).toBe(true);
	});
});
