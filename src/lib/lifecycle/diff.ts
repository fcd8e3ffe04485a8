/**
 * Structured difference between two versions of a position, both parsed with the project's own
 * parser: which duties, results, rights, requirements and competencies were added, removed or
 * reworded, with a word-level diff of every reworded text and an Estonian summary.
 */
import type { Duty, ListSection, Position } from '../../../schemas/position.ts';
import type { Model } from '../content/model.ts';
import { normalizeName } from '../content/suggest.ts';
import {
	diffFields,
	diffRequirementOrder,
	generalFields,
	REQUIREMENT_FIELDS,
	text,
} from './diff-fields.ts';
import { alignLists } from './text-diff.ts';

export { APPROVAL_FIELD_NAME, joinEt, NO_CHANGES, summarizeDiff } from './diff-summary.ts';
export {
	DIFF_CATEGORIES,
	type ChangeKind,
	type CompetencyChange,
	type DiffCategory,
	type DiffCounts,
	type DiffNames,
	type DutyChange,
	type FieldChange,
	type PositionDiff,
	type TextChange,
} from './diff-types.ts';
import {
	DIFF_CATEGORIES,
	type ChangeKind,
	type CompetencyChange,
	type DiffCategory,
	type DiffCounts,
	type DiffNames,
	type DutyChange,
	type PositionDiff,
	type TextChange,
} from './diff-types.ts';

export function modelNames(model: Model): DiffNames {
	return {
		unit: (id) => model.units.get(id)?.name ?? id,
		position: (id) => model.positions.get(id)?.title ?? id,
		competencyKey: (label) =>
			model.competencyIdByName.get(normalizeName(label)) ?? `nimi:${normalizeName(label)}`,
	};
}

function emptyCounts(): DiffCounts {
	const counts = {} as DiffCounts;
	for (const category of Object.keys(DIFF_CATEGORIES) as DiffCategory[])
		counts[category] = { added: 0, removed: 0, changed: 0 };
	counts.fields = { added: [], removed: [], changed: [] };
	return counts;
}

/** Aligns two lists of plain texts; returns the changes only. */
function diffTexts(
	before: readonly string[],
	after: readonly string[],
	threshold = 0.5,
): TextChange[] {
	return alignLists(before, after, {
		key: (item) => item,
		text: (item) => item,
		equal: (a, b) => a === b,
		threshold,
	}).flatMap((pair): TextChange[] => {
		if (pair.kind === 'same') return [];
		if (pair.kind === 'added') return [text('added', undefined, pair.after)];
		if (pair.kind === 'removed') return [text('removed', pair.before)];
		return [text('changed', pair.before, pair.after)];
	});
}

function countTexts(
	counts: DiffCounts,
	category: DiffCategory,
	changes: readonly TextChange[],
): void {
	for (const change of changes) if (change.kind !== 'same') counts[category][change.kind] += 1;
}

const dutyText = (duty: Duty) => duty.text.join(' ');

function diffDuties(
	before: readonly Duty[],
	after: readonly Duty[],
	counts: DiffCounts,
	renumbered: PositionDiff['renumbered'],
): DutyChange[] {
	const changes: DutyChange[] = [];
	const aligned = alignLists(before, after, {
		key: (duty) => normalizeName(dutyText(duty)),
		text: dutyText,
		equal: (a, b) => dutyText(a) === dutyText(b),
		threshold: 0.4,
	});
	for (const pair of aligned) {
		if (pair.kind === 'added') {
			counts.duties.added += 1;
			changes.push({
				kind: 'added',
				numberAfter: pair.after.number,
				depth: pair.after.depth,
				text: text('added', undefined, dutyText(pair.after)),
				results: pair.after.results.map((result) => text('added', undefined, result)),
			});
		} else if (pair.kind === 'removed') {
			counts.duties.removed += 1;
			changes.push({
				kind: 'removed',
				numberBefore: pair.before.number,
				depth: pair.before.depth,
				text: text('removed', dutyText(pair.before)),
				results: pair.before.results.map((result) => text('removed', result)),
			});
		} else {
			const results = diffTexts(pair.before.results, pair.after.results);
			countTexts(counts, 'results', results);
			if (pair.kind === 'changed') counts.duties.changed += 1;
			if (pair.kind === 'same' && results.length === 0) {
				if (pair.before.number !== pair.after.number)
					renumbered.push({ before: pair.before.number, after: pair.after.number });
				continue;
			}
			changes.push({
				kind: pair.kind,
				numberBefore: pair.before.number,
				numberAfter: pair.after.number,
				depth: pair.after.depth,
				text: text(pair.kind, dutyText(pair.before), dutyText(pair.after)),
				results,
			});
		}
	}
	return changes;
}

