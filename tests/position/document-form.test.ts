/**
 * Each description keeps the signed document's section numbers and its order of requirements. The
 * expected values are read from the extracted source texts (tests/fixtures/seeds), not from the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RequirementKey } from '../../schemas/position.ts';
import {
	numberedHeading,
	requirementOrder,
	sectionNumbers,
	type SectionKey,
} from '../../src/lib/content/document-form.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { projectRoot } from '../helpers.ts';

const { model } = loadContent({ root: projectRoot, today: '2026-11-22' });

const SEEDS: Record<string, string> = {
	'000_eff4cbddb36525bf.txt': 'kvaliteedi-peaspetsialist',
	'001_66eb09bddfbe9f6b.txt': 'jarelevalve-juhtivspetsialist',
	'002_5be523b0dc283d67.txt': 'haldusspetsialist',
	'003_98af8cde75bf8c02.txt': 'peaspetsialist-kasutaja-tugi',
	'004_cccb7aed7b961e8a.txt': 'ekspert-kvaliteet-ja-seire',
};

const seedLines = (seed: string) =>
	readFileSync(join(projectRoot, 'tests/fixtures/seeds', seed), 'utf8').split('\n');

/** The document's numbered top-level headings ("2. Peamised teenistusülesanded …") by site section. */
function documentSections(lines: string[]): Partial<Record<SectionKey, string>> {
	const found: Partial<Record<SectionKey, string>> = {};
	const set = (key: SectionKey, number: string) => (found[key] ??= number);
	for (const line of lines) {
		// The table of contents at the end of seed 003 is indented with a tab; the headings are not.
		const match = /^\s?(\d)\.\s+(\S.*)$/.exec(line.trimEnd());
		if (!match) continue;
		const [, number, title] = match;
		const t = title.toLocaleLowerCase('et');
		if (t.startsWith('üldosa')) set('general', number);
		else if (t.includes('eesmärk')) set('purpose', number);
		else if (/ülesanded|kohustused/.test(t)) set('duties', number);
		else if (t.startsWith('õigused ja vastutus')) {
			set('rights', number);
			set('responsibilities', number);
		} else if (t.startsWith('õigused')) set('rights', number);
		else if (t.startsWith('vastutus')) set('responsibilities', number);
		else if (t.startsWith('töövahendid')) set('tools', number);
		else if (t.includes('nõuded')) set('requirements', number);
		else if (t.includes('muutmine')) set('revision', number);
	}
	return found;
}

const LABELS: [RegExp, RequirementKey][] = [
	[/^Haridus\b/, 'education'],
	[/^(Erialane )?[Tt]öökogemus\b/, 'experience'],
	[/^Keeleoskus\b/, 'languages'],
	[/^Arvutikasutamise oskus\b/, 'computerSkills'],
	[/^Teadmised\b/, 'knowledge'],
	[/^Isikuomadused\b/, 'personalQualities'],
	[/^Lisanõuded\b/, 'additional'],
];

/** The requirement labels in the order the document's requirements section lists them. */
function documentRequirementOrder(lines: string[]): RequirementKey[] {
	const from = lines.findIndex((line) =>
		/^\d\.\s+(AMETIKOHALE ESITATAVAD NÕUDED|Teenistuskoha täitjale esitatavad nõuded)/.test(
			line.trim(),
		),
	);
	const order: RequirementKey[] = [];
	for (const line of lines.slice(from + 1)) {
		const text = line.trim();
		if (/^(\d\.\s|Tööks vajalikud kompetentsid)/.test(text)) break;
		const key = LABELS.find(([pattern]) => pattern.test(text))?.[1];
		if (key && !order.includes(key)) order.push(key);
	}
	return order;
}

describe.each(Object.entries(SEEDS))('%s', (seed, id) => {
	const position = model.positions.get(id)!;
	const lines = seedLines(seed);

	test('section numbers are the document’s own', () => {
		const expected = documentSections(lines);
		const numbers = sectionNumbers(position);
		for (const key of Object.keys(numbers) as SectionKey[])
			expect([key, numbers[key]]).toEqual([key, expected[key]]);
	});

	test('every duty number begins with its section’s number', () => {
		const { duties } = sectionNumbers(position);
		expect(position.duties.length).toBeGreaterThan(0);
		for (const duty of position.duties) expect(duty.number.startsWith(`${duties}.`)).toBe(true);
	});

	test('requirements in the document’s order', () => {
		expect(requirementOrder(position)).toEqual(documentRequirementOrder(lines));
	});
});

test('Ekspert (kvaliteet ja seire): duties under "2. Tööülesanded", requirements under 3, the purpose unnumbered', () => {
	const numbers = sectionNumbers(model.positions.get('ekspert-kvaliteet-ja-seire')!);
	expect(numberedHeading('Tööülesanded', numbers.duties)).toBe('2. Tööülesanded');
	expect(numberedHeading('Ametikohale esitatavad nõuded', numbers.requirements)).toBe(
		'3. Ametikohale esitatavad nõuded',
	);
	expect(numberedHeading('Ametikoha eesmärk', numbers.purpose)).toBe('Ametikoha eesmärk');
});

test('a position built in code without a file order lists its requirements in the schema order', () => {
	const position = model.positions.get('jarelevalve-juhtivspetsialist')!;
	expect(requirementOrder({ ...position, requirementOrder: undefined })).toEqual([
		'education',
		'experience',
		'languages',
		'computerSkills',
		'knowledge',
		'personalQualities',
		'additional',
	]);
});
