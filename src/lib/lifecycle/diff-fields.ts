/**
 * The single-valued fields of a position diff (diff.ts): purpose, manager, approval, each requirement
 * and the requirements' order, each with its Estonian label and the name the summary uses.
 */
import type { Position, RequirementKey } from '../../../schemas/position.ts';
import { requirementOrder } from '../content/document-form.ts';
import { formatDate, languageLabel } from '../format.ts';
import type { ChangeKind, DiffNames, FieldChange, TextChange } from './diff-types.ts';
import { APPROVAL_FIELD_NAME } from './diff-summary.ts';
import { wordDiff } from './text-diff.ts';

/** One text change with its word-level diff. */
export function text(kind: TextChange['kind'], before?: string, after?: string): TextChange {
	return { kind, before, after, parts: wordDiff(before ?? '', after ?? '') };
}

interface FieldSpec {
	key: string;
	label: string;
	name: string;
	value: (position: Position) => string | undefined;
}

const join = (values: readonly (string | undefined)[]) =>
	values.filter((value) => value !== undefined && value !== '').join(', ');

export function generalFields(names: DiffNames): FieldSpec[] {
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

export const REQUIREMENT_FIELDS: FieldSpec[] = [
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
export function diffRequirementOrder(before: Position, after: Position): FieldChange[] {
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

export function diffFields(
	before: Position,
	after: Position,
	specs: readonly FieldSpec[],
): FieldChange[] {
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
