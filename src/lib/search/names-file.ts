/**
 * The names file (NAMES_PATH, src/pages/otsing/nimed.json.ts): every unit and competency with the names
 * that find it, from the model, at build time. Apart from names.ts, which the search page bundles.
 */
import { unitChain, type Model } from '../content/model.ts';
import { FACETS } from './facets.ts';
import type { NamedPage } from './names.ts';

/** The filter keys of the units at depth 1 and 2 below the agency (facets.ts `positionFacets`). */
const UNIT_FILTERS = [undefined, FACETS[0].key, FACETS[1].key] as const;

/** Every unit and competency with the names that find it. */
export function namesFile(model: Model): NamedPage[] {
	return [
		...[...model.units.values()].map((unit): NamedPage => {
			const key = UNIT_FILTERS[unitChain(model, unit.id).length - 1];
			return {
				u: `/uksused/${unit.id}/`,
				n: unit.name,
				...(key ? { f: [key, unit.id] as [string, string] } : {}),
			};
		}),
		...[...model.competencies.values()].map((competency): NamedPage => ({
			u: `/kompetentsid/${competency.id}/`,
			n: competency.name,
			...(competency.aliases.length > 0 ? { a: competency.aliases } : {}),
			d: competency.definition,
		})),
	];
}
