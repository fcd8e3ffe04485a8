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
import {
	BUS_OFFSET,
	LINE_GAP,
	LOOP_REACH,
	MARGIN,
	NODE_HEIGHT,
	NODE_MIN_WIDTH,
	NODE_SEP,
	PAD_X,
	RANK_SEP,
	STACK_ABOVE,
	TITLE_FONT_SIZE,
	TITLE_LINE,
	TITLE_MAX_WIDTH,
	TITLE_PREFERRED_WIDTH,
	UNIT_FONT_SIZE,
	UNIT_LINE,
	UNIT_MAX_WIDTH,
	type Box,
	type Point,
} from './geometry.ts';
import { comparePositions } from './order.ts';
import { routeSubstitutions, type Column, type Relation } from './routing.ts';
import { estimateTextWidth, truncate, wrapTwoLines } from './text.ts';

export type { Point } from './geometry.ts';

export interface TextLine {
	text: string;
	kind: 'title' | 'unit';
	/** Baseline, absolute; lines are centred on the box's x centre. */
	y: number;
}

export interface LayoutNode {
	id: string;
	/** Top-left corner and size of the box. */
	x: number;
	y: number;
	width: number;
	height: number;
	title: string;
	unitName: string;
	lines: TextLine[];
	stub: boolean;
	/** Drawn for context only: a manager, subordinate or substitution partner outside this picture's positions. */
	external: boolean;
	/** Cubic Bézier (start, two control points, end) of the "same position" loop on the box's right side. */
	loop?: [Point, Point, Point, Point];
}

export interface LayoutEdge {
	kind: 'reporting' | 'substitution';
	/** Arrow direction: subordinate → manager, substitute → substituted. */
	from: string;
	to: string;
	/** Substitution declared both ways: arrowheads at both ends. */
	mutual: boolean;
	/** Polyline from `from` to `to`; the renderer rounds its corners. */
	points: Point[];
}

export interface GraphLayout {
	width: number;
	height: number;
	nodes: LayoutNode[];
	edges: LayoutEdge[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Title lines, unit line and box width for one position. */
export function measureNode(
	title: string,
	unitName: string,
): { titleLines: string[]; unitLine: string; width: number } {
	const titleStyle = { fontSize: TITLE_FONT_SIZE, bold: true };
	const unitStyle = { fontSize: UNIT_FONT_SIZE };
	const titleLines = wrapTwoLines(title, titleStyle, TITLE_PREFERRED_WIDTH, TITLE_MAX_WIDTH);
	const unitLine = truncate(unitName, UNIT_MAX_WIDTH, unitStyle);
	const textWidth = Math.max(
		...titleLines.map((line) => estimateTextWidth(line, titleStyle.fontSize, titleStyle.bold)),
		estimateTextWidth(unitLine, unitStyle.fontSize),
	);
	return {
		titleLines,
		unitLine,
		width: Math.max(NODE_MIN_WIDTH, Math.ceil(textWidth + 2 * PAD_X)),
	};
}

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
		positions.map((position) => {
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

	const selfSubstituted = (id: string) =>
		[...(model.substitutedBy.get(id) ?? []), ...(model.substitutes.get(id) ?? [])].some(
			(link) => link.samePosition,
		);

	const nodes: LayoutNode[] = positions.map((position) => {
		const { left, top, right, cy, width } = box(position.id);
		const { titleLines, unitLine, unitName } = measured.get(position.id)!;
		const contentHeight = titleLines.length * TITLE_LINE + LINE_GAP + UNIT_LINE;
		const contentTop = top + (NODE_HEIGHT - contentHeight) / 2;
		const lines: TextLine[] = [
			...titleLines.map((text, index) => ({
				text,
				kind: 'title' as const,
				y: contentTop + index * TITLE_LINE + 12,
			})),
			{
				text: unitLine,
				kind: 'unit' as const,
				y: contentTop + titleLines.length * TITLE_LINE + LINE_GAP + 12,
			},
		];
		const node: LayoutNode = {
			id: position.id,
			x: left,
			y: top,
			width,
			height: NODE_HEIGHT,
			title: position.title,
			unitName,
			lines,
			stub: position.stub,
			external: !inner.has(position.id),
		};
		if (selfSubstituted(position.id)) {
			// Out of the upper right, round, and back in horizontally so the arrowhead points at the box.
			node.loop = [
				{ x: right, y: cy - 10 },
				{ x: right + LOOP_REACH, y: cy - 28 },
				{ x: right + LOOP_REACH, y: cy + 13 },
				{ x: right + 1, y: cy + 12 },
			];
		}
		return node;
	});

	return normalise(nodes, edges);
}

interface Stack {
	/** Column members top to bottom; the same array for every member. */
	members: string[];
	index: number;
}

/**
 * A manager's subordinates that have no subordinates of their own, when there are more than
 * STACK_ABOVE of them, are stacked in columns of about equal height instead of one long row: a
 * talitus of thirty specialists side by side would be metres wide.
 */
function stackLeaves(
	ids: readonly string[],
	managerOf: (id: string) => string | undefined,
): Map<string, Stack> {
	const managers = new Set(ids.map(managerOf).filter((id) => id !== undefined));
	const leaves = new Map<string, string[]>();
	for (const id of ids) {
		const manager = managerOf(id);
		if (manager === undefined || managers.has(id)) continue;
		leaves.set(manager, [...(leaves.get(manager) ?? []), id]);
	}
	const stacks = new Map<string, Stack>();
	for (const list of leaves.values()) {
		if (list.length <= STACK_ABOVE) continue;
		const columnCount = Math.ceil(Math.sqrt(list.length));
		const height = Math.ceil(list.length / columnCount);
		for (let start = 0; start < list.length; start += height) {
			const members = list.slice(start, start + height);
			members.forEach((id, index) => stacks.set(id, { members, index }));
		}
	}
	return stacks;
}

/** Moves everything so that the drawing starts at the margin, rounds coordinates, and sizes the canvas. */
function normalise(nodes: LayoutNode[], edges: LayoutEdge[]): GraphLayout {
	const xs: number[] = [];
	const ys: number[] = [];
	for (const node of nodes) {
		xs.push(node.x, node.x + node.width, ...(node.loop ?? []).map((point) => point.x));
		ys.push(node.y, node.y + node.height);
	}
	for (const edge of edges) {
		for (const point of edge.points) {
			xs.push(point.x);
			ys.push(point.y);
		}
	}
	if (xs.length === 0) return { width: 2 * MARGIN, height: 2 * MARGIN, nodes, edges };
	const dx = MARGIN - Math.min(...xs);
	const dy = MARGIN - Math.min(...ys);
	const move = (point: Point): Point => ({ x: round(point.x + dx), y: round(point.y + dy) });
	return {
		width: Math.ceil(Math.max(...xs) + dx + MARGIN),
		height: Math.ceil(Math.max(...ys) + dy + MARGIN),
		nodes: nodes.map((node) => ({
			...node,
			x: round(node.x + dx),
			y: round(node.y + dy),
			width: round(node.width),
			lines: node.lines.map((line) => ({ ...line, y: round(line.y + dy) })),
			...(node.loop && { loop: node.loop.map(move) as LayoutNode['loop'] }),
		})),
		edges: edges.map((edge) => ({ ...edge, points: edge.points.map(move) })),
	};
}
