/**
 * Search facets of positions: the filter values Pagefind indexes on each position page and the
 * search page offers as checkboxes. One function computes both, so they always match.
 */
import { educationLevelAndBroader, type Position } from '../../../schemas/position.ts';
import { resolveCompetency, unitChain, type Model } from '../content/model.ts';
import { languageLabel, STATUS_LABELS } from '../format.ts';
import { slug } from '../slug.ts';

export const FACETS = [
	{ key: 'osakond', label: 'Osakond' },
	{ key: 'talitus', label: 'Talitus või tiim' },
	{ key: 'kompetents', label: 'Kompetents' },
	{ key: 'keel', label: 'Keelenõue' },
	{ key: 'haridus', label: 'Haridus' },
	{ key: 'staatus', label: 'Staatus' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

/**
 * One filter value of a position: `id` is what Pagefind indexes and the search page sends back (a unit or
 * competency id, or a slug), `label` what the page shows. A Pagefind 1.5.2 filter value that contains `"`
 * or `\` never matches, and names may contain either; ids and slugs contain neither.
 */
export interface FacetValue {
	key: FacetKey;
	id: string;
	label: string;
}

export function positionFacets(model: Model, position: Position): FacetValue[] {
	const chain = unitChain(model, position.unit);
	const entries: (FacetValue | undefined)[] = [
		chain[1] && { key: 'osakond', id: chain[1].id, label: chain[1].name },
		chain[2] && { key: 'talitus', id: chain[2].id, label: chain[2].name },
		position.stub
			? { key: 'staatus', id: 'lisamata', label: 'Juhend lisamata' }
			: { key: 'staatus', id: slug(position.status), label: STATUS_LABELS[position.status] },
	];
	// A level with its broader ones (a bachelor's degree is kõrgharidus, schemas/position.ts); what the
	// document only recommends is a value of its own, so filtering by a level finds those that require it.
	const education = position.requirements.education;
	const educationValue = (level: string, recommended: boolean): FacetValue =>
		recommended
			? { key: 'haridus', id: slug(`${level}-soovitatav`), label: `${level} (soovitatav)` }
			: { key: 'haridus', id: slug(level), label: level };
	if (education?.level !== undefined) {
		for (const level of educationLevelAndBroader(education.level))
			entries.push(educationValue(level, education.recommended === true));
	}
	if (education?.recommendedLevel !== undefined)
		entries.push(educationValue(education.recommendedLevel, true));
	for (const ref of [...position.competencies.core, ...position.competencies.additional]) {
		const competency = resolveCompetency(model, ref.name);
		if (competency)
			entries.push({ key: 'kompetents', id: competency.id, label: competency.name });
	}
	for (const item of position.requirements.languages?.items ?? []) {
		entries.push({
			key: 'keel',
			id: slug(`${item.language}-${item.level}`),
			label: `${languageLabel(item.language)} ${item.level}`,
		});
	}
	const seen = new Set<string>();
	return entries.filter((entry): entry is FacetValue => {
		if (entry === undefined) return false;
		const key = `${entry.key}:${entry.id}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Every value of every facet with the number of positions that have it, sorted by label for display. */
export function facetValues(
	model: Model,
): Map<FacetKey, { id: string; label: string; count: number }[]> {
	const counts = new Map<FacetKey, Map<string, { id: string; label: string; count: number }>>(
		FACETS.map(({ key }) => [key, new Map()]),
	);
	for (const position of model.positions.values()) {
		for (const { key, id, label } of positionFacets(model, position)) {
			const values = counts.get(key)!;
			const value = values.get(id) ?? { id, label, count: 0 };
			value.count++;
			values.set(id, value);
		}
	}
	return new Map(
		[...counts].map(([key, values]) => [
			key,
			[...values.values()].sort((a, b) => a.label.localeCompare(b.label, 'et')),
		]),
	);
}
