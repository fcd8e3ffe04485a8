import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { unitChain } from '../../src/lib/content/model.ts';
import { layoutGraph } from '../../src/lib/graph/layout.ts';
import { osakondGroups, osakondPictures } from '../../src/lib/graph/pictures.ts';
import { projectRoot } from '../helpers.ts';
import { makeModel, position, positions } from './fixture.ts';

const { model } = loadContent({ root: projectRoot, today: '2026-11-22' });
const all = [...model.positions.keys()];

describe('osakondPictures on the committed content', () => {
	const pictures = osakondPictures(model, all);

	test('one picture per osakond, in Estonian order, each drawing its own positions in full', () => {
		const osakonnad = new Set(
			all.map((id) => unitChain(model, model.positions.get(id)!.unit)[1]?.id),
		);
		expect(pictures.map((picture) => picture.id).sort()).toEqual([...osakonnad].sort());
		const headings = pictures.map((picture) => picture.heading);
		expect(headings).toEqual([...headings].sort((a, b) => a.localeCompare(b, 'et')));
		const inner = pictures.flatMap((picture) =>
			picture.layout.nodes.filter((node) => !node.external).map((node) => node.id),
		);
		expect(inner.sort()).toEqual([...all].sort());
	});

	test('each picture is far narrower than the whole agency drawn as one', () => {
		const whole = layoutGraph(model, all).width;
		const widest = Math.max(...pictures.map((picture) => picture.layout.width));
		expect(whole).toBeGreaterThan(1200);
		expect(widest).toBeLessThan(whole / 2);
		// Narrow enough to stand at its natural size beside another in a 1,168 px column.
		expect(widest).toBeLessThan(584);
	});
});

test("osakondGroups: the agency's own positions first under its name, then the osakonnad with their talitused", () => {
	const model = makeModel([
		...positions,
		position('direktor', { title: 'Peadirektor', unit: 'amet', manager: undefined }),
	]);
	expect(osakondGroups(model, model.positions.keys())).toEqual([
		{ id: 'amet', heading: 'Amet', ids: ['direktor'] },
		{ id: 'osakond', heading: 'Osakond', ids: ['juht', 'a', 'b', 'c', 'd'] },
		{ id: 'teine', heading: 'Teine osakond', ids: ['e', 'f'] },
	]);
});
