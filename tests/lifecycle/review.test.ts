import { describe, expect, test } from 'vitest';
import type { Position } from '../../schemas/position.ts';
import type { Unit } from '../../schemas/unit.ts';
import { buildModel } from '../../src/lib/content/model.ts';
import {
	addDays,
	buildReviewReport,
	compareReviewEntries,
	countStatuses,
	daysBetween,
	reviewEntry,
	reviewStatus,
} from '../../src/lib/lifecycle/review.ts';

function position(id: string, overrides: Partial<Position> = {}): Position {
	return {
		id,
		filePath: `content/positions/x/${id}.md`,
		title: id,
		unit: 'talitus-a',
		substitutedBy: [],
		substitutes: [],
		status: 'kehtiv',
		stub: false,
		purpose: 'Eesmärk.',
		requirements: { additional: [] },
		competencies: { core: [], additional: [], notes: [] },
		reviewIntervalMonths: 12,
		duties: [],
		rights: { items: [] },
		responsibilities: { items: [] },
		tools: [],
		revisionPolicy: [],
		...overrides,
	};
}

const due = (lastReviewed: string | undefined, reviewIntervalMonths = 12) =>
	reviewEntry(position('p', { lastReviewed, reviewIntervalMonths }), '2026-01-01').due;

describe('due date = last review + interval', () => {
	test.each([
		['2025-03-15', 12, '2026-03-15'],
		['2025-03-15', 6, '2025-09-15'],
		['2025-11-30', 3, '2026-02-28'],
		['2025-12-31', 1, '2026-01-31'],
		['2025-12-15', 1, '2026-01-15'],
		['2025-08-31', 60, '2030-08-31'],
	])('%s + %i months = %s', (last, months, expected) => {
		expect(due(last, months)).toBe(expected);
	});

	test.each([
		// Month ends: the day is clamped to the last day of the due month, never rolled over.
		['2026-01-31', 1, '2026-02-28'],
		['2026-03-31', 1, '2026-04-30'],
		['2026-05-31', 4, '2026-09-30'],
		// Leap years: 29 February exists in 2028, not in 2025 or 2100; 2000 was a leap year.
		['2024-02-29', 12, '2025-02-28'],
		['2024-02-29', 48, '2028-02-29'],
		['2027-01-31', 13, '2028-02-29'],
		['2099-02-28', 12, '2100-02-28'],
		['2099-01-29', 13, '2100-02-28'],
		['1999-02-28', 12, '2000-02-28'],
		['1999-01-31', 13, '2000-02-29'],
	])('%s + %i months = %s (month end / leap year)', (last, months, expected) => {
		expect(due(last, months)).toBe(expected);
	});

	test('a missing last review gives no due date and status "missing"', () => {
		const entry = reviewEntry(position('p'), '2026-01-01');
		expect(entry).toMatchObject({
			due: undefined,
			status: 'missing',
			daysLeft: undefined,
			lastReviewed: undefined,
		});
	});
});

describe('day arithmetic', () => {
	test.each([
		['2026-02-28', 1, '2026-03-01'],
		['2028-02-28', 1, '2028-02-29'],
		['2026-12-31', 1, '2027-01-01'],
		['2026-03-01', -1, '2026-02-28'],
		['2026-01-01', 60, '2026-03-02'],
		['2028-01-01', 60, '2028-03-01'],
		// Across the spring daylight-saving change in Estonia (29 March 2026): still whole days.
		['2026-03-28', 2, '2026-03-30'],
	])('%s %+i days = %s', (from, days, expected) => {
		expect(addDays(from, days)).toBe(expected);
		expect(daysBetween(from, expected)).toBe(days);
	});
});

