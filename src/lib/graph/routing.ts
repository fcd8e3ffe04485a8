/**
 * Routes for substitution edges, drawn apart from reporting lines: between ordinary boxes they
 * leave and enter the right half of a top or bottom side, spread out by where the other end lies,
 * and run as elbows through the gap between ranks (or as an arc below a rank); a box in a stacked
 * column is left and entered from its right side, through the gutter beside the column.
 */
import {
	BUS_OFFSET,
	LANE_STEP,
	LOOP_REACH,
	MAX_LANES,
	NODE_HEIGHT,
	RANK_SEP,
	STACK_ATTACH_DY,
	type Box,
	type Point,
} from './geometry.ts';
import type { LayoutEdge } from './layout.ts';

/** Substitution between two positions, a before b in drawing order, in either or both directions. */
export interface Relation {
	a: string;
	b: string;
	ab: boolean;
	ba: boolean;
}

/** A stacked column of leaf subordinates, as laid out. */
export interface Column {
	members: string[];
	top: number;
	left: number;
	right: number;
	/** Substitution lanes used so far in the gutter right of the column. */
	lanes: number;
}

export interface RouteContext {
	box: (id: string) => Box;
	graph: { edge: (v: string, w: string, name: string) => unknown };
	order: ReadonlyMap<string, number>;
	columnOf: (id: string) => Column | undefined;
}

