import { z } from 'astro/zod';
import { RequirementsSchema, type RequirementKey } from './requirements.ts';
import { IdSchema, IsoDateSchema, isMap, TextSchema } from './shared.ts';

// The requirement schemas (section 7 of the document) live in requirements.ts; code imports them from here.
export {
	CefrLevelSchema,
	EDUCATION_LEVEL_PARENT,
	EducationLevelSchema,
	educationLevelAndBroader,
	LanguageRequirementSchema,
	LanguageSchema,
	RequirementsSchema,
	type EducationLevel,
	type Language,
	type LanguageRequirement,
	type RequirementKey,
} from './requirements.ts';

/** Lifecycle of a job description. Default: kehtiv (in force). */
export const PositionStatusSchema = z
	.enum(['kehtiv', 'eelnõu', 'kehtetu'])
	.describe('Ametijuhendi staatus: kehtiv, eelnõu või kehtetu. Vaikimisi kehtiv.');

/** Position group as given in the document (ametnik = civil servant, töötaja = employee). */
export const PositionGroupSchema = z
	.enum(['ametnik', 'töötaja'])
	.describe('Ametikoha grupp: ametnik või töötaja. Ainult siis, kui dokumendis on see kirjas.');

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
export type CompetencyRef = z.output<typeof CompetencyRefSchema>;

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
