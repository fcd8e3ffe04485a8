/** The Estonian one-sentence summary of a position diff (diff.ts), for the comparison pages. */
import {
	DIFF_CATEGORIES,
	type ChangeKind,
	type DiffCategory,
	type PositionDiff,
} from './diff-types.ts';

/** Up to this many added, changed or removed duties are named by number in the summary; more are counted. */
const MAX_NAMED_DUTIES = 3;

/** The document numbers of the duties added, reworded or removed (a removed one by its old number). */
function dutyNumbers(diff: PositionDiff, kind: ChangeKind): string[] {
	return diff.duties.flatMap((duty) => {
		if (duty.kind !== kind) return [];
		const number = kind === 'removed' ? duty.numberBefore : duty.numberAfter;
		return number === undefined ? [] : [number];
	});
}

/** The summary of a diff that changes nothing the site shows. */
export const NO_CHANGES = 'Sisulisi muudatusi ei ole.';

/** The summary name of the approval field (generalFields). */
export const APPROVAL_FIELD_NAME = 'kinnitamise andmed';

const VERBS: Record<ChangeKind, string> = {
	added: 'lisatud',
	changed: 'muudetud',
	removed: 'eemaldatud',
};

/** "a", "a ja b", "a, b ja c". */
export function joinEt(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} ja ${items.at(-1)}`;
}

/**
 * One-sentence Estonian summary, e.g. "Lisatud 2 tööülesannet ja 1 kompetents; muudetud 1 oodatav
 * tulemus ja eesmärk; eemaldatud 1 õigus."
 */
export function summarizeDiff(diff: PositionDiff): string {
	const clauses: string[] = [];
	for (const kind of ['added', 'changed', 'removed'] as const) {
		const items: string[] = [];
		for (const [category, [singular, partitive]] of Object.entries(DIFF_CATEGORIES) as [
			DiffCategory,
			readonly [string, string],
		][]) {
			const n = diff.counts[category][kind];
			if (n === 0) continue;
			const numbers = category === 'duties' ? dutyNumbers(diff, kind) : [];
			const requirementNames =
				category === 'requirements'
					? diff.requirements
							.filter((field) => field.kind === kind)
							.map((field) => field.name)
					: [];
			// A reader quotes duties by number: "muudetud tööülesanne 3.2" says where to look; a requirement
			// is named ("muudetud haridus") unless among the additional ones, which have no name.
			if (numbers.length === n && n <= MAX_NAMED_DUTIES)
				items.push(`${n === 1 ? 'tööülesanne' : 'tööülesanded'} ${joinEt(numbers)}`);
			else if (requirementNames.length === n && n <= MAX_NAMED_DUTIES)
				items.push(...requirementNames);
			else items.push(`${n} ${n === 1 ? singular : partitive}`);
		}
		items.push(...diff.counts.fields[kind]);
		if (items.length > 0) clauses.push(`${VERBS[kind]} ${joinEt(items)}`);
	}
	const n = diff.renumbered.length;
	if (n > 0) clauses.push(`ümber nummerdatud ${n} ${n === 1 ? 'tööülesanne' : 'tööülesannet'}`);
	if (clauses.length === 0) return NO_CHANGES;
	const sentence = clauses.join('; ');
	return `${sentence.charAt(0).toLocaleUpperCase('et')}${sentence.slice(1)}.`;
}
