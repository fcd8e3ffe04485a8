/**
 * The shape of the open data files under /andmed/ (zod, so tests and consumers can validate them). The
 * shape is versioned by `schemaVersion`; docs/open-data.md describes every field. Adding a field is
 * compatible; renaming, removing or changing the meaning of one raises the version.
 */
import { z } from 'astro/zod';
import { CompetencyGroupSchema } from '../../../schemas/competency.ts';
import {
	CefrLevelSchema,
	EducationLevelSchema,
	LanguageSchema,
	PositionGroupSchema,
	PositionStatusSchema,
} from '../../../schemas/position.ts';
import { IdSchema, IsoDateSchema } from '../../../schemas/shared.ts';
import { UnitKindSchema } from '../../../schemas/unit.ts';

export const SCHEMA_VERSION = 1;

export const Text = z.string().min(1);

const ListSectionRecord = z.strictObject({ lead: Text.nullable(), items: z.array(Text) });

export const PositionRecordSchema = z.strictObject({
	id: IdSchema,
	title: Text,
	/** Site path of the position page. */
	url: z.string().regex(/^\/ametikohad\/[a-z0-9-]+\/$/),
	unit: IdSchema,
	manager: IdSchema.nullable(),
	status: PositionStatusSchema,
	group: PositionGroupSchema.nullable(),
	stub: z.boolean(),
	purpose: Text.nullable(),
	specialConditions: Text.nullable(),
	substitutedBy: z.array(IdSchema),
	substitutes: z.array(IdSchema),
	duties: z.array(
		z.strictObject({
			number: z.string().regex(/^\d+(\.\d+)+$/),
			depth: z.number().int().min(1),
			text: z.array(Text),
			results: z.array(Text),
		}),
	),
	rights: ListSectionRecord,
	responsibilities: ListSectionRecord,
	tools: z.array(Text),
	revisionPolicy: z.array(Text),
	requirements: z.strictObject({
		education: z
			.strictObject({
				level: EducationLevelSchema.nullable(),
				recommended: z.boolean(),
				recommendedLevel: EducationLevelSchema.nullable(),
				text: Text,
			})
			.nullable(),
		experience: z
			.strictObject({
				years: z.number().int().min(0).nullable(),
				recommended: z.boolean(),
				text: Text,
			})
			.nullable(),
		languages: z
			.strictObject({
				items: z.array(
					z.strictObject({
						language: LanguageSchema,
						level: CefrLevelSchema,
						preferred: z.array(LanguageSchema),
					}),
				),
				text: Text,
			})
			.nullable(),
		computerSkills: Text.nullable(),
		knowledge: Text.nullable(),
		personalQualities: Text.nullable(),
		additional: z.array(Text),
	}),
	competencies: z.array(
		z.strictObject({
			/** Catalogue id (competencies.json). */
			id: IdSchema,
			group: CompetencyGroupSchema,
			/** The name as this document writes it (may be a catalogue alias). */
			label: Text,
			indicators: z.array(Text),
		}),
	),
	competencyNotes: z.array(Text),
	approval: z
		.strictObject({
			date: IsoDateSchema.nullable(),
			directive: Text.nullable(),
			approverRole: Text.nullable(),
		})
		.nullable(),
	/** Address of the signed original in the document register; null when not given. */
	sourceUrl: z.string().nullable(),
	review: z.strictObject({
		lastReviewed: IsoDateSchema.nullable(),
		intervalMonths: z.number().int().min(1),
		nextDue: IsoDateSchema.nullable(),
	}),
	/** Date of the last commit that changed the file; null without git history. */
	lastChanged: IsoDateSchema.nullable(),
});

const FileHeader = { schemaVersion: z.literal(SCHEMA_VERSION), generated: IsoDateSchema };

export const PositionsFileSchema = z.strictObject({
	...FileHeader,
	positions: z.array(PositionRecordSchema),
});

export const PositionFileSchema = z.strictObject({ ...FileHeader, position: PositionRecordSchema });

export const PositionIndexFileSchema = z.strictObject({
	...FileHeader,
	positions: z.array(
		z.strictObject({ id: IdSchema, title: Text, unit: IdSchema, stub: z.boolean() }),
	),
});

export const CompetencyRecordSchema = z.strictObject({
	id: IdSchema,
	name: Text,
	aliases: z.array(Text),
	group: CompetencyGroupSchema,
	definition: Text,
	/** Number of positions that list it, in either group. */
	positionCount: z.number().int().min(0),
});

export const CompetenciesFileSchema = z.strictObject({
	...FileHeader,
	competencies: z.array(CompetencyRecordSchema),
});

export const UnitRecordSchema = z.strictObject({
	id: IdSchema,
	name: Text,
	kind: UnitKindSchema,
	parent: IdSchema.nullable(),
	head: IdSchema.nullable(),
	url: z.string().regex(/^\/uksused\/[a-z0-9-]+\/$/),
	/** Positions placed directly in this unit (not in its sub-units). */
	positionCount: z.number().int().min(0),
});

export const UnitsFileSchema = z.strictObject({ ...FileHeader, units: z.array(UnitRecordSchema) });

export type PositionRecord = z.output<typeof PositionRecordSchema>;
export type PositionsFile = z.output<typeof PositionsFileSchema>;
export type PositionFile = z.output<typeof PositionFileSchema>;
export type PositionIndexFile = z.output<typeof PositionIndexFileSchema>;
export type CompetenciesFile = z.output<typeof CompetenciesFileSchema>;
export type UnitsFile = z.output<typeof UnitsFileSchema>;
export type UnitRecord = z.output<typeof UnitRecordSchema>;
