/**
 * Structured difference between two versions of a position, both parsed with the project's own
 * parser: which duties, results, rights, requirements and competencies were added, removed or
 * reworded, with a word-level diff of every reworded text and an Estonian summary.
 */
import type { Duty, ListSection, Position, RequirementKey } from '../../../schemas/position.ts';
import { requirementOrder } from '../content/document-form.ts';
import type { Model } from '../content/model.ts';
import { normalizeName } from '../content/suggest.ts';
import { formatDate, languageLabel } from '../format.ts';
import { alignLists, wordDiff, type DiffPart } from './text-diff.ts';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One text that was added, removed, reworded or kept, with its word-level diff. */
export interface TextChange {
	kind: ChangeKind | 'same';
	before?: string;
	after?: string;
	parts: DiffPart[];
}

/** A named single-valued field (purpose, manager, education …). */
export interface FieldChange extends TextChange {
	kind: ChangeKind;
	key: string;
	/** Display label, e.g. "Vahetu juht". */
	label: string;
	/** Name in the summary sentence, e.g. "vahetu juht". */
	name: string;
}

export interface DutyChange {
	/** added / removed: the whole duty; changed: its wording; same: only its results changed. */
	kind: ChangeKind | 'same';
	numberBefore?: string;
	numberAfter?: string;
	depth: number;
	text: TextChange;
	/** Results that changed (added, removed or reworded); for a new or removed duty, all of them. */
	results: TextChange[];
}

export interface CompetencyChange {
	kind: ChangeKind;
	/** Catalogue id, or the normalised label when the catalogue does not know the name. */
	key: string;
	/** The document's label, diffed. */
	label: TextChange;
	groupBefore?: 'core' | 'additional';
	groupAfter?: 'core' | 'additional';
	/** Indicators that changed. */
	indicators: TextChange[];
}

export interface PositionDiff {
	general: FieldChange[];
	duties: DutyChange[];
	/** Duties whose text and results stayed the same but whose number changed (e.g. after an insertion). */
	renumbered: { before: string; after: string }[];
	rights: TextChange[];
	responsibilities: TextChange[];
	tools: TextChange[];
	revisionPolicy: TextChange[];
	requirements: FieldChange[];
	additionalRequirements: TextChange[];
	competencies: CompetencyChange[];
	competencyNotes: TextChange[];
	counts: DiffCounts;
	/** Nothing that the site shows differs (e.g. a pure move or a formatting change). */
	empty: boolean;
}

/** Countable things, with the nominative singular and the partitive singular for numbers above one. */
export const DIFF_CATEGORIES = {
	duties: ['tööülesanne', 'tööülesannet'],
	results: ['oodatav tulemus', 'oodatavat tulemust'],
	rights: ['õigus', 'õigust'],
	responsibilities: ['vastutuse punkt', 'vastutuse punkti'],
	tools: ['töövahendite lõik', 'töövahendite lõiku'],
	revisionPolicy: ['muutmise korra punkt', 'muutmise korra punkti'],
	requirements: ['nõue', 'nõuet'],
	competencies: ['kompetents', 'kompetentsi'],
	competencyNotes: ['kompetentside märkus', 'kompetentside märkust'],
} as const;

export type DiffCategory = keyof typeof DIFF_CATEGORIES;
export type DiffCounts = Record<DiffCategory, Record<ChangeKind, number>> & {
	/** General fields by summary name. */
	fields: Record<ChangeKind, string[]>;
};

/** Turns ids into names with the current model; ids the model no longer has are shown as they are. */
export interface DiffNames {
	unit(id: string): string;
	position(id: string): string;
	/** Stable key of a competency label: its catalogue id where the catalogue knows the name. */
	competencyKey(label: string): string;
}

export function modelNames(model: Model): DiffNames {
	return {
		unit: (id) => model.units.get(id)?.name ?? id,
		position: (id) => model.positions.get(id)?.title ?? id,
		competencyKey: (label) =>
			model.competencyIdByName.get(normalizeName(label)) ?? `nimi:${normalizeName(label)}`,
	};
}

