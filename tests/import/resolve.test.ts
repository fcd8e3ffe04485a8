/**
 * Names in the document's wording resolved to ids of existing content: units (also as a path of
 * units or in the genitive), position titles with case endings and generic head titles, and the
 * flattened manager and substitute columns cut back into titles.
 */
import { describe, expect, test } from 'vitest';
import { resolvePosition, type PositionScope } from '../../src/lib/import/resolve-position.ts';
import { departmentOf, resolveUnit, splitTitleAndUnit } from '../../src/lib/import/resolve-unit.ts';
import { segmentColumns } from '../../src/lib/import/segment-columns.ts';
import { fullContext } from './helpers.ts';

describe('units', () => {
	const context = fullContext();
	test.each([
		['Ekspertiisitalitus', 'ekspertiisitalitus'],
		['  teenuste   OSAKOND ', 'teenuste-osakond'],
		['Teenuste osakond, ekspertiisitalitus', 'ekspertiisitalitus'],
		['Finants- ja haldusosakond, halduse tiim', 'halduse-tiim'],
		['Arendusosakonna arendustalitus', 'arendustalitus'],
		['Õiguse ja järelevalve osakond Järelevalve talitus', 'jarelevalve-talitus'],
		['Ohvriabi osakond, ohvriabiteenuste tugitalitus', 'ohvriabiteenuste-tugitalitus'],
	])('%s → %s', (text, id) => {
		expect(resolveUnit(text, context)).toBe(id);
	});

	test('a division under the wrong department, or an unknown one, is not resolved', () => {
		expect(resolveUnit('Arendusosakond, ekspertiisitalitus', context)).toBeUndefined();
		expect(resolveUnit('Teenuste osakond, kvaliteeditalitus', context)).toBeUndefined();
	});

	test('title and unit flattened into one line are told apart by the unit name', () => {
		expect(
			splitTitleAndUnit(
				['Kvaliteedi peaspetsialist Teenuste osakond, ekspertiisitalitus'],
				context,
			),
		).toEqual({
			title: 'Kvaliteedi peaspetsialist',
			unitText: 'Teenuste osakond, ekspertiisitalitus',
			unitId: 'ekspertiisitalitus',
		});
		expect(
			splitTitleAndUnit(
				['Peaspetsialist (kasutaja tugi) Arendusosakonna arendustalitus'],
				context,
			).title,
		).toBe('Peaspetsialist (kasutaja tugi)');
		// Unknown unit: the first capitalised word outside the parentheses starts it.
		expect(
			splitTitleAndUnit(['Analüütik (andmed ja seire) Tundmatu osakond'], context),
		).toEqual({
			title: 'Analüütik (andmed ja seire)',
			unitText: 'Tundmatu osakond',
		});
	});

	test('the file goes to the folder of the department', () => {
		expect(departmentOf(context, 'ekspertiisitalitus')).toBe('teenuste-osakond');
		expect(departmentOf(context, 'ohvriabi-osakond')).toBe('ohvriabi-osakond');
	});
});