describe('status against today with the 60-day window', () => {
	const today = '2026-01-01';
	test.each([
		['2025-12-31', 'overdue', -1],
		['2024-01-01', 'overdue', -731],
		['2026-01-01', 'due-soon', 0],
		['2026-01-02', 'due-soon', 1],
		// 60 days after 1 January 2026 is 2 March: the last day inside the window.
		['2026-03-02', 'due-soon', 60],
		['2026-03-03', 'ok', 61],
		['2027-01-01', 'ok', 365],
	] as const)('due %s → %s', (dueDate, status, days) => {
		expect(reviewStatus(dueDate, today)).toBe(status);
		expect(daysBetween(today, dueDate)).toBe(days);
	});

	test('the window follows leap years: 60 days from 1 January 2028 is 1 March', () => {
		expect(reviewStatus('2028-03-01', '2028-01-01')).toBe('due-soon');
		expect(reviewStatus('2028-03-02', '2028-01-01')).toBe('ok');
	});

	test('a missing date is "missing" whatever today is', () => {
		expect(reviewStatus(undefined, today)).toBe('missing');
	});

	test('a custom window', () => {
		expect(reviewStatus('2026-01-31', today, 30)).toBe('due-soon');
		expect(reviewStatus('2026-02-01', today, 30)).toBe('ok');
	});
});

describe('ordering and counts', () => {
	const today = '2026-06-01';
	const entries = [
		position('c-ok', { lastReviewed: '2026-05-01' }),
		position('a-missing'),
		position('b-overdue', { lastReviewed: '2024-01-10' }),
		position('d-soon', { lastReviewed: '2025-06-15' }),
		position('e-overdue', { lastReviewed: '2025-05-01' }),
	].map((p) => reviewEntry(p, today));

	test('sorted by due date, overdue first, missing dates last', () => {
		expect([...entries].sort(compareReviewEntries).map((entry) => entry.position.id)).toEqual([
			'b-overdue',
			'e-overdue',
			'd-soon',
			'c-ok',
			'a-missing',
		]);
	});

	test('counts per status', () => {
		expect(countStatuses(entries)).toEqual({
			overdue: 2,
			'due-soon': 1,
			ok: 1,
			missing: 1,
			total: 5,
		});
	});
});

describe('buildReviewReport', () => {
	const unit = (id: string, kind: Unit['kind'], parent?: string): Unit => ({
		id,
		name: id,
		kind,
		parent,
		filePath: '',
	});
	const model = buildModel({
		units: [
			unit('amet', 'amet'),
			unit('osakond-a', 'osakond', 'amet'),
			unit('talitus-a', 'talitus', 'osakond-a'),
			unit('osakond-b', 'osakond', 'amet'),
		],
		competencies: [],
		positions: [
			position('juht', { unit: 'amet', lastReviewed: '2026-05-01' }),
			position('osakonna-juhataja', { unit: 'osakond-a', lastReviewed: '2025-01-01' }),
			position('spetsialist', { unit: 'talitus-a' }),
			position('nounik', { unit: 'talitus-a', lastReviewed: '2025-07-01' }),
			position('lisamata', { unit: 'talitus-a', stub: true }),
			position('vana', { unit: 'osakond-b', status: 'kehtetu', lastReviewed: '2020-01-01' }),
		],
	});
	const report = buildReviewReport(model, '2026-06-01');

	test('counts for the agency, per department and per unit; stubs and repealed positions left out', () => {
		expect(report.counts).toEqual({ overdue: 1, 'due-soon': 1, ok: 1, missing: 1, total: 4 });
		expect(report.repealed).toBe(1);
		expect(
			report.departments.map((d) => [
				d.unit.id,
				d.counts.total,
				d.units.map((u) => [u.unit.id, u.counts.total]),
			]),
		).toEqual([
			['amet', 1, [['amet', 1]]],
			[
				'osakond-a',
				3,
				[
					['osakond-a', 1],
					['talitus-a', 2],
				],
			],
		]);
		expect(report.departments[1].counts).toEqual({
			overdue: 1,
			'due-soon': 1,
			ok: 0,
			missing: 1,
			total: 3,
		});
	});

	test('each unit table is sorted by due date', () => {
		const talitus = report.departments[1].units[1];
		expect(talitus.entries.map((entry) => [entry.position.id, entry.status])).toEqual([
			['nounik', 'due-soon'],
			['spetsialist', 'missing'],
		]);
		expect(talitus.chain.map((u) => u.id)).toEqual(['amet', 'osakond-a', 'talitus-a']);
	});
});
