/**
 * Requirements and competencies: the document's wording kept as text, with the structured values
 * the indexes need (education level, years, languages) read from it, and competency names checked
 * against the catalogue.
 */
import type { CompetencyRef, PositionFrontmatterInput } from '../../../schemas/position.ts';
import { isRecommendedWording, recommendedSentences } from '../content/recommended.ts';
import { suggest } from '../content/suggest.ts';
import { educationLevel, experienceYears, languageRequirements } from './interpret.ts';
import { importMessages } from './messages.ts';
import type { Reporter } from './reporter.ts';
import { resolveCompetencyId, type MappingContext } from './mapping-context.ts';
import type { DraftDocument } from './types.ts';

type Requirements = NonNullable<PositionFrontmatterInput['requirements']>;

export function mapRequirements(
	source: DraftDocument['requirements'],
	reporter: Reporter,
): Requirements {
	const requirements: Requirements = {};
	// Keys in the document's order (requirements.ts); the content keeps it
	// (content/document-form.ts).
	for (const key of Object.keys(source) as (keyof DraftDocument['requirements'])[]) {
		if (key === 'education' && source.education !== undefined) {
			const level = educationLevel(source.education);
			if (level === undefined)
				reporter.attention(
					'requirements',
					importMessages.educationLevelUnknown(source.education),
				);
			// "Soovituslikult … kõrgharidus" recommends the whole; "… bakalaureusekraad.
			// Soovitavalt magistrikraad." requires the first level and recommends a second
			// (content/recommended.ts).
			const recommended = isRecommendedWording(source.education);
			const higher = recommended
				? undefined
				: recommendedSentences(source.education)
						.map(educationLevel)
						.find((found) => found !== undefined && found !== level);
			requirements.education = {
				...(level === undefined ? {} : { level }),
				...(recommended ? { recommended } : {}),
				...(higher === undefined ? {} : { recommendedLevel: higher }),
				text: source.education,
			};
		} else if (key === 'experience' && source.experience !== undefined) {
			const years = experienceYears(source.experience);
			requirements.experience = {
				...(years === undefined ? {} : { years }),
				...(isRecommendedWording(source.experience) ? { recommended: true } : {}),
				text: source.experience,
			};
		} else if (key === 'languages' && source.languages !== undefined) {
			const { items, unparsed } = languageRequirements(source.languages);
			for (const sentence of unparsed)
				reporter.attention('requirements', importMessages.languageUnparsed(sentence));
			requirements.languages = { items, text: source.languages };
		} else if (key === 'additional') {
			if (source.additional.length > 0) requirements.additional = source.additional;
		} else if (
			key !== 'education' &&
			key !== 'experience' &&
			key !== 'languages' &&
			source[key] !== undefined
		) {
			requirements[key] = source[key];
		}
	}
	return requirements;
}

export function mapCompetencies(
	source: DraftDocument['competencies'],
	context: MappingContext,
	reporter: Reporter,
): { core: CompetencyRef[]; additional: CompetencyRef[]; notes: string[] } {
	const competencies = {
		core: [] as CompetencyRef[],
		additional: [] as CompetencyRef[],
		notes: [...source.notes],
	};
	for (const group of ['core', 'additional'] as const) {
		const seen = new Set<string>();
		source[group].forEach((entry, index) => {
			// The document's name is kept (e.g. "Tõhusus"); the catalogue resolves it through its
			// aliases.
			const id = resolveCompetencyId(entry.name, context);
			if (id === undefined) {
				const message = importMessages.competencyUnknown(
					entry.name,
					suggest(entry.name, context.competencyNames),
				);
				reporter.todo(
					'competencies',
					message,
					`kompetentsi "${entry.name}" ei ole kataloogis`,
					[group, index],
				);
			} else if (seen.has(id)) {
				reporter.attention('competencies', importMessages.competencyDuplicate(entry.name));
			} else {
				seen.add(id);
			}
			competencies[group].push({ name: entry.name, indicators: entry.indicators });
		});
	}
	for (const note of source.notes)
		reporter.info('competencies', importMessages.competencyNote(note));
	return competencies;
}
