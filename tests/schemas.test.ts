import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { CompetencySchema } from '../schemas/competency.ts';
import { PositionFrontmatterSchema } from '../schemas/position.ts';
import { IsoDateSchema } from '../schemas/shared.ts';
import { UnitSchema } from '../schemas/unit.ts';
import { zodIssueMessage } from '../src/lib/content/messages.ts';
import { makeMinimalPosition } from './helpers.ts';

function issues(schema: z.ZodType, data: unknown) {
	const result = schema.safeParse(data, { error: zodIssueMessage, reportInput: true });
	return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
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
		expect(issues(PositionFrontmatterSchema, makeMinimalPosition({ sourceUrl: 'https://dhs.ska.ee/dokument/123' }))).toEqual([]);
	});

	test('a stub needs only title and unit', () => {
		expect(issues(PositionFrontmatterSchema, { title: 'Nõunik', unit: 'talitus', stub: true })).toEqual([]);
	});

	test.each([
		['title missing', { title: undefined }, 'title', 'kohustuslik väli puudub'],
		['empty title', { title: '  ' }, 'title', 'tekst ei tohi olla tühi'],
		['unit with capitals', { unit: 'Teenuste-Osakond' }, 'unit', 'tunnus peab olema väiketähtedes ASCII, sõnad sidekriipsuga (nt "kvaliteedi-peaspetsialist")'],
		['substitutes as text', { substitutes: 'x' }, 'substitutes', 'vale tüüp: oodati loend, kirjas on tekst'],
		['unknown status', { status: 'kinnitatud' }, 'status', 'lubamatu väärtus "kinnitatud"; lubatud: kehtiv, eelnõu, kehtetu'],
		['stub as word', { stub: 'jah' }, 'stub', 'väärtus peab olema true või false'],
		['purpose missing', { purpose: undefined }, 'purpose', 'ametikoha eesmärk puudub: lisa väli purpose (või märgi stub: true, kui juhendit veel pole)'],
		['impossible date', { lastReviewed: '2026-02-30' }, 'lastReviewed', 'sellist kuupäeva ei ole kalendris'],
		['date in another form', { lastReviewed: '30.01.2026' }, 'lastReviewed', 'kuupäev peab olema kujul AAAA-KK-PP (nt 2024-03-26)'],
		['interval as text', { reviewIntervalMonths: 'kaksteist' }, 'reviewIntervalMonths', 'ülevaatuse intervall peab olema kuude arv'],
		['interval zero', { reviewIntervalMonths: 0 }, 'reviewIntervalMonths', 'ülevaatuse intervall peab olema vähemalt 1 kuu'],
		['unknown CEFR level', { requirements: { languages: { text: 'x', items: [{ language: 'eesti', level: 'C3' }] } } }, 'requirements.languages.items.0.level', 'lubamatu väärtus "C3"; lubatud: A1, A2, B1, B2, C1, C2'],
		['unknown language', { requirements: { languages: { text: 'x', items: [{ language: 'eestikeel', level: 'C1' }] } } }, 'requirements.languages.items.0.language', expect.stringContaining('lubamatu väärtus "eestikeel"')],
		['negative experience', { requirements: { experience: { text: 'x', years: -1 } } }, 'requirements.experience.years', 'aastate arv ei saa olla negatiivne'],
		['competency without name', { competencies: { core: [{ indicators: ['x'] }] } }, 'competencies.core.0.name', 'kohustuslik väli puudub'],
		['unknown field', { substitutedby: [] }, '', 'tundmatu väli: substitutedby'],
		['source address without a scheme', { sourceUrl: 'dhs.ska.ee/dokument/1' }, 'sourceUrl', 'aadress peab algama https:// või http:// (nt dokumendiregistri link)'],
		['source address of another scheme', { sourceUrl: 'file:///C:/ametijuhend.pdf' }, 'sourceUrl', 'aadress peab algama https:// või http:// (nt dokumendiregistri link)'],
	])('%s', (_label, overrides, path, message) => {
		expect(issues(PositionFrontmatterSchema, makeMinimalPosition(overrides))).toContainEqual([path, message]);
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
			['parent', 'ülemüksus (parent) on kohustuslik kõigil üksustel peale ameti enda, ametil seda olla ei tohi'],
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
