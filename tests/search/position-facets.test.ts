import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, test, vi } from 'vitest';
import type { Position } from '../../schemas/position.ts';
import PositionFacets from '../../src/components/search/PositionFacets.astro';
import { loadContent } from '../../src/lib/content/load.ts';
import { projectRoot } from '../helpers.ts';
import { useModel } from '../support/fake-site-data.ts';

// The page data comes from the content collections, which are empty in Vitest or left over from the
// last build: the real content, parsed here, stands in for them.
const model = useModel(loadContent({ root: projectRoot, today: '2026-11-23' }).model);
vi.mock('../../src/lib/site-data.ts', () => import('../support/fake-site-data.ts'));

async function metas(position: Position): Promise<(string | undefined)[]> {
	const html = await (await AstroContainer.create()).renderToString(PositionFacets, { props: { position } });
	return parse(html)
		.querySelectorAll('[data-pagefind-meta]')
		.map((element) => element.getAttribute('data-pagefind-meta'));
}

describe('PositionFacets', () => {
	const position = [...model.positions.values()].find((candidate) => candidate.unit === 'arendustalitus')!;

	test('names the units above the position, without the agency', async () => {
		expect(await metas(position)).toContain('unit:Arendusosakond › Arendustalitus');
	}, 30_000);

	test('gives no empty unit line to a position placed directly in the agency', async () => {
		const found = await metas({ ...position, unit: 'sotsiaalkindlustusamet' });
		expect(found).toContain('type:Ametikoht');
		expect(found.filter((meta) => meta?.startsWith('unit:'))).toEqual([]);
	}, 30_000);
});
