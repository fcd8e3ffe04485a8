/**
 * Search facets of positions: the filter values Pagefind indexes on each position page and the
 * search page offers as checkboxes. One function computes both, so they always match.
 */
import { educationLevelAndBroader, type Position } from '../../schemas/position.ts';
import { resolveCompetency, unitChain, type Model } from './content/model.ts';
import { languageLabel, STATUS_LABELS } from './format.ts';

export const FACETS = [
	{ key: 'osakond', label: 'Osakond' },
	{ key: 'talitus', label: 'Talitus või tiim' },
	{ key: 'kompetents', label: 'Kompetents' },
	{ key: 'keel', label: 'Keelenõue' },
	{ key: 'haridus', label: 'Haridus' },
	{ key: 'staatus', label: 'Staatus' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export function positionFacets(model: Model, position: Position): [FacetKey, string][] {
	const chain = unitChain(model, position.unit);
	const entries: [FacetKey, string | undefined][] = [
		['osakond', chain[1]?.name],
		['talitus', chain[2]?.name],
		['staatus', position.stub ? 'Juhend lisamata' : STATUS_LABELS[position.status]],
	];
	// A level with its broader ones (a bachelor's degree is kõrgharidus, schemas/position.ts); what the
	// document only recommends is a value of its own, so filtering by a level finds those that require it.
	const education = position.requirements.education;
	if (education?.level !== undefined) {
		for (const level of educationLevelAndBroader(education.level)) entries.push(['haridus', education.recommended ? `${level} (soovitatav)` : level]);
	}
	if (education?.recommendedLevel !== undefined) entries.push(['haridus', `${education.recommendedLevel} (soovitatav)`]);
	for (const ref of [...position.competencies.core, ...position.competencies.additional]) {
		entries.push(['kompetents', resolveCompetency(model, ref.name)?.name]);
	}
	for (const item of position.requirements.languages?.items ?? []) {
		entries.push(['keel', `${languageLabel(item.language)} ${item.level}`]);
	}
	const seen = new Set<string>();
	return entries.filter((entry): entry is [FacetKey, string] => {
		if (entry[1] === undefined) return false;
		const key = `${entry[0]}:${entry[1]}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Every value of every facet with the number of positions that have it, sorted for display. */
export function facetValues(model: Model): Map<FacetKey, { value: string; count: number }[]> {
	const counts = new Map<FacetKey, Map<string, number>>(FACETS.map(({ key }) => [key, new Map()]));
	for (const position of model.positions.values()) {
		for (const [key, value] of positionFacets(model, position)) {
			const values = counts.get(key);
			values?.set(value, (values.get(value) ?? 0) + 1);
		}
	}
	return new Map(
		[...counts].map(([key, values]) => [
			key,
			[...values].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, 'et')),
		]),
	);
}
