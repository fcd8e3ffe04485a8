/** Types and sizes shared by the layout and the edge routing (pixels in the SVG's user space). */

export interface Point {
	x: number;
	y: number;
}

/** A box by its centre and sides. */
export interface Box {
	cx: number;
	cy: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
	width: number;
}

export const TITLE_FONT_SIZE = 13;
export const UNIT_FONT_SIZE = 12;
export const TITLE_LINE = 16;
export const UNIT_LINE = 15;
export const LINE_GAP = 3;
export const PAD_X = 12;
export const NODE_MIN_WIDTH = 120;
export const TITLE_PREFERRED_WIDTH = 190;
export const TITLE_MAX_WIDTH = 330;
export const UNIT_MAX_WIDTH = 230;
/** Every box is as tall as a two-line title so that ranks line up. */
export const NODE_HEIGHT = 2 * TITLE_LINE + LINE_GAP + UNIT_LINE + 18;
export const LOOP_REACH = 32;
export const MARGIN = 16;
export const RANK_SEP = 84;
/** Room between boxes for a "same position" loop on the right and a bus line on the left. */
export const NODE_SEP = 44 + LOOP_REACH;
/** Leaf subordinates of one manager are stacked in columns when there are more than this. */
export const STACK_ABOVE = 6;
export const BUS_OFFSET = 12;
/** Substitution edges leave and enter a stacked box on its right side, below the loop. */
export const STACK_ATTACH_DY = 22;
export const LANE_STEP = 6;
export const MAX_LANES = 3;
