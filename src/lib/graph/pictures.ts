/**
 * The whole agency's substitution picture as one small picture per osakond instead of one wide
 * drawing: a dagre layout of every position puts the osakonnad side by side in one ever-wider row
 * (1,630 px at 12 positions), which the page then scales down until its text cannot be read. Apart,
 * the pictures wrap on the page at their natural size. Each shows the positions of one osakond (and
 * its talitused) in full and, dashed, the managers and substitution partners it has elsewhere.
 */
import { compareEt } from '../content/estonian-order.ts';
import type { Model } from '../content/model.ts';
import { unitChain } from '../content/model.ts';
import { layoutGraph, type GraphLayout } from './layout.ts';

export interface Picture {
	/** The osakond's unit id (the agency's own positions: the agency's id). */
	id: string;
	/** The osakond's name, for the picture's caption. */
	heading: string;
	layout: GraphLayout;
}

/** `positionIds` grouped by osakond, the unit just below the agency; the agency's own positions first. */
export function osakondGroups(
	model: Model,
	positionIds: Iterable<string>,
): { id: string; heading: string; ids: string[] }[] {
	const groups = new Map<string, { id: string; heading: string; ids: string[]; depth: number }>();
	for (const id of positionIds) {
		const position = model.positions.get(id);
		if (!position) continue;
		const chain = unitChain(model, position.unit);
		const unit = chain[1] ?? chain[0];
		const key = unit?.id ?? position.unit;
		const group = groups.get(key) ?? {
			id: key,
			heading: unit?.name ?? position.unit,
			ids: [],
			depth: chain[1] ? 1 : 0,
		};
		group.ids.push(id);
		groups.set(key, group);
	}
	return [...groups.values()]
		.sort(
			(a, b) =>
				a.depth - b.depth || compareEt(a.heading, b.heading) || a.id.localeCompare(b.id),
		)
		.map(({ id, heading, ids }) => ({ id, heading, ids }));
}

export function osakondPictures(model: Model, positionIds: Iterable<string>): Picture[] {
	return osakondGroups(model, positionIds).map(({ id, heading, ids }) => ({
		id,
		heading,
		layout: layoutGraph(model, ids),
	}));
}
