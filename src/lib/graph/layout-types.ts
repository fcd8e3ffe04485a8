/** What layoutGraph (layout.ts) returns: plain numbers for an SVG. */
import type { Point } from './geometry.ts';

export type { Point };

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
