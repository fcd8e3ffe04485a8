/**
 * What a version changed, in Estonian, for the history lists, /muudatused/ and the Atom feeds: a
 * sentence from the structured diff ("Lisatud 1 oodatav tulemus; muudetud tööülesanne 3.2."), with the
 * directive number when the approval changed. Commit messages are not used: the editor's own note (the
 * `Selgitus:` trailer, history.ts) is shown beside it, never instead of it.
 */
import type { Position } from '../../../schemas/position.ts';
import type { Model } from '../content/model.ts';
import type { PositionDiff } from './diff.ts';
import { APPROVAL_FIELD_NAME, NO_CHANGES, summarizeDiff } from './diff.ts';
import type { Version } from './history.ts';
import { compareVersions, loadVersion } from './site.ts';

export const UNREADABLE_CHANGE =
	'Muudatuse sisu ei saa näidata: selle versiooni fail ei vasta praegusele vormingule.';

/** "Kinnitatud käskkirjaga nr 57." when this version brought a new approval with a directive number. */
function approvalClause(before: Position | undefined, after: Position): string | undefined {
	const directive = after.approval?.directive;
	if (directive === undefined) return undefined;
	if (
		before &&
		JSON.stringify(before.approval ?? null) === JSON.stringify(after.approval ?? null)
	)
		return undefined;
	return `Kinnitatud käskkirjaga nr ${directive}.`;
}

/** The diff without its approval field, which the approval clause says better. */
function withoutApproval(diff: PositionDiff): PositionDiff {
	const fields = diff.counts.fields;
	const keep = (names: string[]) => names.filter((name) => name !== APPROVAL_FIELD_NAME);
	return {
		...diff,
		counts: {
			...diff.counts,
			fields: {
				added: keep(fields.added),
				changed: keep(fields.changed),
				removed: keep(fields.removed),
			},
		},
	};
}

/**
 * The summary of one change. `before` is undefined for a first version; a version that no longer parses
 * (undefined `after`, or no diff for a pair) gets UNREADABLE_CHANGE.
 */
export function describeChange(input: {
	first: boolean;
	before?: Position;
	after?: Position;
	diff?: PositionDiff;
}): string {
	const { first, before, after, diff } = input;
	if (!after || (!first && !diff)) return UNREADABLE_CHANGE;
	const approval = approvalClause(before, after);
	if (first) return approval ? `Ametijuhend lisatud. ${approval}` : 'Ametijuhend lisatud.';
	const sentence = summarizeDiff(approval ? withoutApproval(diff!) : diff!);
	if (!approval) return sentence;
	return sentence === NO_CHANGES ? approval : `${sentence} ${approval}`;
}

const summaries = new Map<string, string | undefined>();

/**
 * The summary of `version` against the version before it, from git; undefined for the edge of a shallow
 * clone, whose "first" version is a snapshot and not a change. Cached per pair: the history page, the
 * position page, /muudatused/ and the feeds ask for the same pairs.
 */
export function versionSummary(
	model: Model,
	id: string,
	version: Version,
	previous: Version | undefined,
): string | undefined {
	if (version.boundary) return undefined;
	const key = `${id}:${previous?.blob ?? ''}:${version.blob}`;
	if (summaries.has(key)) return summaries.get(key);
	let summary: string;
	if (previous === undefined)
		summary = describeChange({ first: true, after: loadVersion(id, version).position });
	else {
		const { before, after, diff } = compareVersions(model, id, previous, version);
		summary = describeChange({
			first: false,
			before: before.position,
			after: after.position,
			diff,
		});
	}
	summaries.set(key, summary);
	return summary;
}
