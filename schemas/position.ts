import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, isMap, TextSchema } from './shared.ts';

/** Lifecycle of a job description. Default: kehtiv (in force). */
export const PositionStatusSchema = z
	.enum(['kehtiv', 'eelnõu', 'kehtetu'])
	.describe('Ametijuhendi staatus: kehtiv, eelnõu või kehtetu. Vaikimisi kehtiv.');

/** Position group as given in the document (ametnik = civil servant, töötaja = employee). */
export const PositionGroupSchema = z
	.enum(['ametnik', 'töötaja'])
	.describe('Ametikoha grupp: ametnik või töötaja. Ainult siis, kui dokumendis on see kirjas.');

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

/** A section number as the document prints it, without the full stop: "2". */
const SectionNumberSchema = z
	.string({ message: 'jaotise number kirjuta jutumärkides, nt "2"' })
	.regex(/^\d{1,2}$/, {
		message: 'jaotise number on üks või kaks numbrit ilma punktita, nt "2"',
	});

/**
 * The document's own section numbers, where its form differs from the standard 1 Üldosa … 8 Ametijuhendi
 * muutmine. A section left out is not numbered in the document (e.g. the purpose written inside Üldosa);
 * the duties take their number from their own numbers (### 2.1. …).
 */
export const SectionNumbersSchema = z
	.strictObject({
		general: SectionNumberSchema.optional().describe('Üldosa number dokumendis.'),
		purpose: SectionNumberSchema.optional().describe(
			'Ametikoha eesmärgi number dokumendis (puudub, kui eesmärk on üldosas).',
		),
		rights: SectionNumberSchema.optional().describe('Õiguste number dokumendis.'),
		responsibilities: SectionNumberSchema.optional().describe(
			'Vastutuse number dokumendis (võib olla sama mis õigustel).',
		),
		tools: SectionNumberSchema.optional().describe('Töövahendite number dokumendis.'),
		requirements: SectionNumberSchema.optional().describe('Nõuete number dokumendis.'),
		revision: SectionNumberSchema.optional().describe(
			'Ametijuhendi muutmise osa number dokumendis.',
		),
	})
	.describe(
		'Dokumendi oma jaotiste numbrid, kui dokument ei järgi tavavormi (1 Üldosa … 8 Ametijuhendi muutmine). Jaotis, mida siin pole, on dokumendis numbrita. Tööülesannete number tuleb ülesannete numbritest.',
	);

/** A competency as this document lists it: the name it uses (resolved through the catalogue) and its indicators. */
export const CompetencyRefSchema = z
	.strictObject({
		name: TextSchema.describe(
			'Kompetentsi nimetus nii, nagu see dokumendis on; peab olema kataloogis (ka sünonüümina).',
		),
		indicators: z
			.array(TextSchema)
			.default([])
			.describe('Käitumisindikaatorid või kirjeldus selle dokumendi sõnastuses.'),
	})
	.describe('Kompetents koos selle dokumendi käitumisindikaatoritega.');

export const PositionCompetenciesSchema = z
	.strictObject({
		core: z.array(CompetencyRefSchema).default([]).describe('Tööks vajalikud kompetentsid.'),
		additional: z
			.array(CompetencyRefSchema)
			.default([])
			.describe('Täiendavad kompetentsid, isikuomadused ja teadmised.'),
		notes: z
			.array(TextSchema)
			.default([])
			.describe(
				'Nimetuta laused kompetentside osas, mis ei ole ühegi kompetentsi kirjeldus.',
			),
	})
	.describe('Kompetentsid.');

export const ApprovalSchema = z
	.strictObject({
		date: IsoDateSchema.optional().describe('Kinnitamise kuupäev.'),
		directive: TextSchema.optional().describe('Käskkirja number, nt "57".'),
		approverRole: TextSchema.optional().describe(
			'Kinnitaja ametinimetus (mitte nimi), nt "peadirektor".',
		),
	})
	.describe('Kinnitamise andmed. Isikute nimesid ei avaldata.');

