/** The CSV files under /andmed/: their columns, the writer (`;`, BOM, CRLF) and a reader for tests. */
import { z } from 'astro/zod';
import { CompetencyGroupSchema } from '../../../schemas/competency.ts';
import { PositionGroupSchema, PositionStatusSchema } from '../../../schemas/position.ts';
import { IdSchema, IsoDateSchema } from '../../../schemas/shared.ts';
import { unitChain, type Model } from '../content/model.ts';
import { csvCell } from '../csv.ts';
import { Text, type PositionsFile } from './open-data-schema.ts';

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

/**
 * One row per position–competency pair, by position id, core before additional, document order, from
 * positions.json's records (built once per build: `getPositionsFile` in site-data.ts).
 */
export function competencyPairRows(file: PositionsFile): string[][] {
	const rows: string[][] = [[...CSV_COLUMNS]];
	for (const record of file.positions) {
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
export function positionRows(model: Model, file: PositionsFile): string[][] {
	const rows: string[][] = [[...POSITION_CSV_COLUMNS]];
	for (const record of file.positions) {
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
