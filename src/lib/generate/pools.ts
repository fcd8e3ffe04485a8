/**
 * Sentence pools taken from the real content through the project's own loader, so generated text
 * reads like the job descriptions HR writes and uses only constructs the parser accepts.
 */
import type { Competency } from '../../../schemas/competency.ts';
import type { Position } from '../../../schemas/position.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../content/load.ts';
import { SYNONYMS_FILE } from '../search/synonyms.ts';

export interface DutyTemplate {
	text: string;
	results: string[];
}

export interface Pools {
	duties: DutyTemplate[];
	/**
	 * Sub-duties (depth 2) from the real documents; duties double as sub-duties when this is short.
	 */
	subDuties: DutyTemplate[];
	results: string[];
	purposeSentences: string[];
	rightsLeads: string[];
	rights: string[];
	responsibilityLeads: string[];
	responsibilities: string[];
	tools: string[];
	revisionPolicy: string[];
	computerSkills: string[];
	knowledge: string[];
	personalQualities: string[];
	additionalRequirements: string[];
	specialConditions: string[];
	competencyNotes: string[];
	competencies: Competency[];
	/** Indicator sentences by competency id, from every position that lists the competency. */
	indicators: Map<string, string[]>;
	/**
	 * The source's search synonym list as written (SYNONYMS_FILE), if it has one: the agency's list holds
	 * for any corpus, and the search page loads it with every first search.
	 */
	synonyms?: string;
}

const unique = (items: Iterable<string>): string[] => [
	...new Set([...items].map((item) => item.trim()).filter((item) => item !== '')),
];

/**
 * Splits prose into sentences at ". " before a capital letter; abbreviations such as "sh." stay
 * inside.
 */
export function sentences(text: string): string[] {
	return text
		.replace(/\s+/g, ' ')
		.split(/(?<=[.!?])\s+(?=[A-ZÕÄÖÜŠŽ])/u)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '');
}

/** Lines of multi-line requirement texts, each a statement of its own. */
const lines = (text: string | undefined): string[] => (text === undefined ? [] : text.split('\n'));

export function buildPools(root: string): Pools {
	// Today's date: review dates are warnings, and no date of the real content is a year ahead of
	// it.
	const { model, problems } = loadContent({ root });
	const errors = problems.filter((problem) => problem.severity === 'error');
	if (errors.length > 0)
		throw new Error(
			`source content at ${root} has ${errors.length} errors; run npm run check first`,
		);
	const described: Position[] = [...model.positions.values()]
		.filter((position) => !position.stub)
		.sort((a, b) => a.id.localeCompare(b.id));
	if (described.length === 0)
		throw new Error(`no described positions under ${root}/content/positions`);

	const duties: DutyTemplate[] = [];
	const subDuties: DutyTemplate[] = [];
	for (const position of described) {
		for (const duty of position.duties) {
			const template = { text: duty.text.join(' '), results: [...duty.results] };
			if (template.text === '' || template.results.length === 0) continue;
			(duty.depth > 1 ? subDuties : duties).push(template);
		}
	}
	const indicators = new Map<string, string[]>();
	const competencies = [...model.competencies.values()].sort((a, b) => a.id.localeCompare(b.id));
	for (const competency of competencies) indicators.set(competency.id, []);
	for (const [id, usages] of model.competencyUsage) {
		indicators.set(
			id,
			unique([
				...(indicators.get(id) ?? []),
				...usages.flatMap((usage) => usage.ref.indicators.flatMap(sentences)),
			]),
		);
	}
	const requirement = <K extends keyof Position['requirements']>(key: K) =>
		described.map((position) => position.requirements[key]);

	return {
		duties,
		subDuties: subDuties.length >= 5 ? subDuties : [...subDuties, ...duties],
		results: unique(
			described.flatMap((position) => position.duties.flatMap((duty) => duty.results)),
		),
		purposeSentences: unique(
			described.flatMap((position) => sentences(position.purpose ?? '')),
		),
		rightsLeads: unique(
			described.flatMap((position) => (position.rights.lead ? [position.rights.lead] : [])),
		),
		rights: unique(described.flatMap((position) => position.rights.items)),
		responsibilityLeads: unique(
			described.flatMap((position) =>
				position.responsibilities.lead ? [position.responsibilities.lead] : [],
			),
		),
		responsibilities: unique(described.flatMap((position) => position.responsibilities.items)),
		tools: unique(described.flatMap((position) => position.tools)),
		revisionPolicy: unique(described.flatMap((position) => position.revisionPolicy)),
		computerSkills: unique(requirement('computerSkills').flatMap(lines).flatMap(sentences)),
		knowledge: unique(requirement('knowledge').flatMap(lines)),
		personalQualities: unique(
			requirement('personalQualities').flatMap((text) =>
				text ? [text.replace(/\s+/g, ' ')] : [],
			),
		),
		additionalRequirements: unique(requirement('additional').flat()),
		specialConditions: unique(
			described.flatMap((position) =>
				position.specialConditions ? [position.specialConditions] : [],
			),
		),
		competencyNotes: unique(described.flatMap((position) => position.competencies.notes)),
		competencies,
		indicators,
		synonyms: existsSync(join(root, SYNONYMS_FILE))
			? readFileSync(join(root, SYNONYMS_FILE), 'utf8')
			: undefined,
	};
}