/** Frontmatter of a position file (content/positions/**\/<id>.md). */
export const PositionFrontmatterSchema = z
	.strictObject({
		/** Official title (ametinimetus), qualifier included. Required. */
		title: TextSchema.describe(
			'Ametinimetus koos täpsustusega, nt "Peaspetsialist (kasutaja tugi)".',
		),
		/** Structural unit id (content/units). Required. */
		unit: IdSchema.describe('Struktuuriüksuse tunnus (fail kaustas content/units).'),
		/** Direct manager's position id. Optional only for the head of the agency and stubs. */
		manager: IdSchema.optional().describe('Vahetu juhi ametikoha tunnus.'),
		/** Who substitutes this position; the own id means "another holder of the same position". */
		substitutedBy: z
			.array(IdSchema)
			.default([])
			.describe(
				'Kes asendab: ametikohtade tunnused. Oma tunnus tähendab "teine sama ametikoha teenistuja".',
			),
		/** Whom this position substitutes; the own id means "another holder of the same position". */
		substitutes: z
			.array(IdSchema)
			.default([])
			.describe(
				'Keda asendab: ametikohtade tunnused. Oma tunnus tähendab "teine sama ametikoha teenistuja".',
			),
		/** Lifecycle status. Default: kehtiv. */
		status: PositionStatusSchema.default('kehtiv'),
		/** Position group where the document gives it. */
		group: PositionGroupSchema.optional(),
		/** True for a position that others reference but whose description has not been added yet. */
		stub: z
			.boolean({ message: 'väärtus peab olema true või false' })
			.default(false)
			.describe('true, kui ametijuhendit pole veel lisatud (ainult nimetus ja üksus).'),
		/** Purpose of the position (ametikoha eesmärk). Required unless stub. */
		purpose: TextSchema.optional().describe('Ametikoha eesmärk.'),
		/** Special conditions (eritingimused) where the document has them. */
		specialConditions: TextSchema.optional().describe('Eritingimused.'),
		/** The document's section numbers where they differ from the standard form. Default: the standard 1–8. */
		sectionNumbers: SectionNumbersSchema.optional(),
		requirements: RequirementsSchema.default({ additional: [] }),
		competencies: PositionCompetenciesSchema.default({ core: [], additional: [], notes: [] }),
		approval: ApprovalSchema.optional(),
		/** Address of the signed original in the document register. Optional. */
		sourceUrl: z
			.url({
				protocol: /^https?$/,
				message: 'aadress peab algama https:// või http:// (nt dokumendiregistri link)',
			})
			// The protocol rule is not expressed by format "uri"; the pattern carries it into the JSON Schema.
			.meta({ pattern: '^https?://' })
			.optional()
			.describe('Allkirjastatud originaali aadress dokumendiregistris (https://…).'),
		/** Date of the last review (ülevaatamine). */
		lastReviewed: IsoDateSchema.optional().describe('Viimase ülevaatuse kuupäev.'),
		/** Review interval in months; the seeds say once a year. Default: 12. */
		reviewIntervalMonths: z
			.number({ message: 'ülevaatuse intervall peab olema kuude arv' })
			.int({ message: 'ülevaatuse intervall peab olema täisarv kuudes' })
			.min(1, { message: 'ülevaatuse intervall peab olema vähemalt 1 kuu' })
			.max(60, { message: 'ülevaatuse intervall ei tohi ületada 60 kuud' })
			.default(12)
			.describe('Ülevaatuse intervall kuudes (vaikimisi 12 ehk kord aastas).'),
	})
	.refine((position) => position.stub || position.purpose !== undefined, {
		path: ['purpose'],
		message:
			'ametikoha eesmärk puudub: lisa väli purpose (või märgi stub: true, kui juhendit veel pole)',
		// Also when other fields are invalid, so that every mistake is reported in one run.
		when: isMap,
	});

export type PositionFrontmatterInput = z.input<typeof PositionFrontmatterSchema>;
export type PositionFrontmatter = z.output<typeof PositionFrontmatterSchema>;
export type LanguageRequirement = z.output<typeof LanguageRequirementSchema>;
export type CompetencyRef = z.output<typeof CompetencyRefSchema>;
export type EducationLevel = z.output<typeof EducationLevelSchema>;
export type Language = z.output<typeof LanguageSchema>;

/** A duty as parsed from the body: its number as in the document, its text and expected results. */
export const DutySchema = z.object({
	number: z.string(),
	/** Depth of the number: 3.1 → 1, 3.1.1 → 2. */
	depth: z.number().int(),
	text: z.array(z.string()),
	results: z.array(z.string()),
});

/** A list section with an optional lead sentence ("Omab õigust:"). */
export const ListSectionSchema = z.object({
	lead: z.string().optional(),
	items: z.array(z.string()),
});

/** Structured body of a position, produced by the remark parser. */
export const PositionBodySchema = z.object({
	duties: z.array(DutySchema),
	rights: ListSectionSchema,
	responsibilities: ListSectionSchema,
	tools: z.array(z.string()),
	revisionPolicy: z.array(z.string()),
});

export type Duty = z.output<typeof DutySchema>;
export type ListSection = z.output<typeof ListSectionSchema>;
export type PositionBody = z.output<typeof PositionBodySchema>;

/**
 * A fully parsed position: id from the file name, frontmatter and structured body, and the order in which
 * the file lists its requirements (the document's order; absent for positions built in code).
 */
export type Position = PositionFrontmatter &
	PositionBody & { id: string; filePath: string; requirementOrder?: RequirementKey[] };
