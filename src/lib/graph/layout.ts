/**
 * Lays out the reporting and substitution graph of a set of positions with dagre, at build time.
 * Input: the model and the positions to draw; output: plain numbers for an SVG (boxes, text
 * baselines, edge point lists), so the page needs no graph library in the browser.
 *
 * Ranks follow the reporting lines only (manager above subordinate); many leaf subordinates of one
 * manager are stacked in columns with a bus line. Substitution edges between positions at
 * different depths are given to dagre as well, so it keeps them short and routes long ones around
 * other boxes; substitution within one rank is drawn as an arc below the boxes. "Another holder of
 * the same position" is a small loop on the box, not an edge. Same input, same output: positions
 * are sorted before anything reaches dagre, and dagre itself has no randomness.
 */
import dagre from '@dagrejs/dagre';
import type { Model } from '../content/model.ts';
import { BUS_OFFSET, NODE_HEIGHT, NODE_SEP, RANK_SEP, type Box, type Point } from './geometry.ts';
import { drawNode, measureNode, normalise, type MeasuredNode } from './layout-nodes.ts';
import { stackLeaves } from './layout-stacks.ts';
import type { GraphLayout, LayoutEdge } from './layout-types.ts';
import { comparePositions } from './order.ts';
import { routeSubstitutions, type Column, type Relation } from './routing.ts';

export type { GraphLayout, LayoutEdge, LayoutNode, Point, TextLine } from './layout-types.ts';
export { measureNode } from './layout-nodes.ts';

