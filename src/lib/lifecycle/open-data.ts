/**
 * Open data files under /andmed/: their shape (zod, so tests and consumers can validate them),
 * builders from the content model, and the CSV writer. The shape is versioned by `schemaVersion`;
 * docs/open-data.md describes every field. Adding a field is compatible; renaming, removing or
 * changing the meaning of one raises the version.
 */
import { csvCell } from '../csv.ts';
import { z } from 'astro/zod';
import { CompetencyGroupSchema } from '../../../schemas/competency.ts';
import {
	CefrLevelSchema,
	EducationLevelSchema,
	LanguageSchema,
	PositionGroupSchema,
	PositionStatusSchema,
	type Position,
} from '../../../schemas/position.ts';
import { IdSchema, IsoDateSchema } from '../../../schemas/shared.ts';
import { UnitKindSchema } from '../../../schemas/unit.ts';
import { nextReviewDue, unitChain, type Model } from '../content/model.ts';
import { normalizeName } from '../content/suggest.ts';

export const SCHEMA_VERSION = 1;

const Text = z.string().min(1);

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

export const CSV_COLUMNS = [
	'position_id',
	'position_title',
	'unit_id',
	'competency_id',
	'group',
	'label',
] as const;

export const CsvRowSchema = z.strictObject({
	position_id: IdSchema,
	position_title: Text,
	unit_id: IdSchema,
	competency_id: IdSchema,
	group: CompetencyGroupSchema,
	label: Text,
});

export type PositionRecord = z.output<typeof PositionRecordSchema>;
export type PositionsFile = z.output<typeof PositionsFileSchema>;
export type PositionFile = z.output<typeof PositionFileSchema>;
export type PositionIndexFile = z.output<typeof PositionIndexFileSchema>;
export type CompetenciesFile = z.output<typeof CompetenciesFileSchema>;
export type UnitsFile = z.output<typeof UnitsFileSchema>;
export type UnitRecord = z.output<typeof UnitRecordSchema>;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface OpenDataContext {
	model: Model;
	/** Build date, YYYY-MM-DD. */
	generated: string;
	/** Last change date by position id. */
	lastChanged: (id: string) => string | undefined;
}

export function positionRecord(position: Position, context: OpenDataContext): PositionRecord {
	const { model } = context;
	const { requirements: r } = position;
	return {
		id: position.id,
		title: position.title,
		url: `/ametikohad/${position.id}/`,
		unit: position.unit,
		manager: position.manager ?? null,
		status: position.status,
		group: position.group ?? null,
		stub: position.stub,
		purpose: position.purpose ?? null,
		specialConditions: position.specialConditions ?? null,
		substitutedBy: [...position.substitutedBy],
		substitutes: [...position.substitutes],
		duties: position.duties.map((duty) => ({
			number: duty.number,
			depth: duty.depth,
			text: [...duty.text],
			results: [...duty.results],
		})),
		rights: { lead: position.rights.lead ?? null, items: [...position.rights.items] },
		responsibilities: {
			lead: position.responsibilities.lead ?? null,
			items: [...position.responsibilities.items],
		},
		tools: [...position.tools],
		revisionPolicy: [...position.revisionPolicy],
		requirements: {
			education: r.education
				? {
						level: r.education.level ?? null,
						recommended: r.education.recommended,
						recommendedLevel: r.education.recommendedLevel ?? null,
						text: r.education.text,
					}
				: null,
			experience: r.experience
				? {
						years: r.experience.years ?? null,
						recommended: r.experience.recommended,
						text: r.experience.text,
					}
				: null,
			languages: r.languages
				? {
						items: r.languages.items.map((item) => ({
							language: item.language,
							level: item.level,
							preferred: [...(item.preferred ?? [])],
						})),
						text: r.languages.text,
					}
				: null,
			computerSkills: r.computerSkills ?? null,
			knowledge: r.knowledge ?? null,
			personalQualities: r.personalQualities ?? null,
			additional: [...r.additional],
		},
		competencies: (['core', 'additional'] as const).flatMap((group) =>
			position.competencies[group].flatMap((ref) => {
				// The validator rejects unknown names, so every reference resolves in a built site.
				const id = model.competencyIdByName.get(normalizeName(ref.name));
				return id === undefined
					? []
					: [{ id, group, label: ref.name, indicators: [...ref.indicators] }];
			}),
		),
		competencyNotes: [...position.competencies.notes],
		approval: position.approval
			? {
					date: position.approval.date ?? null,
					directive: position.approval.directive ?? null,
					approverRole: position.approval.approverRole ?? null,
				}
			: null,
		sourceUrl: position.sourceUrl ?? null,
		review: {
			lastReviewed: position.lastReviewed ?? null,
			intervalMonths: position.reviewIntervalMonths,
			nextDue: nextReviewDue(position) ?? null,
		},
		lastChanged: context.lastChanged(position.id) ?? null,
	};
}

export function positionsFile(context: OpenDataContext): PositionsFile {
	const positions = [...context.model.positions.values()]
		.map((position) => positionRecord(position, context))
		.sort(byId);
	return { schemaVersion: SCHEMA_VERSION, generated: context.generated, positions };
}

export function positionFile(position: Position, context: OpenDataContext): PositionFile {
	return {
		schemaVersion: SCHEMA_VERSION,
		generated: context.generated,
		position: positionRecord(position, context),
	};
}

