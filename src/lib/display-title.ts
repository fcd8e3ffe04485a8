/**
 * The label of a position where its title stands alone (lists, search results, comparison pickers,
 * the graph): a title that several positions share, such as "Talitusejuhataja", gets its unit's
 * name, "Talitusejuhataja (Arendustalitus)". Pure and free of runtime imports, so the /vordlus/
 * page script uses it on the open data too.
 */
import type { Model } from './content/model.ts';

export interface TitledPosition {
	id: string;
	title: string;
	unit: string;
}

/** Titles compare without case and extra spaces: "Talitusejuhataja" and "talitusejuhataja " repeat. */
const titleKey = (title: string) => title.toLocaleLowerCase('et').replace(/\s+/g, ' ').trim();

/** Display label by position id, for every position given. */
export function displayTitles(
	positions: Iterable<TitledPosition>,
	unitName: (unitId: string) => string | undefined,
): Map<string, string> {
	const list = [...positions];
	const count = new Map<string, number>();
	for (const position of list)
		count.set(titleKey(position.title), (count.get(titleKey(position.title)) ?? 0) + 1);
	return new Map(
		list.map((position) => {
			const unit = unitName(position.unit);
			const repeated = (count.get(titleKey(position.title)) ?? 0) > 1;
			return [
				position.id,
				repeated && unit ? `${position.title.trim()} (${unit})` : position.title,
			];
		}),
	);
}

const labelsByModel = new WeakMap<Model, Map<string, string>>();

/** The position's display label, computed once per model for all positions. */
export function displayTitle(model: Model, positionId: string): string {
	let labels = labelsByModel.get(model);
	if (!labels) {
		labels = displayTitles(model.positions.values(), (unitId) => model.units.get(unitId)?.name);
		labelsByModel.set(model, labels);
	}
	return labels.get(positionId) ?? model.positions.get(positionId)?.title ?? positionId;
}

/** Whether the label already names the unit (so a separate unit line would repeat it). */
export function labelNamesUnit(model: Model, positionId: string): boolean {
	return displayTitle(model, positionId) !== model.positions.get(positionId)?.title;
}