export function routeSubstitutions(
	relations: readonly Relation[],
	{ box, graph, order, columnOf }: RouteContext,
): LayoutEdge[] {
	type Side = 'top' | 'bottom';
	interface Pending {
		relation: Relation;
		from: string;
		to: string;
		/** Side of each end that is an ordinary box; undefined for a stacked box. */
		sides: [Side | undefined, Side | undefined];
		attach: [number, number];
	}
	const pending: Pending[] = [];
	const attachments = new Map<
		string,
		{ edge: number; end: 0 | 1; otherX: number; otherId: string }[]
	>();
	const attach = (id: string, side: Side, edge: number, end: 0 | 1, otherId: string) => {
		const key = `${id}\u0000${side}`;
		const list = attachments.get(key) ?? [];
		list.push({ edge, end, otherX: box(otherId).cx, otherId });
		attachments.set(key, list);
	};
	// Gutter lane and exit level of a stacked box, reserved once per edge end.
	const gutter = (id: string) => {
		const column = columnOf(id)!;
		const lane = column.lanes++ % MAX_LANES;
		return {
			x: column.right + LOOP_REACH + 8 + lane * LANE_STEP,
			exitY: column.top - 2 * BUS_OFFSET - lane * LANE_STEP,
			column,
		};
	};

	for (const relation of relations) {
		const [from, to] = relation.ab ? [relation.a, relation.b] : [relation.b, relation.a];
		const stacked = [columnOf(from), columnOf(to)];
		const fromBox = box(from);
		const toBox = box(to);
		const sameRank = Math.abs(fromBox.cy - toBox.cy) < 1;
		let sides: Pending['sides'];
		if (stacked[0] || stacked[1]) {
			// The ordinary end meets the stacked end above the column.
			const exitY = (stacked[0] ?? stacked[1])!.top - 2 * BUS_OFFSET;
			const sideFor = (id: string): Side => (box(id).bottom <= exitY ? 'bottom' : 'top');
			sides = [stacked[0] ? undefined : sideFor(from), stacked[1] ? undefined : sideFor(to)];
		} else {
			sides = sameRank
				? ['bottom', 'bottom']
				: fromBox.cy < toBox.cy
					? ['bottom', 'top']
					: ['top', 'bottom'];
		}
		const index =
			pending.push({ relation, from, to, sides, attach: [fromBox.cx, toBox.cx] }) - 1;
		if (sides[0]) attach(from, sides[0], index, 0, to);
		if (sides[1]) attach(to, sides[1], index, 1, from);
	}
	for (const [key, list] of attachments) {
		const { cx, width } = box(key.slice(0, key.indexOf('\u0000')));
		list.sort((x, y) => x.otherX - y.otherX || order.get(x.otherId)! - order.get(y.otherId)!);
		list.forEach((item, index) => {
			const share = list.length === 1 ? 0.5 : index / (list.length - 1);
			pending[item.edge].attach[item.end] = cx + width * (0.14 + 0.26 * share);
		});
	}

	// Horizontal runs in the gap between two ranks are staggered so that parallel edges stay apart.
	const gapUse = new Map<number, number>();
	const arcUse = new Map<number, number>();
	const nextIn = (map: Map<number, number>, key: number) => {
		const used = map.get(key) ?? 0;
		map.set(key, used + 1);
		return used;
	};
	const sideY = (id: string, side: Side) => (side === 'top' ? box(id).top : box(id).bottom);
	const routes = new Map<Pending, Point[]>();
	const byLength = [...pending].sort(
		(x, y) => Math.abs(x.attach[0] - x.attach[1]) - Math.abs(y.attach[0] - y.attach[1]),
	);
	for (const edge of byLength) {
		const [fromSide, toSide] = edge.sides;
		if (fromSide === undefined || toSide === undefined) {
			routes.set(edge, routeStacked(edge.from, edge.to, fromSide, toSide, edge.attach));
			continue;
		}
		const start = { x: edge.attach[0], y: sideY(edge.from, fromSide) };
		const end = { x: edge.attach[1], y: sideY(edge.to, toSide) };
		if (fromSide === 'bottom' && toSide === 'bottom') {
			const drop = 16 + 9 * Math.min(5, nextIn(arcUse, Math.round(start.y)));
			routes.set(edge, [
				start,
				{ x: start.x, y: start.y + drop },
				{ x: end.x, y: end.y + drop },
				end,
			]);
			continue;
		}
		const [upperPoint, lowerPoint] = start.y < end.y ? [start, end] : [end, start];
		const [upper, lower] = start.y < end.y ? [edge.from, edge.to] : [edge.to, edge.from];
		const dagreEdge = graph.edge(upper, lower, 's') as { points?: Point[] } | undefined;
		const interior = (dagreEdge?.points ?? [])
			.slice(1, -1)
			.filter((point) => point.y > upperPoint.y + 1 && point.y < lowerPoint.y - 1);
		let downward: Point[];
		if (interior.length > 0 && lowerPoint.y - upperPoint.y > NODE_HEIGHT + RANK_SEP * 1.5) {
			downward = [
				upperPoint,
				{ x: upperPoint.x, y: upperPoint.y + 14 },
				...interior,
				{ x: lowerPoint.x, y: lowerPoint.y - 14 },
				lowerPoint,
			];
		} else {
			const gap = lowerPoint.y - upperPoint.y;
			const runY =
				upperPoint.y +
				gap * Math.min(0.8, 0.55 + 0.08 * nextIn(gapUse, Math.round(upperPoint.y)));
			downward =
				Math.abs(upperPoint.x - lowerPoint.x) < 24
					? [upperPoint, lowerPoint]
					: [
							upperPoint,
							{ x: upperPoint.x, y: runY },
							{ x: lowerPoint.x, y: runY },
							lowerPoint,
						];
		}
		routes.set(edge, start.y < end.y ? downward : [...downward].reverse());
	}

	function routeStacked(
		from: string,
		to: string,
		fromSide: Side | undefined,
		toSide: Side | undefined,
		attachX: [number, number],
	): Point[] {
		const side = (id: string) => ({ x: box(id).right, y: box(id).cy + STACK_ATTACH_DY });
		if (fromSide === undefined && toSide === undefined && columnOf(from) === columnOf(to)) {
			// Both in one column: a bracket through the gutter on its right.
			const { x } = gutter(from);
			const [a, b] = [side(from), side(to)];
			return [a, { x, y: a.y }, { x, y: b.y }, b];
		}
		// Up the gutter to above the column, then across to the other end.
		const leg = (id: string): Point[] => {
			const { x, exitY } = gutter(id);
			const point = side(id);
			return [point, { x, y: point.y }, { x, y: exitY }];
		};
		if (fromSide === undefined && toSide === undefined) {
			const a = leg(from);
			const b = leg(to);
			const y = Math.min(a[2].y, b[2].y);
			return [a[0], a[1], { x: a[1].x, y }, { x: b[1].x, y }, b[1], b[0]];
		}
		const [stackedId, plainId, plainSide, plainX, forward] =
			fromSide === undefined
				? [from, to, toSide!, attachX[1], true]
				: [to, from, fromSide, attachX[0], false];
		const a = leg(stackedId);
		const plainY = plainSide === 'top' ? box(plainId).top : box(plainId).bottom;
		const route = [...a, { x: plainX, y: a[2].y }, { x: plainX, y: plainY }];
		return forward ? route : route.reverse();
	}

	return pending.map((edge) => ({
		kind: 'substitution' as const,
		from: edge.from,
		to: edge.to,
		mutual: edge.relation.ab && edge.relation.ba,
		points: routes.get(edge)!,
	}));
}