function text(kind: TextChange['kind'], before?: string, after?: string): TextChange {
	return { kind, before, after, parts: wordDiff(before ?? '', after ?? '') };
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

interface FieldSpec {
	key: string;
	label: string;
	name: string;
	value: (position: Position) => string | undefined;
}

const join = (values: readonly (string | undefined)[]) =>
	values.filter((value) => value !== undefined && value !== '').join(', ');

function generalFields(names: DiffNames): FieldSpec[] {
	const positions = (ids: readonly string[], own: string) =>
		ids.length === 0
			? undefined
			: ids
					.map((id) =>
						id === own ? 'teine sama ametikoha teenistuja' : names.position(id),
					)
					.join('; ');
	return [
		{ key: 'title', label: 'Ametinimetus', name: 'ametinimetus', value: (p) => p.title },
		{
			key: 'unit',
			label: 'Struktuuriüksus',
			name: 'struktuuriüksus',
			value: (p) => names.unit(p.unit),
		},
		{
			key: 'manager',
			label: 'Vahetu juht',
			name: 'vahetu juht',
			value: (p) => (p.manager ? names.position(p.manager) : undefined),
		},
		{
			key: 'substitutedBy',
			label: 'Kes asendab',
			name: 'asendaja',
			value: (p) => positions(p.substitutedBy, p.id),
		},
		{
			key: 'substitutes',
			label: 'Keda asendab',
			name: 'asendatavad',
			value: (p) => positions(p.substitutes, p.id),
		},
		{ key: 'status', label: 'Staatus', name: 'staatus', value: (p) => p.status },
		{ key: 'group', label: 'Ametikoha grupp', name: 'ametikoha grupp', value: (p) => p.group },
		{
			key: 'stub',
			label: 'Ametijuhend',
			name: 'juhendi olek',
			value: (p) => (p.stub ? 'lisamata' : 'olemas'),
		},
		{ key: 'purpose', label: 'Ametikoha eesmärk', name: 'eesmärk', value: (p) => p.purpose },
		{
			key: 'specialConditions',
			label: 'Eritingimused',
			name: 'eritingimused',
			value: (p) => p.specialConditions,
		},
		{
			key: 'rightsLead',
			label: 'Õiguste sissejuhatus',
			name: 'õiguste sissejuhatus',
			value: (p) => p.rights.lead,
		},
		{
			key: 'responsibilitiesLead',
			label: 'Vastutuse sissejuhatus',
			name: 'vastutuse sissejuhatus',
			value: (p) => p.responsibilities.lead,
		},
		{
			key: 'approval',
			label: 'Kinnitatud',
			name: APPROVAL_FIELD_NAME,
			value: (p) =>
				p.approval
					? join([
							p.approval.approverRole,
							p.approval.date && formatDate(p.approval.date),
							p.approval.directive && `käskkiri nr ${p.approval.directive}`,
						]) || undefined
					: undefined,
		},
		{
			key: 'sectionNumbers',
			label: 'Jaotiste numbrid',
			name: 'jaotiste numbrid',
			value: (p) =>
				p.sectionNumbers
					? Object.entries(p.sectionNumbers)
							.map(([section, number]) => `${section} ${number}`)
							.join(', ')
					: undefined,
		},
		{
			key: 'sourceUrl',
			label: 'Allkirjastatud originaal',
			name: 'allkirjastatud originaali aadress',
			value: (p) => p.sourceUrl,
		},
		{
			key: 'lastReviewed',
			label: 'Viimane ülevaatus',
			name: 'viimase ülevaatuse kuupäev',
			value: (p) => (p.lastReviewed ? formatDate(p.lastReviewed) : undefined),
		},
		{
			key: 'reviewIntervalMonths',
			label: 'Ülevaatuse intervall',
			name: 'ülevaatuse intervall',
			value: (p) => `${p.reviewIntervalMonths} kuud`,
		},
	];
}

const REQUIREMENT_FIELDS: FieldSpec[] = [
	{
		key: 'education',
		label: 'Haridus',
		name: 'haridus',
		value: (p) => {
			const education = p.requirements.education;
			if (!education) return undefined;
			const level = education.level
				? ` (${education.recommended ? 'soovitatav ' : ''}tase: ${education.level})`
				: education.recommended
					? ' (soovitatav)'
					: '';
			return `${education.text}${level}${education.recommendedLevel ? ` (soovitatav tase: ${education.recommendedLevel})` : ''}`;
		},
	},
	{
		key: 'experience',
		label: 'Töökogemus',
		name: 'töökogemus',
		value: (p) =>
			p.requirements.experience &&
			`${p.requirements.experience.text}${p.requirements.experience.years !== undefined ? ` (${p.requirements.experience.years} a)` : ''}${p.requirements.experience.recommended ? ' (soovitatav)' : ''}`,
	},
	{
		key: 'languages',
		label: 'Keeleoskus',
		name: 'keeleoskus',
		value: (p) => p.requirements.languages?.text.replace(/\n/g, ' '),
	},
	{
		key: 'languageLevels',
		label: 'Keeleoskuse tasemed',
		name: 'keeleoskuse tasemed',
		value: (p) =>
			p.requirements.languages?.items
				.map(
					(item) =>
						`${languageLabel(item.language)} ${item.level}${item.preferred?.length ? ` (soovitavalt ${item.preferred.join(' või ')})` : ''}`,
				)
				.join('; ') || undefined,
	},
	{
		key: 'computerSkills',
		label: 'Arvutikasutamise oskus',
		name: 'arvutikasutamise oskus',
		value: (p) => p.requirements.computerSkills?.replace(/\n/g, ' '),
	},
	{
		key: 'knowledge',
		label: 'Teadmised ja oskused',
		name: 'teadmised ja oskused',
		value: (p) => p.requirements.knowledge?.replace(/\n/g, ' '),
	},
	{
		key: 'personalQualities',
		label: 'Isikuomadused',
		name: 'isikuomadused',
		value: (p) => p.requirements.personalQualities,
	},
];

const REQUIREMENT_LABELS: Record<RequirementKey, string> = {
	education: 'haridus',
	experience: 'töökogemus',
	languages: 'keeleoskus',
	computerSkills: 'arvutikasutamise oskus',
	knowledge: 'teadmised ja oskused',
	personalQualities: 'isikuomadused',
	additional: 'lisanõuded',
};

/** The document's order of the requirements both versions have, when it changed (an added one is not a reordering). */
function diffRequirementOrder(before: Position, after: Position): FieldChange[] {
	const a = requirementOrder(before);
	const b = requirementOrder(after);
	const common = (order: RequirementKey[], other: RequirementKey[]) =>
		order
			.filter((key) => other.includes(key))
			.map((key) => REQUIREMENT_LABELS[key])
			.join(', ');
	const was = common(a, b);
	const is = common(b, a);
	if (was === is) return [];
	return [
		{
			...text('changed', was, is),
			kind: 'changed',
			key: 'requirementOrder',
			label: 'Nõuete järjekord',
			name: 'nõuete järjekord',
		},
	];
}

function diffFields(before: Position, after: Position, specs: readonly FieldSpec[]): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const spec of specs) {
		const a = spec.value(before);
		const b = spec.value(after);
		if (a === b) continue;
		const kind: ChangeKind =
			a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
		changes.push({
			...text(kind, a, b),
			kind,
			key: spec.key,
			label: spec.label,
			name: spec.name,
		});
	}
	return changes;
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
