import { beforeAll, describe, expect, test, vi } from 'vitest';
import UnitView from '../../src/components/units/UnitView.astro';
import type { Model } from '../../src/lib/content/model.ts';
import { buildUnitTree } from '../../src/lib/indexes/units.ts';
import IndexPage from '../../src/pages/ametikohad/index.astro';
import { generatedModel, render } from '../support/generated-agency.ts';
import { useModel } from '../support/fake-site-data.ts';

// /ametikohad/ and the unit pages stop listing every position above MAX_POSITION_LINKS; a lower limit here
// lets a 400-position agency stand for one of thousands.
const LIMIT = 100;
vi.mock('../../src/lib/paging.ts', async (importOriginal) => ({
	...(await importOriginal<object>()),
	MAX_POSITION_LINKS: 100,
}));

let model: Model;

vi.mock('../../src/lib/site-data.ts', () => import('../support/fake-site-data.ts'));

beforeAll(() => {
	model = useModel(generatedModel(400, 17));
}, 60_000);

describe('position lists of a large agency', () => {
	test('/ametikohad/ lists the osakonnad with their counts and only the agency’s own positions', async () => {
		const page = await render(IndexPage);
		const rows = page.querySelectorAll('table.count-table tbody tr');
		const tree = buildUnitTree(model);
		const osakonnad = tree.roots
			.flatMap((rootNode) => rootNode.children)
			.filter((node) => node.total > 0);
		expect(rows.map((row) => row.querySelector('a')?.getAttribute('href')).sort()).toEqual(
			osakonnad.map((node) => `/uksused/${node.unit.id}/`).sort(),
		);
		const total = rows.reduce(
			(sum, row) => sum + Number(row.querySelector('td')!.text.trim()),
			0,
		);
		const own = tree.roots.reduce((sum, rootNode) => sum + rootNode.positions.length, 0);
		expect(total + own).toBe(model.positions.size);
		expect(
			page.querySelectorAll('section[aria-labelledby^="unit-"] li a[href^="/ametikohad/"]'),
		).toHaveLength(own);
	}, 60_000);

	test('a unit page lists its sub-units’ positions only up to the limit', async () => {
		const tree = buildUnitTree(model);
		const nodes = [...tree.roots];
		for (let index = 0; index < nodes.length; index++) nodes.push(...nodes[index].children);
		const large = nodes.find(
			(node) => node.children.length > 0 && node.total - node.positions.length > LIMIT,
		)!;
		const small = nodes.find(
			(node) =>
				node.children.length > 0 &&
				node.total - node.positions.length <= LIMIT &&
				node.total > node.positions.length,
		)!;
		const section = async (node: typeof large) =>
			(await render(UnitView, { node })).querySelector(
				'section[aria-labelledby="allyksuste-ametikohad"]',
			)!;
		expect((await section(large)).querySelectorAll('a[href^="/ametikohad/"]')).toHaveLength(0);
		expect((await section(large)).text).toContain(
			`Allüksustes on kokku ${large.total - large.positions.length} ametikohta`,
		);
		expect(
			(await section(small)).querySelectorAll('a[href^="/ametikohad/"]').length,
		).toBeGreaterThanOrEqual(small.total - small.positions.length);
	}, 60_000);
});
