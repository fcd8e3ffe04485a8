import { describe, expect, test } from 'vitest';
import {
	buildSubstitutionReport,
	reportBySection,
} from '../../src/lib/graph/substitution-report.ts';
import { graphSections } from '../../src/lib/graph/sections.ts';
import { makeModel, position, positions } from './fixture.ts';

describe('buildSubstitutionReport', () => {
	const report = buildSubstitutionReport(makeModel());
	const row = (id: string) =>
		report.groups
			.flatMap((group) => group.rows)
			.find((candidate) => candidate.position.id === id);

	test('asymmetric links name the file that lacks the mirror entry', () => {
		expect(report.asymmetric).toEqual([
			// Sorted by the substituted position's unit and title: "Järelevalve …" (c) before "Peaspetsialist …" (a).
			{
				substitute: 'juht',
				substituted: 'c',
				declaredIn: 'c',
				declaredField: 'substitutedBy',
				missingIn: 'juht',
				missingField: 'substitutes',
			},
			{
				substitute: 'b',
				substituted: 'a',
				declaredIn: 'a',
				declaredField: 'substitutedBy',
				missingIn: 'b',
				missingField: 'substitutes',
			},
			{
				substitute: 'c',
				substituted: 'a',
				declaredIn: 'c',
				declaredField: 'substitutes',
				missingIn: 'a',
				missingField: 'substitutedBy',
			},
		]);
	});

	test('each side of an asymmetric link shows it in its own row', () => {
		const kinds = (id: string) =>
			row(id)?.problems.map((problem) =>
				problem.kind === 'asymmetric'
					? `${problem.relation.substitute}→${problem.relation.substituted} missing in ${problem.relation.missingIn}`
					: problem.kind,
			);
		expect(kinds('a')).toEqual(['c→a missing in a', 'b→a missing in b']);
		expect(kinds('b')).toEqual(['b→a missing in b']);
		expect(kinds('c')).toEqual([
			'juht→c missing in juht',
			'c→a missing in a',
			'stubSubstitute',
		]);
	});

	test('a stub substitute is flagged', () => {
		expect(
			report.stubSubstitutes.map(({ position, substitute }) => [position.id, substitute.id]),
		).toEqual([['c', 'juht']]);
		expect(row('c')?.problems).toContainEqual({ kind: 'stubSubstitute', substitute: 'juht' });
	});

	test('another holder of the same position is not a problem, no substitute at all is', () => {
		expect(row('b')?.substitutedBy).toEqual([
			{ positionId: 'b', samePosition: true, declaredHere: true, declaredThere: false },
		]);
		expect(row('b')?.problems.some((problem) => problem.kind === 'missing')).toBe(false);
		expect(row('d')?.problems).toEqual([{ kind: 'missing' }]);
		expect(report.missing.map((position) => position.id)).toEqual(['d']);
	});

	test('mutual substitution written in both files is fine', () => {
		expect(row('e')?.problems).toEqual([]);
		expect(row('f')?.problems).toEqual([]);
	});

	test('stubs are left out of the rows; rows are grouped by unit and sorted by title', () => {
		expect(
			report.groups.map((group) => [group.label, group.rows.map((r) => r.position.id)]),
		).toEqual([
			['Osakond › Talitus', ['c', 'd', 'a', 'b']],
			['Teine osakond', ['f', 'e']],
		]);
		expect(report.positionCount).toBe(6);
		expect(report.stubCount).toBe(1);
	});

	test('counts per problem kind and totals', () => {
		expect(report.counts).toEqual({ missing: 1, asymmetric: 3, stubSubstitute: 1 });
		// b→a, c→a, juht→c, e→f, f→e
		expect(report.relationCount).toBe(5);
		expect(report.samePositionCount).toBe(2);
	});
});

describe('reportBySection', () => {
	// At most three positions per picture: the talitus (five) and the other osakond (two) are drawn apart.
	const sectionsOf = (model: ReturnType<typeof makeModel>) =>
		reportBySection(buildSubstitutionReport(model), graphSections(model, 3));

	test('each section gets the rows of its own positions, grouped by unit, with its own counts', () => {
		const sections = sectionsOf(makeModel());
		expect(
			sections.map(({ section, positionCount }) => [
				section.id,
				section.heading,
				section.positionIds.length,
				positionCount,
			]),
		).toEqual([
			['talitus', 'Osakond › Talitus', 5, 4],
			['teine', 'Teine osakond', 2, 2],
		]);
		expect(
			sections[0].groups.map((group) => [
				group.label,
				group.rows.map((row) => row.position.id),
			]),
		).toEqual([['Osakond › Talitus', ['c', 'd', 'a', 'b']]]);
		expect(sections[0].counts).toEqual({ missing: 1, asymmetric: 3, stubSubstitute: 1 });
		expect(sections[1].counts).toEqual({ missing: 0, asymmetric: 0, stubSubstitute: 0 });
	});

	test('a one-sided relation between two sections counts in both, once in each', () => {
		// g (other osakond) says it substitutes e and a; neither e nor a lists g.
		const model = makeModel([
			...positions,
			position('g', {
				title: 'Jurist',
				unit: 'teine',
				manager: 'e',
				substitutes: ['e', 'a'],
				substitutedBy: ['f'],
			}),
		]);
		const [talitus, teine] = sectionsOf(model);
		expect(talitus.counts.asymmetric).toBe(4);
		// e–g, a–g, and f→g, which only g's file has
		expect(teine.counts.asymmetric).toBe(3);
		expect(teine.groups.flatMap((group) => group.rows.map((row) => row.position.id))).toEqual([
			'f',
			'e',
			'g',
		]);
	});

	test('every row of the whole report is in exactly one section', () => {
		const model = makeModel();
		const whole = buildSubstitutionReport(model).groups.flatMap((group) =>
			group.rows.map((row) => row.position.id),
		);
		const split = sectionsOf(model).flatMap((section) =>
			section.groups.flatMap((group) => group.rows.map((row) => row.position.id)),
		);
		expect(split.sort()).toEqual(whole.sort());
	});
});
