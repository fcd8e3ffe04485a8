/**
 * How one document numbers its sections and orders its requirements. The site shows every description
 * in one fixed section order, but with the numbers of the signed document, so that "punkt 2.3" is found
 * under a heading that says 2; and the requirements in the order the document lists them.
 */
import type { Position, RequirementKey } from '../../../schemas/position.ts';

/** The standard form: 1 Üldosa … 8 Ametijuhendi muutmine. */
export const STANDARD_SECTION_NUMBERS = {
	general: '1',
	purpose: '2',
	duties: '3',
	rights: '4',
	responsibilities: '5',
	tools: '6',
	requirements: '7',
	revision: '8',
} as const;

export type SectionKey = keyof typeof STANDARD_SECTION_NUMBERS;

/** The order the schema lists the requirement fields in, for fields a file's order does not cover. */
export const REQUIREMENT_KEYS: readonly RequirementKey[] = [
	'education',
	'experience',
	'languages',
	'computerSkills',
	'knowledge',
	'personalQualities',
	'additional',
];

/**
 * The document's number of each section; undefined where the document does not number it. The duties'
 * number is the first part of their own numbers ("2" for 2.1, 2.2 …).
 */
export function sectionNumbers(position: Pick<Position, 'sectionNumbers' | 'duties'>): Record<SectionKey, string | undefined> {
	const duties = position.duties[0]?.number.split('.')[0];
	const own = position.sectionNumbers;
	if (own === undefined) return { ...STANDARD_SECTION_NUMBERS, duties: duties ?? STANDARD_SECTION_NUMBERS.duties };
	return {
		general: own.general,
		purpose: own.purpose,
		duties,
		rights: own.rights,
		responsibilities: own.responsibilities,
		tools: own.tools,
		requirements: own.requirements,
		revision: own.revision,
	};
}

/** "2. Tööülesanded", or the bare label for a section the document does not number. */
export function numberedHeading(label: string, number: string | undefined): string {
	return number === undefined ? label : `${number}. ${label}`;
}

/** The requirement fields the position has, in the document's order; any the file order misses after them. */
export function requirementOrder(position: Pick<Position, 'requirements' | 'requirementOrder'>): RequirementKey[] {
	const present = (key: RequirementKey) => {
		const value = position.requirements[key];
		return Array.isArray(value) ? value.length > 0 : value !== undefined;
	};
	const written = (position.requirementOrder ?? []).filter(present);
	return [...written, ...REQUIREMENT_KEYS.filter((key) => present(key) && !written.includes(key))];
}
