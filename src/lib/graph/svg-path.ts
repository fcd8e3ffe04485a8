/** SVG path data for the layout's point lists. */
import type { Point } from './layout.ts';

const num = (value: number) => String(Math.round(value * 10) / 10);
const pair = (point: Point) => `${num(point.x)} ${num(point.y)}`;

/** A polyline through `points` whose corners are rounded with at most `radius`; the last segment stays straight for the arrowhead. */
export function roundedPath(points: readonly Point[], radius = 10): string {
	if (points.length === 0) return '';
	const parts = [`M${pair(points[0])}`];
	for (let index = 1; index < points.length - 1; index++) {
		const [previous, corner, next] = [points[index - 1], points[index], points[index + 1]];
		const inLength = Math.hypot(corner.x - previous.x, corner.y - previous.y);
		const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
		const r = Math.min(radius, inLength / 2, outLength / 2);
		if (r < 0.5) {
			parts.push(`L${pair(corner)}`);
			continue;
		}
		const before = {
			x: corner.x - ((corner.x - previous.x) / inLength) * r,
			y: corner.y - ((corner.y - previous.y) / inLength) * r,
		};
		const after = {
			x: corner.x + ((next.x - corner.x) / outLength) * r,
			y: corner.y + ((next.y - corner.y) / outLength) * r,
		};
		parts.push(`L${pair(before)}`, `Q${pair(corner)} ${pair(after)}`);
	}
	if (points.length > 1) parts.push(`L${pair(points[points.length - 1])}`);
	return parts.join(' ');
}

/** A cubic Bézier from its four points (start, control, control, end). */
export function cubicPath([start, c1, c2, end]: readonly [Point, Point, Point, Point]): string {
	return `M${pair(start)} C${pair(c1)} ${pair(c2)} ${pair(end)}`;
}