interface CompetencyItem {
	key: string;
	label: string;
	group: 'core' | 'additional';
	indicators: readonly string[];
}

function competencyItems(position: Position, names: DiffNames): CompetencyItem[] {
	const seen = new Set<string>();
	return (['core', 'additional'] as const).flatMap((group) =>
		position.competencies[group].map((ref) => {
			let key = names.competencyKey(ref.name);
			// The same competency listed in both groups stays two entries.
			if (seen.has(key)) key = `${key}#${group}`;
			seen.add(key);
			return { key, label: ref.name, group, indicators: ref.indicators };
		}),
	);
}

function diffCompetencies(
	before: Position,
	after: Position,
	names: DiffNames,
	counts: DiffCounts,
): CompetencyChange[] {
	const beforeItems = competencyItems(before, names);
	const afterItems = competencyItems(after, names);
	const beforeByKey = new Map(beforeItems.map((item) => [item.key, item]));
	const afterKeys = new Set(afterItems.map((item) => item.key));
	const changes: CompetencyChange[] = [];
	const push = (
		kind: ChangeKind,
		a: CompetencyItem | undefined,
		b: CompetencyItem | undefined,
	) => {
		counts.competencies[kind] += 1;
		changes.push({
			kind,
			key: (b ?? a)!.key,
			label: text(a && b && a.label === b.label ? 'same' : kind, a?.label, b?.label),
			groupBefore: a?.group,
			groupAfter: b?.group,
			indicators:
				a && b
					? diffTexts(a.indicators, b.indicators)
					: (a ?? b)!.indicators.map((indicator) =>
							text(kind, a && indicator, b && indicator),
						),
		});
	};
	// Keyed by catalogue id, so a competency moved between the two groups or renamed to a catalogue
	// alias is one change, not a removal and an addition. Changes follow the new version's order,
	// removals come last in the old version's order.
	for (const item of afterItems) {
		const old = beforeByKey.get(item.key);
		if (!old) push('added', undefined, item);
		else if (
			old.label !== item.label ||
			old.group !== item.group ||
			old.indicators.join('\n') !== item.indicators.join('\n')
		)
			push('changed', old, item);
	}
	for (const item of beforeItems) if (!afterKeys.has(item.key)) push('removed', item, undefined);
	return changes;
}

const listItems = (section: ListSection) => section.items;

/** Compares two parsed versions of a position. */
export function diffPositions(before: Position, after: Position, names: DiffNames): PositionDiff {
	const counts = emptyCounts();
	const general = [
		...diffFields(before, after, generalFields(names)),
		...diffRequirementOrder(before, after),
	];
	for (const field of general) counts.fields[field.kind].push(field.name);
	const requirements = diffFields(before, after, REQUIREMENT_FIELDS);
	for (const field of requirements) counts.requirements[field.kind] += 1;
	const additionalRequirements = diffTexts(
		before.requirements.additional,
		after.requirements.additional,
	);
	countTexts(counts, 'requirements', additionalRequirements);

	const renumbered: PositionDiff['renumbered'] = [];
	const duties = diffDuties(before.duties, after.duties, counts, renumbered);
	const rights = diffTexts(listItems(before.rights), listItems(after.rights));
	countTexts(counts, 'rights', rights);
	const responsibilities = diffTexts(
		listItems(before.responsibilities),
		listItems(after.responsibilities),
	);
	countTexts(counts, 'responsibilities', responsibilities);
	const tools = diffTexts(before.tools, after.tools);
	countTexts(counts, 'tools', tools);
	const revisionPolicy = diffTexts(before.revisionPolicy, after.revisionPolicy);
	countTexts(counts, 'revisionPolicy', revisionPolicy);
	const competencies = diffCompetencies(before, after, names, counts);
	const competencyNotes = diffTexts(before.competencies.notes, after.competencies.notes);
	countTexts(counts, 'competencyNotes', competencyNotes);

	const empty =
		general.length +
			requirements.length +
			additionalRequirements.length +
			duties.length +
			renumbered.length +
			rights.length +
			responsibilities.length +
			tools.length +
			revisionPolicy.length +
			competencies.length +
			competencyNotes.length ===
		0;
	return {
		general,
		duties,
		renumbered,
		rights,
		responsibilities,
		tools,
		revisionPolicy,
		requirements,
		additionalRequirements,
		competencies,
		competencyNotes,
		counts,
		empty,
	};
}
