/** Requirement indexes (languages, education, experience): each built in one pass over the described positions. */
import {
	CefrLevelSchema,
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
	for (const position of describedPositions(model.positions.values())) {
		for (const item of position.requirements.languages?.items ?? []) {
			const row = { position, unit: model.units.get(position.unit), level: item.level, preferred: item.preferred ?? [] };
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
			rows: (sections.get(language) ?? []).sort((a, b) => cefrRank(b.level) - cefrRank(a.level) || byTitle(a.position, b.position)),
		}));
}

export interface EducationRow extends Row {
	/** The document's wording; undefined when the document states no education requirement. */
	text?: string;
}

export interface EducationSection {
	level: EducationLevel;
	/** Fragment id: the position page links /nouded/haridus/#<slug(level)>. */
	id: string;
	rows: EducationRow[];
}

export interface EducationIndex {
	/** Levels in use, highest first; rows by title. */
	levels: EducationSection[];
	/** Described positions whose requirements give no level (with or without wording), by title. */
	withoutLevel: EducationRow[];
}

export function educationIndex(model: Model): EducationIndex {
	const byLevel = new Map<EducationLevel, EducationRow[]>();
	const withoutLevel: EducationRow[] = [];
	for (const position of describedPositions(model.positions.values())) {
		const education = position.requirements.education;
		const row = { position, unit: model.units.get(position.unit), text: education?.text };
		if (education?.level === undefined) {
			withoutLevel.push(row);
			continue;
		}
		const rows = byLevel.get(education.level);
		if (rows) rows.push(row);
		else byLevel.set(education.level, [row]);
	}
	const levels = [...EducationLevelSchema.options]
		.reverse()
		.filter((level) => byLevel.has(level))
		.map((level) => ({ level, id: slug(level), rows: byLevel.get(level) ?? [] }));
	return { levels, withoutLevel };
}

export interface ExperienceRow extends Row {
	years: number;
	text: string;
}

/** Described positions that state experience in years: most years first, then by title. */
export function experienceIndex(model: Model): ExperienceRow[] {
	const rows: ExperienceRow[] = [];
	for (const position of describedPositions(model.positions.values())) {
		const experience = position.requirements.experience;
		if (experience?.years !== undefined) rows.push({ position, unit: model.units.get(position.unit), years: experience.years, text: experience.text });
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
		languagePositions: new Set(languages.flatMap((section) => section.rows.map((row) => row.position.id))).size,
		educationLevels: education.levels.length,
		educationPositions: education.levels.reduce((sum, section) => sum + section.rows.length, 0),
		experiencePositions: experienceIndex(model).length,
	};
}

/** A section of /nouded/haridus/: an education level, "level not stated", or the experience table. */
export type HaridusSection =
	| { kind: 'education'; id: string; heading: string; rows: EducationRow[] }
	| { kind: 'experience'; id: 'tookogemus'; heading: string; rows: ExperienceRow[] };

/** What /nouded/haridus/ shows, in its order: levels highest first, then "level not stated", then experience. */
export function educationSections(model: Model): HaridusSection[] {
	const education = educationIndex(model);
	return [
		...education.levels.map((section) => ({ kind: 'education' as const, id: section.id, heading: capitalize(section.level), rows: section.rows })),
		...(education.withoutLevel.length > 0
			? [{ kind: 'education' as const, id: 'tase-markimata', heading: 'Haridustase märkimata', rows: education.withoutLevel }]
			: []),
		{ kind: 'experience', id: 'tookogemus', heading: 'Nõutav töökogemus', rows: experienceIndex(model) },
	];
}