export function layoutGraph(model: Model, positionIds: Iterable<string>): GraphLayout {
	const inner = new Set([...positionIds].filter((id) => model.positions.has(id)));
	const otherIds = new Set<string>();
	const consider = (id: string | undefined) => {
		if (id !== undefined && model.positions.has(id) && !inner.has(id)) otherIds.add(id);
	};
	for (const id of inner) {
		const position = model.positions.get(id)!;
		if (position.manager !== position.id) consider(position.manager);
		for (const subordinate of model.subordinates.get(id) ?? []) consider(subordinate.id);
		for (const link of [
			...(model.substitutedBy.get(id) ?? []),
			...(model.substitutes.get(id) ?? []),
		]) {
			if (!link.samePosition) consider(link.positionId);
		}
	}
	const compare = comparePositions(model);
	const positions = [...inner, ...otherIds].map((id) => model.positions.get(id)!).sort(compare);
	const drawn = new Set(positions.map((position) => position.id));
	const order = new Map(positions.map((position, index) => [position.id, index]));
	const touchesInner = (a: string, b: string) => inner.has(a) || inner.has(b);
	const managerOf = (id: string): string | undefined => {
		const manager = model.positions.get(id)?.manager;
		return manager !== undefined &&
			manager !== id &&
			drawn.has(manager) &&
			touchesInner(manager, id)
			? manager
			: undefined;
	};

	const stacks = stackLeaves(
		positions.map((position) => position.id),
		managerOf,
	);

	// Rank of each position: its manager's rank + 1, or + its place in a stacked column.
	const depth = new Map<string, number>();
	const step = (id: string) => 1 + (stacks.get(id)?.index ?? 0);
	for (const position of positions) {
		const chain: string[] = [];
		let current: string | undefined = position.id;
		while (current !== undefined && !depth.has(current) && !chain.includes(current)) {
			chain.push(current);
			current = managerOf(current);
		}
		let base = current !== undefined ? depth.get(current) : undefined;
		for (const id of chain.reverse()) {
			base = base === undefined ? 0 : base + step(id);
			depth.set(id, base);
		}
	}

	const graph = new dagre.graphlib.Graph<
		object,
		{ width: number; height: number },
		{ minlen: number; weight: number }
	>({ multigraph: true });
	graph.setGraph({
		rankdir: 'TB',
		nodesep: NODE_SEP,
		ranksep: RANK_SEP,
		edgesep: 20,
		marginx: 0,
		marginy: 0,
	});
	graph.setDefaultEdgeLabel(() => ({ minlen: 1, weight: 1 }));

	const measured = new Map(
		positions.map((position): [string, MeasuredNode] => {
			const unitName = model.units.get(position.unit)?.name ?? position.unit;
			return [position.id, { ...measureNode(position.title, unitName), unitName }];
		}),
	);
	// Boxes in a stacked column share one width, so that the column has straight sides for its bus and gutter.
	const widthOf = (id: string) => {
		const stack = stacks.get(id);
		return stack
			? Math.max(...stack.members.map((member) => measured.get(member)!.width))
			: measured.get(id)!.width;
	};
	for (const position of positions)
		graph.setNode(position.id, { width: widthOf(position.id), height: NODE_HEIGHT });

	// Reporting edges go to dagre from manager to subordinate; in a stacked column only the top box
	// has one, the others hang below it on a chain and get a bus line of their own afterwards.
	const reporting: { from: string; to: string }[] = [];
	const reportingPairs = new Set<string>();
	for (const position of positions) {
		const manager = managerOf(position.id);
		if (manager === undefined) continue;
		reporting.push({ from: position.id, to: manager });
		reportingPairs.add(`${manager}\u0000${position.id}`);
		const stack = stacks.get(position.id);
		if (!stack) graph.setEdge(manager, position.id, { minlen: 1, weight: 2 }, 'r');
		else if (stack.index === 0)
			graph.setEdge(manager, position.id, { minlen: 1, weight: 2 }, 'r');
		else
			graph.setEdge(
				stack.members[stack.index - 1],
				position.id,
				{ minlen: 1, weight: 20 },
				'c',
			);
	}

	const relations = new Map<string, Relation>();
	const relate = (substitute: string, substituted: string) => {
		if (
			substitute === substituted ||
			!drawn.has(substitute) ||
			!drawn.has(substituted) ||
			!touchesInner(substitute, substituted)
		)
			return;
		const [a, b] =
			order.get(substitute)! < order.get(substituted)!
				? [substitute, substituted]
				: [substituted, substitute];
		const key = `${a}\u0000${b}`;
		const relation = relations.get(key) ?? { a, b, ab: false, ba: false };
		if (substitute === a) relation.ab = true;
		else relation.ba = true;
		relations.set(key, relation);
	};
	for (const position of positions) {
		for (const link of model.substitutes.get(position.id) ?? [])
			relate(position.id, link.positionId);
		for (const link of model.substitutedBy.get(position.id) ?? [])
			relate(link.positionId, position.id);
	}
	const sortedRelations = [...relations.values()].sort(
		(x, y) => order.get(x.a)! - order.get(y.a)! || order.get(x.b)! - order.get(y.b)!,
	);
	for (const { a, b } of sortedRelations) {
		if (stacks.has(a) || stacks.has(b)) continue;
		const [upper, lower] = depth.get(a)! <= depth.get(b)! ? [a, b] : [b, a];
		const span = depth.get(lower)! - depth.get(upper)!;
		// A second dagre edge beside a reporting edge would only bend the reporting line around it.
		if (span > 0 && !reportingPairs.has(`${upper}\u0000${lower}`))
			graph.setEdge(upper, lower, { minlen: span, weight: 1 }, 's');
	}

	dagre.layout(graph);

	const boxes = new Map(
		positions.map((position): [string, Box] => {
			const node = graph.node(position.id) as {
				x: number;
				y: number;
				width: number;
				height: number;
			};
			return [
				position.id,
				{
					cx: node.x,
					cy: node.y,
					left: node.x - node.width / 2,
					right: node.x + node.width / 2,
					top: node.y - node.height / 2,
					bottom: node.y + node.height / 2,
					width: node.width,
				},
			];
		}),
	);
	const box = (id: string) => boxes.get(id)!;
	const columns = new Map<string[], Column>();
	const columnOf = (id: string): Column | undefined => {
		const stack = stacks.get(id);
		if (!stack) return undefined;
		let column = columns.get(stack.members);
		if (!column) {
			const memberBoxes = stack.members.map(box);
			column = {
				members: stack.members,
				top: Math.min(...memberBoxes.map((b) => b.top)),
				left: Math.min(...memberBoxes.map((b) => b.left)),
				right: Math.max(...memberBoxes.map((b) => b.right)),
				lanes: 0,
			};
			columns.set(stack.members, column);
		}
		return column;
	};

	const edges: LayoutEdge[] = reporting.map(({ from, to }) => {
		const stack = stacks.get(from);
		const head = stack ? stack.members[0] : from;
		const dagrePoints = [
			...((graph.edge(to, head, 'r') as { points?: Point[] }).points ?? []),
		].reverse();
		if (!stack || stack.index === 0)
			return { kind: 'reporting', from, to, mutual: false, points: dagrePoints };
		// Bus: out of the left side, up beside the column, and into the top box's line just above it.
		const column = columnOf(from)!;
		const own = box(from);
		const busX = column.left - BUS_OFFSET;
		const joinY = box(head).top - BUS_OFFSET;
		const [p0, p1] = dagrePoints;
		const join =
			p1 && p1.y !== p0.y
				? { x: p0.x + ((p1.x - p0.x) * (joinY - p0.y)) / (p1.y - p0.y), y: joinY }
				: { x: p0.x, y: joinY };
		return {
			kind: 'reporting',
			from,
			to,
			mutual: false,
			points: [
				{ x: own.left, y: own.cy },
				{ x: busX, y: own.cy },
				{ x: busX, y: joinY },
				join,
				...dagrePoints.slice(1),
			],
		};
	});

	edges.push(...routeSubstitutions(sortedRelations, { box, graph, order, columnOf }));

	const nodes = positions.map((position) =>
		drawNode(
			model,
			position,
			box(position.id),
			measured.get(position.id)!,
			!inner.has(position.id),
		),
	);

	return normalise(nodes, edges);
}