describe('managers and substitutes', () => {
	const context = fullContext();
	const scope = (unitId: string, ownId: string, ownTitle: string): PositionScope => ({
		unitId,
		ownId,
		ownTitle,
	});
	const jarelevalve = scope(
		'jarelevalve-talitus',
		'jarelevalve-juhtivspetsialist',
		'Järelevalve juhtivspetsialist (täisealistele osutatavad teenused)',
	);

	test.each([
		[
			'Talitusejuhataja',
			scope('ekspertiisitalitus', 'x', 'Analüütik'),
			['ekspertiisitalituse-juhataja'],
		],
		[
			'Talituse juhataja',
			scope('ohvriabiteenuste-tugitalitus', 'x', 'Ekspert'),
			['ohvriabiteenuste-tugitalituse-juhataja'],
		],
		['Järelevalve talituse talitusejuhataja', jarelevalve, ['jarelevalve-talituse-juhataja']],
		['talituse juhatajat', jarelevalve, ['jarelevalve-talituse-juhataja']],
		['nõunikku', jarelevalve, ['jarelevalve-talituse-nounik']],
		['Järelevalve juhtivspetsialisti', jarelevalve, ['jarelevalve-juhtivspetsialist']],
		[
			'Peaspetsialisti',
			scope(
				'arendustalitus',
				'peaspetsialist-kasutaja-tugi',
				'Peaspetsialist (kasutaja tugi)',
			),
			['peaspetsialist-kasutaja-tugi'],
		],
		[
			'Haldusjuht',
			scope('halduse-tiim', 'haldusspetsialist', 'Haldusspetsialist'),
			['haldusjuht'],
		],
		['Osakonnajuhataja', scope('ekspertiisitalitus', 'x', 'Analüütik'), []],
		['Raamatupidaja', scope('ekspertiisitalitus', 'x', 'Analüütik'), []],
	])('%s', (phrase, positionScope, ids) => {
		expect(resolvePosition(phrase, positionScope, context)).toEqual(ids);
	});

	test('a generic head title is not guessed one level up when the unit has no head', () => {
		const units = new Map(
			[...context.units].map(([id, unit]) => {
				const { head: _head, ...withoutHead } = unit;
				return [id, id === 'ekspertiisitalitus' ? withoutHead : unit];
			}),
		);
		const headless = {
			...context,
			units,
			positions: context.positions.filter(
				(position) => position.unit !== 'ekspertiisitalitus',
			),
		};
		expect(
			resolvePosition(
				'Talitusejuhataja',
				scope('ekspertiisitalitus', 'x', 'Analüütik'),
				headless,
			),
		).toEqual([]);
	});

	test('the manager is never the position itself: a head\'s "Talitusejuhataja" is the next head up', () => {
		const head = {
			unitId: 'ekspertiisitalitus',
			ownId: 'ekspertiisitalituse-juhataja',
			ownTitle: 'Talitusejuhataja',
			excludeOwn: true,
		};
		expect(resolvePosition('Talitusejuhataja', head, context)).toEqual([]);
	});

	test('three columns flattened into one line are cut where the titles end', () => {
		const resolve = (phrase: string) => resolvePosition(phrase, jarelevalve, context);
		const columns = segmentColumns(
			[
				'Järelevalve talituse talitusejuhataja',
				'Järelevalve juhtivspetsialist',
				'Järelevalve juhtivspetsialisti, nõunikku või talituse juhatajat',
			],
			3,
			resolve,
		);
		expect(columns?.map((column) => column.map((entry) => entry.ids[0]))).toEqual([
			['jarelevalve-talituse-juhataja'],
			['jarelevalve-juhtivspetsialist'],
			[
				'jarelevalve-juhtivspetsialist',
				'jarelevalve-talituse-nounik',
				'jarelevalve-talituse-juhataja',
			],
		]);
		const own = scope(
			'ekspertiisitalitus',
			'kvaliteedi-peaspetsialist',
			'Kvaliteedi peaspetsialist',
		);
		const single = segmentColumns(
			['Talitusejuhataja Kvaliteedi peaspetsialist Kvaliteedi peaspetsialist'],
			3,
			(phrase) => resolvePosition(phrase, own, context),
		);
		expect(single?.map((column) => column.map((entry) => entry.text))).toEqual([
			['Talitusejuhataja'],
			['Kvaliteedi peaspetsialist'],
			['Kvaliteedi peaspetsialist'],
		]);
	});

	test('an unknown title keeps its own column instead of swallowing a known one', () => {
		const resolve = (phrase: string) => resolvePosition(phrase, jarelevalve, context);
		const columns = segmentColumns(
			[
				'Osakonnajuhataja Järelevalve juhtivspetsialist Vanemspetsialisti või talituse juhatajat',
			],
			3,
			resolve,
		);
		expect(columns?.map((column) => column.map((entry) => [entry.text, entry.ids]))).toEqual([
			[['Osakonnajuhataja', []]],
			[['Järelevalve juhtivspetsialist', ['jarelevalve-juhtivspetsialist']]],
			[
				['Vanemspetsialisti', []],
				['talituse juhatajat', ['jarelevalve-talituse-juhataja']],
			],
		]);
	});
});
