import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, test, vi } from 'vitest';
import type { Position } from '../../schemas/position.ts';
import PositionFacets from '../../src/lib/search/components/PositionFacets.astro';
import { facetValues } from '../../src/lib/search/facets.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { projectRoot } from '../helpers.ts';
import { useModel } from '../support/fake-site-data.ts';

// The page data comes from the content collections, which are empty in Vitest or left over from the
// last build: the real content, parsed here, stands in for them.
const model = useModel(loadContent({ root: projectRoot, today: '2026-11-23' }).model);
vi.mock('../../src/lib/site-data.ts', () => import('../support/fake-site-data.ts'));

async function metas(position: Position): Promise<(string | undefined)[]> {
	const html = await (
		await AstroContainer.create()
	).renderToString(PositionFacets, { props: { position } });
	return parse(html)
		.querySelectorAll('[data-pagefind-meta]')
		.map((element) => element.getAttribute('data-pagefind-meta'));
}

async function filters(position: Position): Promise<string[]> {
	const html = await (
		await AstroContainer.create()
	).renderToString(PositionFacets, { props: { position } });
	return parse(html)
		.querySelectorAll('[data-pagefind-filter]')
		.map((element) => element.getAttribute('data-pagefind-filter')!)
		.filter((filter) => !filter.startsWith('jarjestus-'));
}

describe('PositionFacets', () => {
	const position = [...model.positions.values()].find(
		(candidate) => candidate.unit === 'arendustalitus',
	)!;

	test('names the units above the position, without the agency', async () => {
		expect(await metas(position)).toContain('unit:Arendusosakond › Arendustalitus');
	}, 30_000);

	test('gives no empty unit line to a position placed directly in the agency', async () => {
		const found = await metas({ ...position, unit: 'sotsiaalkindlustusamet' });
		expect(found).toContain('type:Ametikoht');
		expect(found.filter((meta) => meta?.startsWith('unit:'))).toEqual([]);
	}, 30_000);

	test('filters by ids, never by names: Pagefind 1.5.2 never matches a filter value with " or \\ in it', async () => {
		const found = await filters(position);
		expect(found).toContain('osakond:arendusosakond');
		expect(found).toContain('talitus:arendustalitus');
		for (const filter of found) expect(filter).toMatch(/^[a-z]+:[a-z0-9-]+$/);
		for (const { id, label, count } of facetValues(model).get('osakond')!) {
			expect(count).toBeGreaterThan(0);
			expect(model.units.get(id)?.name).toBe(label);
		}
	}, 30_000);
});
