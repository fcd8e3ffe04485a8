import { describe, expect, test } from 'vitest';
import type { Position } from '../../schemas/position.ts';
import type { Unit } from '../../schemas/unit.ts';
import { buildModel } from '../../src/lib/content/model.ts';
import {
	educationIndex,
	experienceIndex,
	languageIndex,
	requirementSummary,
} from '../../src/lib/indexes/requirements.ts';
import { makePosition } from '../helpers.ts';

function position(id: string, title: string, overrides: Record<string, unknown> = {}): Position {
	return makePosition(id, { unit: 'talitus', title, ...overrides });
}

const units: Unit[] = [
	{ id: 'amet', name: 'Amet', kind: 'amet', filePath: '' },
	{ id: 'talitus', name: 'Talitus', kind: 'talitus', parent: 'amet', filePath: '' },
];
const languages = (items: unknown[]) => ({ items, text: 'Keeleoskus.' });

const model = buildModel({
	units,
	competencies: [],
	positions: [
		position('nounik', 'Nõunik', {
			requirements: {
				education: { level: 'magistrikraad', text: 'Magistrikraad õigusteaduses.' },
				experience: { years: 3, text: 'Vähemalt 3 aastat.' },
				languages: languages([
					{ language: 'eesti', level: 'C1' },
					{ language: 'võõrkeel', level: 'B1', preferred: ['inglise', 'vene'] },
				]),
			},
		}),
		position('abiline', 'Abiline', {
			requirements: {
				education: { level: 'keskharidus', text: 'Keskharidus.' },
				experience: { years: 1, text: 'Üks aasta.' },
				languages: languages([
					{ language: 'eesti', level: 'B2' },
					{ language: 'inglise', level: 'B1' },
				]),
			},
		}),
		position('ekspert', 'Ekspert', {
			requirements: {
				education: { level: 'magistrikraad', text: 'Magistrikraad.' },
				experience: { years: 3, text: 'Kolm aastat.' },
				languages: languages([
					{ language: 'eesti', level: 'C1' },
					{ language: 'inglise', level: 'C1' },
				]),
			},
		}),
		position('analuutik', 'Analüütik', {
			requirements: {
				education: { text: 'Kõrgharidus, soovitavalt majandus.' },
				experience: { text: 'Kogemus valdkonnas.' },
			},
		}),
		position('assistent', 'Assistent'),
		// Stubs have no requirements and stay out of every index.
		position('juhataja', 'Juhataja', { stub: true, purpose: undefined }),
	],
});

describe('languageIndex', () => {
	const index = languageIndex(model);

	test('one section per language in schema order, with slug ids the position page links to', () => {
		expect(index.map((section) => [section.language, section.id])).toEqual([
			['eesti', 'eesti'],
			['inglise', 'inglise'],
			['võõrkeel', 'voorkeel'],
		]);
	});

	test('rows run from the highest level down, then by title', () => {
		expect(index[0].rows.map((row) => [row.position.id, row.level])).toEqual([
			['ekspert', 'C1'],
			['nounik', 'C1'],
			['abiline', 'B2'],
		]);
		expect(index[1].rows.map((row) => [row.position.id, row.level])).toEqual([
			['ekspert', 'C1'],
			['abiline', 'B1'],
		]);
	});

	test('a foreign-language row carries the preferred languages and its unit', () => {
		expect(index[2].rows).toHaveLength(1);
		expect(index[2].rows[0].preferred).toEqual(['inglise', 'vene']);
		expect(index[2].rows[0].unit?.name).toBe('Talitus');
		expect(index[0].rows[0].preferred).toEqual([]);
	});
});

describe('educationIndex', () => {
	const index = educationIndex(model);

	test('levels in use, highest first, each with slug id and positions by title', () => {
		// A magistrikraad is a kõrgharidus: the broader level lists it too (schemas/position.ts EDUCATION_LEVEL_PARENT).
		expect(
			index.levels.map((section) => [section.id, section.rows.map((row) => row.position.id)]),
		).toEqual([
			['magistrikraad', ['ekspert', 'nounik']],
			['korgharidus', ['ekspert', 'nounik']],
			['keskharidus', ['abiline']],
		]);
		expect(index.levels[1].rows.map((row) => row.level)).toEqual([
			'magistrikraad',
			'magistrikraad',
		]);
		expect(index.levels[0].rows[1].text).toBe('Magistrikraad õigusteaduses.');
	});

	test('positions without a level keep their wording, those without any requirement have none; stubs are left out', () => {
		expect(index.withoutLevel.map((row) => [row.position.id, row.text])).toEqual([
			['analuutik', 'Kõrgharidus, soovitavalt majandus.'],
			['assistent', undefined],
		]);
	});
});

describe('experienceIndex', () => {
	test('only positions stating years, most years first, then by title', () => {
		expect(experienceIndex(model).map((row) => [row.position.id, row.years])).toEqual([
			['ekspert', 3],
			['nounik', 3],
			['abiline', 1],
		]);
	});
});

describe('requirementSummary', () => {
	test('counts languages, education levels and positions for the landing page', () => {
		expect(requirementSummary(model)).toEqual({
			languages: 3,
			languagePositions: 3,
			educationLevels: 3,
			educationPositions: 3,
			experiencePositions: 3,
		});
	});
});
