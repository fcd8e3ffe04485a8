import { describe, expect, test } from 'vitest';
import {
	layoutGraph,
	type GraphLayout,
	type LayoutNode,
	type Point,
} from '../../src/lib/graph/layout.ts';
import { graphSections } from '../../src/lib/graph/sections.ts';
import { roundedPath } from '../../src/lib/graph/svg-path.ts';
import { estimateTextWidth } from '../../src/lib/graph/text.ts';
import { makeModel, position, positions } from './fixture.ts';

const model = makeModel();
const all = [...model.positions.keys()];
const layout = layoutGraph(model, all);
const edgeList = (graph: GraphLayout, kind: string) =>
	graph.edges
		.filter((edge) => edge.kind === kind)
		.map((edge) => `${edge.from}→${edge.to}${edge.mutual ? ' (mutual)' : ''}`)
		.sort();

const overlaps = (a: LayoutNode, b: LayoutNode) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const onBoundary = (point: Point, node: LayoutNode) => {
	const inX = point.x >= node.x - 1 && point.x <= node.x + node.width + 1;
	const inY = point.y >= node.y - 1 && point.y <= node.y + node.height + 1;
	const onEdgeX = Math.abs(point.x - node.x) <= 1 || Math.abs(point.x - node.x - node.width) <= 1;
	const onEdgeY =
		Math.abs(point.y - node.y) <= 1 || Math.abs(point.y - node.y - node.height) <= 1;
	return inX && inY && (onEdgeX || onEdgeY);
};

describe('layoutGraph', () => {
	test('draws every position once', () => {
		expect(layout.nodes.map((node) => node.id).sort()).toEqual([...all].sort());
		expect(layout.nodes.find((node) => node.id === 'juht')?.stub).toBe(true);
		expect(layout.nodes.some((node) => node.external)).toBe(false);
	});

	test('reporting edges run from subordinate to manager', () => {
		expect(edgeList(layout, 'reporting')).toEqual([
			'a→juht',
			'b→juht',
			'c→juht',
			'd→juht',
			'f→e',
		]);
	});

	test('substitution edges run from substitute to substituted; both-way substitution is one edge', () => {
		expect(edgeList(layout, 'substitution')).toEqual(['b→a', 'c→a', 'f→e (mutual)', 'juht→c']);
	});

	test('another holder of the same position is a loop on the box, not an edge', () => {
		expect(layout.edges.some((edge) => edge.from === edge.to)).toBe(false);
		expect(
			layout.nodes
				.filter((node) => node.loop)
				.map((node) => node.id)
				.sort(),
		).toEqual(['a', 'b']);
	});

	test('managers are drawn above their subordinates', () => {
		const node = (id: string) => layout.nodes.find((candidate) => candidate.id === id)!;
		for (const id of ['a', 'b', 'c', 'd'])
			expect(node(id).y).toBeGreaterThan(node('juht').y + node('juht').height);
	});

	test('no two boxes overlap, and nothing leaves the canvas', () => {
		for (const [index, a] of layout.nodes.entries()) {
			for (const b of layout.nodes.slice(index + 1))
				expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
			const right = Math.max(a.x + a.width, ...(a.loop ?? []).map((point) => point.x));
			expect(a.x).toBeGreaterThanOrEqual(0);
			expect(right).toBeLessThanOrEqual(layout.width);
			expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
		}
		for (const point of layout.edges.flatMap((edge) => edge.points)) {
			expect(point.x).toBeGreaterThanOrEqual(0);
			expect(point.y).toBeGreaterThanOrEqual(0);
			expect(point.x).toBeLessThanOrEqual(layout.width);
			expect(point.y).toBeLessThanOrEqual(layout.height);
		}
	});

	test('edges start and end on the boxes they connect', () => {
		const node = (id: string) => layout.nodes.find((candidate) => candidate.id === id)!;
		for (const edge of layout.edges) {
			expect(edge.points.length).toBeGreaterThanOrEqual(2);
			expect(
				onBoundary(edge.points[0], node(edge.from)),
				`${edge.kind} ${edge.from}→${edge.to} start`,
			).toBe(true);
			expect(
				onBoundary(edge.points.at(-1)!, node(edge.to)),
				`${edge.kind} ${edge.from}→${edge.to} end`,
			).toBe(true);
		}
	});

	test('text fits inside its box, long titles wrap onto two lines', () => {
		for (const node of layout.nodes) {
			expect(node.lines.filter((line) => line.kind === 'title').length).toBeLessThanOrEqual(
				2,
			);
			for (const line of node.lines) {
				const width = estimateTextWidth(
					line.text,
					line.kind === 'title' ? 13 : 11,
					line.kind === 'title',
				);
				expect(width, line.text).toBeLessThanOrEqual(node.width - 16);
				expect(line.y).toBeGreaterThan(node.y);
				expect(line.y).toBeLessThan(node.y + node.height);
			}
		}
		expect(
			layout.nodes.find((node) => node.id === 'c')?.lines.map((line) => line.text),
		).toEqual([
			'Järelevalve juhtivspetsialist',
			'(täisealistele osutatavad teenused)',
			'Talitus',
		]);
	});

	test('is deterministic, whatever order the content arrives in', () => {
		expect(layoutGraph(model, all)).toEqual(layout);
		const shuffled = makeModel([...positions].reverse());
		expect(layoutGraph(shuffled, [...all].reverse())).toEqual(layout);
	});

	test('a subset is drawn with its direct neighbours outside it as external boxes', () => {
		const part = layoutGraph(model, ['c']);
		expect(part.nodes.map((node) => [node.id, node.external]).sort()).toEqual([
			['a', true],
			['c', false],
			['juht', true],
		]);
		expect(edgeList(part, 'reporting')).toEqual(['c→juht']);
		expect(edgeList(part, 'substitution')).toEqual(['c→a', 'juht→c']);
	});

	test('an empty subset gives an empty picture', () => {
		expect(layoutGraph(model, [])).toEqual({ width: 32, height: 32, nodes: [], edges: [] });
	});
});

