import { beforeAll, describe, expect, test, vi } from 'vitest';
import UnitView from '../../src/components/units/UnitView.astro';
import type { Model } from '../../src/lib/content/model.ts';
import type { LaidOutSection } from '../../src/lib/graph/laid-out.ts';
import type { SubstitutionPages } from '../../src/lib/graph/substitution-report.ts';
import { buildUnitTree } from '../../src/lib/indexes/units.ts';
import SectionPage, { getStaticPaths } from '../../src/pages/asendused/[id].astro';
import IndexPage from '../../src/pages/asendused/index.astro';
import { generatedModel, render, type Component } from '../support/generated-agency.ts';
import { getSubstitutionPages, useModel } from '../support/fake-site-data.ts';

// A generated agency too large for one picture (more than 150 positions): /asendused/ lists the parts
// and each part gets its own page. The page data is mocked with this model (collections are empty in Vitest).
let model: Model;
let pages: SubstitutionPages<LaidOutSection>;

vi.mock('../../src/lib/site-data.ts', () => import('../support/fake-site-data.ts'));

beforeAll(async () => {
	model = useModel(generatedModel(400, 5));
	pages = await getSubstitutionPages();
}, 60_000);

describe('substitution pages of a large agency', () => {
	test('/asendused/ lists every part with its counts instead of the whole table and all pictures', async () => {
		expect(pages.split).toBe(true);
		const page = await render(IndexPage);
		expect(page.querySelector('table.substitutions')).toBeNull();
		expect(page.querySelector('svg.graph')).toBeNull();
		const rows = page.querySelectorAll('table.sections tbody tr');
		expect(rows.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual(
			pages.sections.map(({ section }) => `/asendused/${section.id}/`),
		);
		// The problem counts of the parts add up to the agency's (a one-sided relation between two parts counts in both).
		const column = (index: number) =>
			rows.reduce(
				(sum, row) => sum + Number(row.querySelectorAll('td')[index].text.trim()),
				0,
			);
		expect(column(0)).toBe(pages.report.positionCount);
		expect(column(1)).toBe(pages.report.counts.missing);
		expect(column(2)).toBeGreaterThanOrEqual(pages.report.counts.asymmetric);
		// The problems themselves stay on the overview.
		expect(page.querySelector('#asendaja-puudub')).not.toBeNull();
	}, 60_000);

	test('there is a page for every part, named by its id', async () => {
		const paths = await getStaticPaths();
		expect(paths.map((path) => path.params.id)).toEqual(
			pages.sections.map(({ section }) => section.id),
		);
	});

	test('a part page has the rows of its own positions and its picture', async () => {
		const part =
			pages.sections.find(
				(candidate) => candidate.positionCount > 3 && candidate.counts.missing > 0,
			) ?? pages.sections[0];
		// The page takes its part from its id alone (no props).
		const page = await render(
			// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed by astro check, which knows the page's props; only ESLint sees an error type
			SectionPage as unknown as Component,
			{},
			{ params: { id: part.section.id } },
		);
		expect(page.querySelector('h1')?.text).toBe(part.section.heading);
		const rowIds = page
			.querySelectorAll('table.substitutions tr[id]')
			.map((row) => row.getAttribute('id'));
		expect(rowIds).toEqual(
			part.groups.flatMap((group) => group.rows.map((row) => `ametikoht-${row.position.id}`)),
		);
		expect(page.querySelectorAll('svg.graph')).toHaveLength(1);
		expect(page.querySelectorAll('svg.graph g.node').length).toBeGreaterThanOrEqual(
			part.section.positionIds.length,
		);
		expect(page.querySelector('.lead')?.text).toContain('asendaja puudub');
	}, 60_000);

	test("a unit page links to the part that draws the unit's positions", async () => {
		const tree = buildUnitTree(model);
		const nodes = [...tree.roots];
		for (let index = 0; index < nodes.length; index++) nodes.push(...nodes[index].children);
		const node = nodes.find(
			(candidate) => candidate.positions.length > 0 && candidate.depth >= 2,
		)!;
		const page = await render(UnitView, { node });
		const href = page
			.querySelectorAll('dl.facts a')
			.map((a) => a.getAttribute('href'))
			.find((link) => link?.startsWith('/asendused/'));
		const drawn = pages.sections.find(({ section }) =>
			section.positionIds.includes(node.positions[0].id),
		)!;
		expect(href).toBe(`/asendused/${drawn.section.id}/`);
	}, 60_000);
});
