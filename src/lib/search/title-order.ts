/**
 * Sort keys for the search page's title order. Pagefind sorts text by code point, so it put "Šofför" after
 * "Ülevaataja" and "Ärianalüütik" before "Õigusnõunik"; the Estonian alphabet has š, z and ž after s, and
 * õ, ä, ö, ü after w. The key is instead a title's place among all titles in Estonian order
 * (Intl.Collator "et"), as a fixed-width number.
 */
import type { Model } from '../content/model.ts';
import { displayTitle } from '../display-title.ts';

const collator = new Intl.Collator('et');

/**
 * A key function for `titles`: its keys sort (as text or as numbers) in the Estonian order of their titles;
 * equal titles get equal keys, and a title not in the list a key between its neighbours'.
 */
export function titleSortKeys(titles: Iterable<string>): (title: string) => string {
	const sorted = [...new Set(titles)].sort(collator.compare);
	const width = String(2 * sorted.length + 1).length;
	return (title) => {
		// The first listed title that does not come before this one.
		let low = 0;
		let high = sorted.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (collator.compare(sorted[middle], title) < 0) low = middle + 1;
			else high = middle;
		}
		const listed = low < sorted.length && collator.compare(sorted[low], title) === 0;
		return String(listed ? 2 * low + 1 : 2 * low).padStart(width, '0');
	};
}

const modelKeys = new WeakMap<Model, (title: string) => string>();

/** The sort key of `title` among the titles of every position, unit and competency of `model`. */
export function modelTitleSortKey(model: Model, title: string): string {
	let keys = modelKeys.get(model);
	if (!keys) {
		keys = titleSortKeys([
			// As results show them: a repeated title with its unit ("Talitusejuhataja (Arendustalitus)").
			...[...model.positions.values()].map((position) => displayTitle(model, position.id)),
			...[...model.units.values()].map((unit) => unit.name),
			...[...model.competencies.values()].map((competency) => competency.name),
		]);
		modelKeys.set(model, keys);
	}
	return keys(title);
}