describe('layoutGraph with many subordinates', () => {
	// Ten specialists under one manager: each substitutes the next, the first also the manager.
	const ids = Array.from({ length: 10 }, (_, index) => `s${index}`);
	const big = makeModel([
		position('juht', { title: 'Talitusejuhataja', manager: undefined, substitutedBy: ['s0'] }),
		...ids.map((id, index) =>
			position(id, {
				title: `Spetsialist ${String(index).padStart(2, '0')}`,
				manager: 'juht',
				substitutedBy: index % 3 === 0 ? [id] : [ids[(index + 1) % ids.length]],
				substitutes: index === 0 ? ['juht'] : [],
			}),
		),
	]);
	const stacked = layoutGraph(big, [...big.positions.keys()]);
	const node = (id: string) => stacked.nodes.find((candidate) => candidate.id === id)!;

	test('stacks leaf subordinates in columns instead of one long row', () => {
		const columns = new Set(ids.map((id) => node(id).x));
		expect(columns.size).toBe(Math.ceil(Math.sqrt(ids.length)));
		expect(stacked.width).toBeLessThan(ids.length * 120);
		for (const id of ids)
			expect(node(id).y).toBeGreaterThan(node('juht').y + node('juht').height);
	});

	test('keeps boxes apart and every edge attached to its boxes', () => {
		for (const [index, a] of stacked.nodes.entries()) {
			for (const b of stacked.nodes.slice(index + 1))
				expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
		}
		for (const edge of stacked.edges) {
			expect(
				onBoundary(edge.points[0], node(edge.from)),
				`${edge.kind} ${edge.from}→${edge.to} start`,
			).toBe(true);
			expect(
				onBoundary(edge.points.at(-1)!, node(edge.to)),
				`${edge.kind} ${edge.from}→${edge.to} end`,
			).toBe(true);
		}
		expect(edgeList(stacked, 'reporting')).toEqual(ids.map((id) => `${id}→juht`));
		expect(edgeList(stacked, 'substitution')).toContain('s0→juht');
	});

	test('is deterministic', () => {
		expect(layoutGraph(big, [...big.positions.keys()].reverse())).toEqual(stacked);
	});
});

describe('graphSections', () => {
	test('one picture while the agency is small', () => {
		expect(graphSections(model)).toEqual([
			{ id: 'koik', heading: '', positionIds: ['f', 'e', 'c', 'd', 'a', 'b', 'juht'] },
		]);
	});

	test('one picture per osakond when there are too many positions', () => {
		const sections = graphSections(model, 5);
		expect(
			sections.map((section) => [section.id, section.heading, section.positionIds]),
		).toEqual([
			['osakond', 'Osakond', ['c', 'd', 'a', 'b', 'juht']],
			['teine', 'Teine osakond', ['f', 'e']],
		]);
	});

	test('an osakond still too big is split by its talitused, and every position is drawn once', () => {
		const big = makeModel([
			...positions,
			position('osakonnajuhataja', {
				title: 'Osakonnajuhataja',
				unit: 'osakond',
				manager: undefined,
			}),
		]);
		const sections = graphSections(big, 4);
		expect(sections.map((section) => [section.id, section.heading])).toEqual([
			['osakond', 'Osakond'],
			['talitus', 'Osakond › Talitus'],
			['teine', 'Teine osakond'],
		]);
		expect(sections.flatMap((section) => section.positionIds).sort()).toEqual(
			[...big.positions.keys()].sort(),
		);
	});
});

describe('roundedPath', () => {
	test('straight lines stay straight; corners are rounded', () => {
		expect(
			roundedPath([
				{ x: 0, y: 0 },
				{ x: 0, y: 50 },
			]),
		).toBe('M0 0 L0 50');
		expect(
			roundedPath(
				[
					{ x: 0, y: 0 },
					{ x: 0, y: 50 },
					{ x: 40, y: 50 },
					{ x: 40, y: 100 },
				],
				10,
			),
		).toBe('M0 0 L0 40 Q0 50 10 50 L30 50 Q40 50 40 60 L40 100');
	});
});
