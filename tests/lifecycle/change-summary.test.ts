/** What the history and the feeds say about a change: Estonian from the diff, never the commit subject. */
import { describe, expect, test } from 'vitest';
import type { Position } from '../../schemas/position.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { describeChange, UNREADABLE_CHANGE } from '../../src/lib/lifecycle/change-summary.ts';
import type { ChangeEntry } from '../../src/lib/lifecycle/changes.ts';
import { diffPositions, modelNames } from '../../src/lib/lifecycle/diff.ts';
import type { Version } from '../../src/lib/lifecycle/history.ts';
import { changesFeed, FEED_ID_BASE } from '../../src/lib/lifecycle/site.ts';
import { projectRoot } from '../helpers.ts';

const { model } = loadContent({ root: projectRoot, today: '2026-11-22' });
const names = modelNames(model);
const ekspert = model.positions.get('ekspert-kvaliteet-ja-seire')!;

describe('describeChange on a real position', () => {
	test('a result added and a duty reworded, by the document’s own numbers', () => {
		const after: Position = {
			...ekspert,
			duties: ekspert.duties.map((duty) =>
				duty.number === '2.1'
					? { ...duty, results: [...duty.results, 'Andmed on avaldatud avaandmetena.'] }
					: duty.number === '2.2'
						? { ...duty, text: [`${duty.text[0]} Tulemuste tutvustamine.`] }
						: duty,
			),
		};
		expect(
			describeChange({
				first: false,
				before: ekspert,
				after,
				diff: diffPositions(ekspert, after, names),
			}),
		).toBe('Lisatud 1 oodatav tulemus; muudetud tööülesanne 2.2.');
	});

	test('a requirement marked recommended is named', () => {
		const after: Position = {
			...ekspert,
			requirements: {
				...ekspert.requirements,
				experience: { ...ekspert.requirements.experience!, recommended: true },
			},
		};
		expect(
			describeChange({
				first: false,
				before: ekspert,
				after,
				diff: diffPositions(ekspert, after, names),
			}),
		).toBe('Muudetud töökogemus.');
	});

	test('requirements reordered to the document’s order', () => {
		const position = (order: Position['requirementOrder']): Position => ({
			...ekspert,
			requirementOrder: order,
		});
		const before = position([
			'education',
			'experience',
			'languages',
			'knowledge',
			'personalQualities',
		]);
		const after = position([
			'education',
			'knowledge',
			'personalQualities',
			'experience',
			'languages',
		]);
		expect(
			describeChange({
				first: false,
				before,
				after,
				diff: diffPositions(before, after, names),
			}),
		).toBe('Muudetud nõuete järjekord.');
		expect(diffPositions(before, { ...before }, names).empty).toBe(true);
	});

	test('a new approval names its directive', () => {
		const approved: Position = {
			...ekspert,
			approval: { date: '2026-11-30', directive: '1-2/57', approverRole: 'peadirektor' },
		};
		expect(
			describeChange({
				first: false,
				before: ekspert,
				after: approved,
				diff: diffPositions(ekspert, approved, names),
			}),
		).toBe('Kinnitatud käskkirjaga nr 1-2/57.');
		expect(describeChange({ first: true, after: approved })).toBe(
			'Ametijuhend lisatud. Kinnitatud käskkirjaga nr 1-2/57.',
		);
		const reworded: Position = {
			...approved,
			purpose: `${ekspert.purpose} Teenuste arendamine.`,
		};
		expect(
			describeChange({
				first: false,
				before: ekspert,
				after: reworded,
				diff: diffPositions(ekspert, reworded, names),
			}),
		).toBe('Muudetud eesmärk. Kinnitatud käskkirjaga nr 1-2/57.');
	});

	test('a version that no longer parses says so', () => {
		expect(describeChange({ first: false, before: ekspert })).toBe(UNREADABLE_CHANGE);
	});
});

describe('changesFeed', () => {
	const version: Version = {
		commit: 'a'.repeat(40),
		short: 'a'.repeat(12),
		date: '2026-11-30',
		dateTime: '2026-11-30T10:00:00+02:00',
		subject: 'Add foundation: content model, parser, validator',
		note: 'Muudetud töökorralduse tõttu.',
		blob: 'b'.repeat(40),
		path: 'content/positions/x.md',
		change: 'modified',
		boundary: false,
	};
	const entry: ChangeEntry = {
		position: ekspert,
		version,
		href: '/ametikohad/ekspert-kvaliteet-ja-seire/ajalugu/',
		time: 0,
	};
	const feed = (site: URL | undefined) =>
		changesFeed({
			site,
			path: '/muudatused.xml',
			page: '/muudatused/',
			title: 'Muudatused',
			entries: [entry],
			unitName: () => 'Ohvriabiteenuste tugitalitus',
			describe: () => 'Lisatud 1 oodatav tulemus.',
			fallbackUpdated: '2026-11-30',
		});

	test('says what changed and the editor’s note, never the commit subject', () => {
		const xml = feed(new URL('https://ametijuhendid.ska.ee/'));
		expect(xml).toContain(
			'<summary>Lisatud 1 oodatav tulemus. · Selgitus: Muudetud töökorralduse tõttu. · Ohvriabiteenuste tugitalitus</summary>',
		);
		expect(xml).not.toContain('Add foundation');
		expect(xml).toContain(
			'href="https://ametijuhendid.ska.ee/ametikohad/ekspert-kvaliteet-ja-seire/ajalugu/"',
		);
	});

	test('without SITE_URL links are root-relative and ids are tag URIs, never localhost', () => {
		const xml = feed(undefined);
		expect(xml).not.toMatch(/localhost|href="http|<id>http/);
		expect(xml).toContain(
			'<link rel="alternate" type="text/html" href="/ametikohad/ekspert-kvaliteet-ja-seire/ajalugu/"/>',
		);
		expect(xml).toContain(
			`<id>${FEED_ID_BASE}/ametikohad/ekspert-kvaliteet-ja-seire/ajalugu/#${'a'.repeat(40)}</id>`,
		);
		expect(xml).toContain(
			'<link rel="self" type="application/atom+xml" href="/muudatused.xml"/>',
		);
	});
});
