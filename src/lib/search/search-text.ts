/**
 * The words of a page that the Estonian search enrichment analyses, taken from the model, not the HTML.
 * Competency indicators are left out: they are behavioural boilerplate shared by many positions, and
 * enriching them grew every page's index by about 40 % (Pagefind's memory at 5,000 positions is the
 * build's limit) without helping any query find the right position. They stay searchable as text.
 */
import type { Competency } from '../../../schemas/competency.ts';
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import type { CommonTexts } from './common-text.ts';

export function positionSearchText(position: Position): string {
	const { requirements, competencies } = position;
	return [
		position.title,
		position.purpose,
		...position.duties.flatMap((duty) => [...duty.text, ...duty.results]),
		...position.tools,
		// Rights and responsibilities name things no duty does ("isikukaitsevahendid"); short lists, so the
		// few head terms they add cost little.
		...position.rights.items,
		...position.responsibilities.items,
		requirements.education?.text,
		requirements.experience?.text,
		requirements.languages?.text,
		requirements.computerSkills,
		requirements.knowledge,
		requirements.personalQualities,
		...requirements.additional,
		...[...competencies.core, ...competencies.additional].map((ref) => ref.name),
		...competencies.notes,
	]
		.filter((text) => text !== undefined)
		.join('\n');
}

export function unitSearchText(unit: Unit): string {
	return unit.name;
}

export function competencySearchText(competency: Competency): string {
	return [competency.name, ...competency.aliases, competency.definition].join('\n');
}

/** The common wordings page (/korduvad-sonastused/): every wording it lists. */
export function commonTextsSearchText(common: CommonTexts): string {
	return common.list.map((item) => item.text).join(' ');
}
