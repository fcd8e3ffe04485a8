/**
 * The requirements a position sets (section 7 of the document: education, experience, languages and
 * the rest), part of the position frontmatter (position.ts, which re-exports everything here).
 */
import { z } from 'astro/zod';
import { TextSchema } from './shared.ts';

/** CEFR language level. */
export const CefrLevelSchema = z
	.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2'])
	.describe('Keeleoskuse tase Euroopa keeleõppe raamdokumendi järgi (A1–C2).');

/** Language of a language requirement; "võõrkeel" means any one foreign language. */
export const LanguageSchema = z
	.enum([
		'eesti',
		'inglise',
		'vene',
		'saksa',
		'soome',
		'prantsuse',
		'rootsi',
		'läti',
		'leedu',
		'viipekeel',
		'võõrkeel',
	])
	.describe(
		'Keel; "võõrkeel" tähendab ükskõik millist võõrkeelt (eelistatud keeled märgi väljale preferred).',
	);

/** Highest education level required, for the requirement index. */
export const EducationLevelSchema = z
	.enum([
		'põhiharidus',
		'keskharidus',
		'kutseharidus',
		'rakenduslik kõrgharidus',
		'kõrgharidus',
		'bakalaureusekraad',
		'magistrikraad',
		'doktorikraad',
	])
	.describe('Nõutav haridustase registri jaoks; täpne sõnastus käib väljale text.');

/**
 * The education hierarchy, defined here once: each level's broader level. A position that asks for a
 * bachelor's degree asks for kõrgharidus, so a query for kõrgharidus finds it (indexes, search filter).
 */
export const EDUCATION_LEVEL_PARENT: Readonly<
	Partial<Record<z.output<typeof EducationLevelSchema>, z.output<typeof EducationLevelSchema>>>
> = {
	'rakenduslik kõrgharidus': 'kõrgharidus',
	bakalaureusekraad: 'kõrgharidus',
	magistrikraad: 'kõrgharidus',
	doktorikraad: 'kõrgharidus',
};

/** The level and every broader one, narrowest first: bakalaureusekraad → [bakalaureusekraad, kõrgharidus]. */
export function educationLevelAndBroader(
	level: z.output<typeof EducationLevelSchema>,
): z.output<typeof EducationLevelSchema>[] {
	const levels = [level];
	for (
		let parent = EDUCATION_LEVEL_PARENT[level];
		parent !== undefined && !levels.includes(parent);
		parent = EDUCATION_LEVEL_PARENT[parent]
	)
		levels.push(parent);
	return levels;
}

/** Marks a requirement the document only recommends ("soovitatavalt", "soovituslikult", "eelistatult"). */
const RecommendedSchema = z
	.boolean({ message: 'väärtus peab olema true või false' })
	.default(false)
	.describe(
		'true, kui dokument ainult soovitab seda ("soovitatavalt", "soovituslikult", "eelistatult"); vaikimisi false ehk nõutav.',
	);

export const LanguageRequirementSchema = z
	.strictObject({
		/** The language. */
		language: LanguageSchema,
		/** Minimum CEFR level. */
		level: CefrLevelSchema,
		/** For "võõrkeel": the languages the document prefers. */
		preferred: z
			.array(LanguageSchema)
			.optional()
			.describe('Eelistatud keeled, kui nõue on "võõrkeel" (nt inglise, vene).'),
	})
	.describe('Üks keelenõue: keel ja vähim tase.');

export const RequirementsSchema = z
	.strictObject({
		/** Education: level for the index plus the document's wording. */
		education: z
			.strictObject({
				level: EducationLevelSchema.optional(),
				/** The whole education requirement is a recommendation ("Soovituslikult … kõrgharidus"). Default: false. */
				recommended: RecommendedSchema,
				/** A higher level the document recommends beside the required one ("Soovitavalt magistrikraad"). */
				recommendedLevel: EducationLevelSchema.optional().describe(
					'Soovitatav kõrgem haridustase nõutava kõrval, nt "Soovitavalt magistrikraad".',
				),
				text: TextSchema.describe('Hariduse nõue dokumendi sõnastuses.'),
			})
			.optional()
			.describe('Haridus.'),
		/** Work experience: years where the document states them, plus wording. */
		experience: z
			.strictObject({
				years: z
					.number({ message: 'aastate arv peab olema number' })
					.int({ message: 'aastate arv peab olema täisarv' })
					.min(0, { message: 'aastate arv ei saa olla negatiivne' })
					.max(50, { message: 'aastate arv on ebausutavalt suur (üle 50)' })
					.optional()
					.describe('Nõutav töökogemus aastates, kui dokumendis on see kirjas.'),
				/** The experience is a recommendation ("Soovitatavalt 3-aastane töökogemus"). Default: false. */
				recommended: RecommendedSchema,
				text: TextSchema.describe('Töökogemuse nõue dokumendi sõnastuses.'),
			})
			.optional()
			.describe('Töökogemus.'),
		/** Language skills: structured items plus the document's wording. */
		languages: z
			.strictObject({
				items: z
					.array(LanguageRequirementSchema)
					.default([])
					.describe('Keelenõuded struktuurselt.'),
				text: TextSchema.describe('Keeleoskuse nõue dokumendi sõnastuses.'),
			})
			.optional()
			.describe('Keeleoskus.'),
		/** Computer skills (arvutikasutamise oskus). */
		computerSkills: TextSchema.optional().describe('Arvutikasutamise oskus.'),
		/** Knowledge (teadmised, teadmised ja oskused). */
		knowledge: TextSchema.optional().describe('Teadmised ja oskused.'),
		/** Personal qualities listed as a requirement (isikuomadused). */
		personalQualities: TextSchema.optional().describe('Isikuomadused nõuete all.'),
		/** Additional requirements, one per item (e.g. driving licence). Default: none. */
		additional: z.array(TextSchema).default([]).describe('Lisanõuded, igaüks eraldi reana.'),
	})
	.describe(
		'Ametikohale esitatavad nõuded (tavavormis 7. osa); kirjuta väljad samas järjekorras nagu dokumendis, sait näitab neid selles järjekorras.',
	);

/** The requirement fields; a file lists them in the document's order (parse-file records it as requirementOrder). */
export type RequirementKey = keyof z.output<typeof RequirementsSchema>;

export type LanguageRequirement = z.output<typeof LanguageRequirementSchema>;
export type EducationLevel = z.output<typeof EducationLevelSchema>;
export type Language = z.output<typeof LanguageSchema>;
