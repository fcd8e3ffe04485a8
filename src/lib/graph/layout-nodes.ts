/**
 * The boxes of a laid-out graph (layout.ts): each position's text measured into lines and a width
 * before dagre runs, then drawn at dagre's place, and the whole drawing moved to the margin.
 */
import type { Position } from '../../../schemas/position.ts';
import type { Model } from '../content/model.ts';
import {
	LINE_GAP,
	LOOP_REACH,
	MARGIN,
	NODE_HEIGHT,
	NODE_MIN_WIDTH,
	PAD_X,
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
import type { GraphLayout, LayoutEdge, LayoutNode, TextLine } from './layout-types.ts';
import { estimateTextWidth, truncate, wrapTwoLines } from './text.ts';

/** measureNode's result and the unit name it was given. */
export type MeasuredNode = ReturnType<typeof measureNode> & { unitName: string };

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

/** A position's box with its text lines, and the "same position" loop when another holder substitutes it. */
export function drawNode(
	model: Model,
	position: Position,
	box: Box,
	measured: MeasuredNode,
	external: boolean,
): LayoutNode {
	const { left, top, right, cy, width } = box;
	const { titleLines, unitLine, unitName } = measured;
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
		external,
	};
	if (selfSubstituted(model, position.id)) {
		// Out of the upper right, round, and back in horizontally so the arrowhead points at the box.
		node.loop = [
			{ x: right, y: cy - 10 },
			{ x: right + LOOP_REACH, y: cy - 28 },
			{ x: right + LOOP_REACH, y: cy + 13 },
			{ x: right + 1, y: cy + 12 },
		];
	}
	return node;
}

const selfSubstituted = (model: Model, id: string) =>
	[...(model.substitutedBy.get(id) ?? []), ...(model.substitutes.get(id) ?? [])].some(
		(link) => link.samePosition,
	);

const round = (value: number) => Math.round(value * 10) / 10;

/** Moves everything so that the drawing starts at the margin, rounds coordinates, and sizes the canvas. */
export function normalise(nodes: LayoutNode[], edges: LayoutEdge[]): GraphLayout {
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
