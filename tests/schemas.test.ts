import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { CompetencySchema } from '../schemas/competency.ts';
import { PositionFrontmatterSchema } from '../schemas/position.ts';
import { IsoDateSchema } from '../schemas/shared.ts';
import { UnitSchema } from '../schemas/unit.ts';
import { zodIssueMessage } from '../src/lib/content/messages.ts';
import { POSITION_BAD_INPUTS } from './fixtures/schema-bad-inputs.ts';
import { makeMinimalPosition } from './helpers.ts';

function issues(schema: z.ZodType, data: unknown) {
	const result = schema.safeParse(data, { error: zodIssueMessage, reportInput: true });
	return result.success
		? []
		: result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('PositionFrontmatterSchema', () => {
	test('accepts the minimal position and fills defaults', () => {
		const result = PositionFrontmatterSchema.parse(makeMinimalPosition());
		expect(result).toMatchObject({
			status: 'kehtiv',
			stub: false,
			substitutedBy: [],
			substitutes: [],
			reviewIntervalMonths: 12,
			competencies: { core: [], additional: [], notes: [] },
			requirements: { additional: [] },
		});
	});

	test('accepts a signed original in the document register', () => {
		expect(
			issues(
				PositionFrontmatterSchema,
				makeMinimalPosition({ sourceUrl: 'https://dhs.ska.ee/dokument/123' }),
			),
		).toEqual([]);
	});

	test('a stub needs only title and unit', () => {
		expect(
			issues(PositionFrontmatterSchema, { title: 'Nõunik', unit: 'talitus', stub: true }),
		).toEqual([]);
	});

	test.each(POSITION_BAD_INPUTS)('%s', (_label, overrides, path, message) => {
		expect(issues(PositionFrontmatterSchema, makeMinimalPosition(overrides))).toContainEqual([
			path,
			message,
		]);
	});
});

describe('IsoDateSchema', () => {
	test.each([
		['2024-02-29', true],
		['2023-02-29', false],
		['2026-02-30', false],
		['2026-13-01', false],
		['2026-04-31', false],
		['2026-12-31', true],
	])('%s valid: %s', (value, valid) => {
		expect(IsoDateSchema.safeParse(value).success).toBe(valid);
	});
});

describe('UnitSchema', () => {
	test('the agency has no parent, every other unit has one', () => {
		expect(issues(UnitSchema, { name: 'Amet', kind: 'amet' })).toEqual([]);
		expect(issues(UnitSchema, { name: 'Osakond', kind: 'osakond' })).toEqual([
			[
				'parent',
				'ülemüksus (parent) on kohustuslik kõigil üksustel peale ameti enda, ametil seda olla ei tohi',
			],
		]);
		expect(issues(UnitSchema, { name: 'Amet', kind: 'amet', parent: 'x' })).toHaveLength(1);
	});
});

describe('CompetencySchema', () => {
	test('requires a group and a definition', () => {
		expect(issues(CompetencySchema, { name: 'Loovus' })).toEqual([
			['group', 'kohustuslik väli puudub; lubatud: core, additional'],
			['definition', 'kohustuslik väli puudub'],
		]);
	});
});