/** Small list for pickers (the comparison page): id, title, unit, stub. */
export function positionIndexFile(context: OpenDataContext): PositionIndexFile {
	const positions = [...context.model.positions.values()]
		.map((position) => ({
			id: position.id,
			title: position.title,
			unit: position.unit,
			stub: position.stub,
		}))
		.sort(byId);
	return { schemaVersion: SCHEMA_VERSION, generated: context.generated, positions };
}

export function competenciesFile(context: OpenDataContext): CompetenciesFile {
	const { model } = context;
	const competencies = [...model.competencies.values()]
		.map((competency) => ({
			id: competency.id,
			name: competency.name,
			aliases: [...competency.aliases],
			group: competency.group,
			definition: competency.definition,
			positionCount: new Set(
				(model.competencyUsage.get(competency.id) ?? []).map((usage) => usage.position.id),
			).size,
		}))
		.sort(byId);
	return { schemaVersion: SCHEMA_VERSION, generated: context.generated, competencies };
}

export function unitsFile(context: OpenDataContext): UnitsFile {
	const { model } = context;
	const units = [...model.units.values()]
		.map((unit) => ({
			id: unit.id,
			name: unit.name,
			kind: unit.kind,
			parent: unit.parent ?? null,
			head: unit.head ?? null,
			url: `/uksused/${unit.id}/`,
			positionCount: model.unitPositions.get(unit.id)?.length ?? 0,
		}))
		.sort(byId);
	return { schemaVersion: SCHEMA_VERSION, generated: context.generated, units };
}

/** Estonian Excel (decimal comma) expects semicolons; see docs/open-data.md. */
export const CSV_SEPARATOR = ';';

/** RFC 4180 quoting with `;` as the separator, and formula-like text made inert (lib/csv.ts). */
export function csvField(value: string): string {
	return csvCell(value, CSV_SEPARATOR);
}

/** UTF-8 with a byte order mark (so Excel detects the encoding), CRLF line ends, header row first. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}

/** One row per position–competency pair, by position id, core before additional, document order. */
export function competencyPairRows(context: OpenDataContext): string[][] {
	const rows: string[][] = [[...CSV_COLUMNS]];
	for (const record of positionsFile(context).positions) {
		for (const competency of record.competencies) {
			rows.push([
				record.id,
				record.title,
				record.unit,
				competency.id,
				competency.group,
				competency.label,
			]);
		}
	}
	return rows;
}

/** Columns of positions.csv: one row per position, the facts HR looks up first. */
export const POSITION_CSV_COLUMNS = [
	'position_id',
	'title',
	'unit_id',
	'unit_name',
	'department_name',
	'manager_id',
	'manager_title',
	'status',
	'group',
	'stub',
	'approval_date',
	'directive',
	'last_reviewed',
	'next_review_due',
	'last_changed',
	'url',
] as const;

export const PositionCsvRowSchema = z.strictObject({
	position_id: IdSchema,
	title: Text,
	unit_id: IdSchema,
	unit_name: z.string(),
	department_name: z.string(),
	manager_id: z.union([IdSchema, z.literal('')]),
	manager_title: z.string(),
	status: PositionStatusSchema,
	group: z.union([PositionGroupSchema, z.literal('')]),
	stub: z.enum(['jah', 'ei']),
	approval_date: z.union([IsoDateSchema, z.literal('')]),
	directive: z.string(),
	last_reviewed: z.union([IsoDateSchema, z.literal('')]),
	next_review_due: z.union([IsoDateSchema, z.literal('')]),
	last_changed: z.union([IsoDateSchema, z.literal('')]),
	url: z.string().regex(/^\/ametikohad\/[a-z0-9-]+\/$/),
});

/**
 * positions.csv: one row per position by id, written with toCsv like every CSV here. An absent value is
 * an empty cell; `department_name` is the osakond above the unit (empty for the agency's own positions).
 */
export function positionRows(context: OpenDataContext): string[][] {
	const { model } = context;
	const rows: string[][] = [[...POSITION_CSV_COLUMNS]];
	for (const record of positionsFile(context).positions) {
		const chain = unitChain(model, record.unit);
		rows.push([
			record.id,
			record.title,
			record.unit,
			model.units.get(record.unit)?.name ?? '',
			chain[1]?.name ?? '',
			record.manager ?? '',
			record.manager ? (model.positions.get(record.manager)?.title ?? '') : '',
			record.status,
			record.group ?? '',
			record.stub ? 'jah' : 'ei',
			record.approval?.date ?? '',
			record.approval?.directive ?? '',
			record.review.lastReviewed ?? '',
			record.review.nextDue ?? '',
			record.lastChanged ?? '',
			record.url,
		]);
	}
	return rows;
}

/** Parses the CSV this module writes (RFC 4180 with `;`), for tests and consumers. */
export function parseCsv(text: string, separator = CSV_SEPARATOR): string[][] {
	const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < input.length; i++) {
		const char = input[i];
		if (quoted) {
			if (char === '"' && input[i + 1] === '"') {
				field += '"';
				i += 1;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"' && field === '') quoted = true;
		else if (char === separator) {
			row.push(field);
			field = '';
		} else if (char === '\r' && input[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 1;
		} else field += char;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
