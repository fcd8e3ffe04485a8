/**
 * The names file (NAMES_PATH, src/pages/otsing/nimed.json.ts): every unit and competency with the names
 * that find it, from the model, at build time. Apart from names.ts, which the search page bundles.
 */
import { unitChain, type Model } from '../content/model.ts';
import { FACETS } from './facets.ts';
import type { NamedPage } from './names.ts';

/** The filter keys of the units at depth 1 and 2 below the agency (facets.ts `positionFacets`). */
const UNIT_FILTERS = [undefined, FACETS[0].key, FACETS[1].key] as const;

/**
 * Every unit and competency with the names that find it. With `suspendedOf` (the analyser's
 * `suspendedCompounds`), a unit whose name writes compounds with a shared head left out ("Finants- ja
 * haldusosakond") is also found by each of those compounds ("finantsosakond", "haldusosakond").
 */
export function namesFile(
	model: Model,
	suspendedOf?: (text: string) => readonly string[],
): NamedPage[] {
	return [
		...[...model.units.values()].map((unit): NamedPage => {
			const key = UNIT_FILTERS[unitChain(model, unit.id).length - 1];
			const aliases = sharedHeadAliases(unit.name, suspendedOf?.(unit.name) ?? []);
			return {
				u: `/uksused/${unit.id}/`,
				n: unit.name,
				...(aliases.length > 0 ? { a: aliases } : {}),
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

/**
 * The compounds a name writes with a shared head left out, each as its first part and the head apart
 * ("finants osakond", "haldus osakond" for "Finants- ja haldusosakond"): names.ts then takes the compound
 * typed whole or inflected ("finantsosakonnas"), as it takes a two-word name typed as one, and not its
 * first part alone ("finants", which would begin it).
 */
function sharedHeadAliases(name: string, compounds: readonly string[]): string[] {
	const lower = name.toLocaleLowerCase('et');
	const firsts = lower.match(/\p{L}+(?=-)/gu) ?? [];
	const last = /\p{L}+$/u.exec(lower)?.[0];
	const aliases = new Set<string>();
	for (const compound of compounds) {
		const first = firsts.find((part) => compound.startsWith(part));
		if (first === undefined) continue;
		const head = compound.slice(first.length);
		aliases.add(`${first} ${head}`);
		if (last !== undefined && last.length > head.length && last.endsWith(head))
			aliases.add(`${last.slice(0, -head.length)} ${head}`);
	}
	return [...aliases];
}
