import { beforeAll, describe, expect, test, vi } from 'vitest';
import CompetencyView from '../../src/components/competencies/CompetencyView.astro';
import { unitChain, type Model } from '../../src/lib/content/model.ts';
import {
	competencyParts,
	competencyUsesByUnit,
	MAX_USES_ON_ONE_PAGE,
} from '../../src/lib/indexes/competencies.ts';
import PartPage from '../../src/pages/kompetentsid/[id]/[osakond].astro';
import { generatedModel, render } from '../support/generated-agency.ts';
import { useModel } from '../support/fake-site-data.ts';

// A generated agency where a competency is required on more positions than one page lists.
let model: Model;

vi.mock('../../src/lib/site-data.ts', () => import('../support/fake-site-data.ts'));

beforeAll(() => {
	model = useModel(generatedModel(500, 7));
}, 60_000);

const usedOn = (id: string) =>
	new Set((model.competencyUsage.get(id) ?? []).map((use) => use.position.id)).size;

describe('competencies used on many positions', () => {
	test('parts are the osakonnad, the agency first; every use is in the part of its unit', () => {
		const competency = [...model.competencies.values()].find(
			(candidate) => usedOn(candidate.id) > MAX_USES_ON_ONE_PAGE,
		)!;
		const groups = competencyUsesByUnit(model, competency.id);
		const parts = competencyParts(model, groups);
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) {
			for (const group of part.groups)
				expect(unitChain(model, group.unitId).map((unit) => unit.id)).toContain(part.id);
			expect(
				part.unit?.parent === undefined ||
					model.units.get(part.unit.parent)?.parent === undefined,
			).toBe(true);
		}
		expect(parts.flatMap((part) => part.groups)).toHaveLength(groups.length);
		const names = parts
			.filter((part) => part.unit?.parent !== undefined)
			.map((part) => part.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'et')));
		expect(parts.reduce((sum, part) => sum + part.positionCount, 0)).toBe(
			usedOn(competency.id),
		);
	});

	test('the competency page links to a page per osakond instead of listing every position', async () => {
		const competency = [...model.competencies.values()].find(
			(candidate) => usedOn(candidate.id) > MAX_USES_ON_ONE_PAGE,
		)!;
		const page = await render(CompetencyView, { competency });
		expect(page.querySelectorAll('.uses')).toHaveLength(0);
		const links = page
			.querySelectorAll('table.count-table a')
			.map((a) => a.getAttribute('href'));
		const parts = competencyParts(model, competencyUsesByUnit(model, competency.id));
		expect(links).toEqual(parts.map((part) => `/kompetentsid/${competency.id}/${part.id}/`));

		const part = parts.find((candidate) => candidate.unit?.parent !== undefined)!;
		const partPage = await render(PartPage, { competency, part });
		const listed = partPage
			.querySelectorAll('.uses .position-name a')
			.map((a) => a.getAttribute('href'));
		expect(listed).toEqual(
			part.groups.flatMap((group) =>
				group.uses.map((use) => `/ametikohad/${use.position.id}/`),
			),
		);
		// Headings go down one level at a time: h1, the units h2, the positions h3.
		expect(partPage.querySelectorAll('.uses h3.position-name')).toHaveLength(listed.length);
		expect(partPage.querySelectorAll('section > h2[id^="uksus-"]')).toHaveLength(
			part.groups.length,
		);
		// Each position with its own document's indicators.
		const withIndicators = part.groups
			.flatMap((group) => group.uses)
			.find((use) => use.ref.indicators.length > 0)!;
		expect(partPage.text).toContain(withIndicators.ref.indicators[0]);
	}, 60_000);

	test('a competency on fewer positions keeps them all on its own page', async () => {
		const large = model;
		try {
			model = useModel(generatedModel(60, 7));
			const competency = [...model.competencies.values()].find(
				(candidate) => usedOn(candidate.id) > 0,
			)!;
			const page = await render(CompetencyView, { competency });
			expect(page.querySelector('table.count-table')).toBeNull();
			expect(
				new Set(
					page
						.querySelectorAll('.uses .position-name a')
						.map((a) => a.getAttribute('href')),
				).size,
			).toBe(usedOn(competency.id));
		} finally {
			model = useModel(large);
		}
	}, 60_000);
});
