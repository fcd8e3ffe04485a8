/** Requirement indexes (languages, education, experience): each built in one pass over the described positions. */
import {
	CefrLevelSchema,
	educationLevelAndBroader,
	EducationLevelSchema,
	LanguageSchema,
	type EducationLevel,
	type Language,
	type LanguageRequirement,
	type Position,
} from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import type { Model } from '../content/model.ts';
import { capitalize } from '../format.ts';
import { slug } from '../slug.ts';
import { byTitle, describedPositions } from './order.ts';

interface Row {
	position: Position;
	unit?: Unit;
}

export interface LanguageRow extends Row {
	level: LanguageRequirement['level'];
	/** For "võõrkeel": the languages the document prefers; otherwise empty. */
	preferred: readonly Language[];
}

export interface LanguageSection {
	language: Language;
	/** Fragment id: the position page links /nouded/keeled/#<slug(language)>. */
	id: string;
	rows: LanguageRow[];
}

const cefrRank = (level: LanguageRequirement['level']) => CefrLevelSchema.options.indexOf(level);

/** One section per language in use (schema order: eesti first, võõrkeel last); rows by level descending, then title. */
export function languageIndex(model: Model): LanguageSection[] {
	const sections = new Map<Language, LanguageRow[]>();
	for (const position of describedPositions(model.positions)) {
		for (const item of position.requirements.languages?.items ?? []) {
			const row = {
				position,
				unit: model.units.get(position.unit),
				level: item.level,
				preferred: item.preferred ?? [],
			};
			const rows = sections.get(item.language);
			if (rows) rows.push(row);
			else sections.set(item.language, [row]);
		}
	}
	return LanguageSchema.options
		.filter((language) => sections.has(language))
		.map((language) => ({
			language,
			id: slug(language),
			rows: (sections.get(language) ?? []).sort(
				(a, b) => cefrRank(b.level) - cefrRank(a.level) || byTitle(a.position, b.position),
			),
		}));
}

export interface EducationRow extends Row {
	/** The document's wording; undefined when the document states no education requirement. */
	text?: string;
	/** The level this document names, which may be narrower than its section's (bakalaureusekraad under kõrgharidus). */
	level?: EducationLevel;
	/** The document only recommends this level ("Soovituslikult …", "Soovitavalt magistrikraad"). */
	recommended: boolean;
}

export interface EducationSection {
	level: EducationLevel;
	/** Fragment id: the position page links /nouded/haridus/#<slug(level)>. */
	id: string;
	/** Required first, then recommended; by title within each. */
	rows: EducationRow[];
}

export interface EducationIndex {
	/** Levels in use, highest first. A level lists the positions of its narrower levels too (schemas/position.ts EDUCATION_LEVEL_PARENT). */
	levels: EducationSection[];
	/** Described positions whose requirements give no level (with or without wording), by title. */
	withoutLevel: EducationRow[];
}

export function educationIndex(model: Model): EducationIndex {
	const byLevel = new Map<EducationLevel, EducationRow[]>();
	const withoutLevel: EducationRow[] = [];
	const add = (level: EducationLevel, row: EducationRow) => {
		const rows = byLevel.get(level);
		if (!rows) byLevel.set(level, [row]);
		// A level already required (bakalaureusekraad is kõrgharidus) is not recommended again (magistrikraad is too).
		else if (!rows.some((other) => other.position === row.position)) rows.push(row);
	};
	for (const position of describedPositions(model.positions)) {
		const education = position.requirements.education;
		const unit = model.units.get(position.unit);
		if (education?.level === undefined) {
			withoutLevel.push({
				position,
				unit,
				text: education?.text,
				recommended: education?.recommended ?? false,
			});
			continue;
		}
		const row = {
			position,
			unit,
			text: education.text,
			level: education.level,
			recommended: education.recommended,
		};
		for (const level of educationLevelAndBroader(education.level)) add(level, row);
		if (education.recommendedLevel !== undefined) {
			const recommended = { ...row, level: education.recommendedLevel, recommended: true };
			for (const level of educationLevelAndBroader(education.recommendedLevel))
				add(level, recommended);
		}
	}
	const levels = [...EducationLevelSchema.options]
		.reverse()
		.filter((level) => byLevel.has(level))
		// describedPositions is by title and the sort is stable: by title within required and recommended.
		.map((level) => ({
			level,
			id: slug(level),
			rows: (byLevel.get(level) ?? []).sort(
				(a, b) => Number(a.recommended) - Number(b.recommended),
			),
		}));
	return { levels, withoutLevel };
}

export interface ExperienceRow extends Row {
	years: number;
	text: string;
	/** The document only recommends it ("Soovitatavalt 3-aastane töökogemus"). */
	recommended: boolean;
}

/** Described positions that state experience in years: most years first, then by title. */
export function experienceIndex(model: Model): ExperienceRow[] {
	const rows: ExperienceRow[] = [];
	for (const position of describedPositions(model.positions)) {
		const experience = position.requirements.experience;
		if (experience?.years !== undefined)
			rows.push({
				position,
				unit: model.units.get(position.unit),
				years: experience.years,
				text: experience.text,
				recommended: experience.recommended,
			});
	}
	// describedPositions is already by title and Array.prototype.sort is stable.
	return rows.sort((a, b) => b.years - a.years);
}

export interface RequirementSummary {
	languages: number;
	languagePositions: number;
	educationLevels: number;
	educationPositions: number;
	experiencePositions: number;
}

/** Counts for the requirements landing page. */
export function requirementSummary(model: Model): RequirementSummary {
	const languages = languageIndex(model);
	const education = educationIndex(model);
	return {
		languages: languages.length,
		languagePositions: new Set(
			languages.flatMap((section) => section.rows.map((row) => row.position.id)),
		).size,
		educationLevels: education.levels.length,
		// A position is in its level's section and in every broader one: counted once.
		educationPositions: new Set(
			education.levels.flatMap((section) => section.rows.map((row) => row.position.id)),
		).size,
		experiencePositions: experienceIndex(model).length,
	};
}

/** A section of /nouded/haridus/: an education level, "level not stated", or an experience table. */
export type HaridusSection =
	| { kind: 'education'; id: string; heading: string; rows: EducationRow[] }
	| {
			kind: 'experience';
			id: 'tookogemus' | 'soovitatav-tookogemus';
			heading: string;
			rows: ExperienceRow[];
	  };

/**
 * What /nouded/haridus/ shows, in its order: levels highest first, then "level not stated", then the
 * required experience and, apart from it, the experience the documents only recommend.
 */
export function educationSections(model: Model): HaridusSection[] {
	const education = educationIndex(model);
	const experience = experienceIndex(model);
	const recommended = experience.filter((row) => row.recommended);
	return [
		...education.levels.map((section) => ({
			kind: 'education' as const,
			id: section.id,
			heading: capitalize(section.level),
			rows: section.rows,
		})),
		...(education.withoutLevel.length > 0
			? [
					{
						kind: 'education' as const,
						id: 'tase-markimata',
						heading: 'Haridustase märkimata',
						rows: education.withoutLevel,
					},
				]
			: []),
		{
			kind: 'experience',
			id: 'tookogemus',
			heading: 'Nõutav töökogemus',
			rows: experience.filter((row) => !row.recommended),
		},
		...(recommended.length > 0
			? [
					{
						kind: 'experience' as const,
						id: 'soovitatav-tookogemus' as const,
						heading: 'Soovitatav töökogemus',
						rows: recommended,
					},
				]
			: []),
	];
}
