/**
 * The rows of the field tables in CONTRIBUTING.md: every field of a JSON Schema with its type in
 * Estonian words, whether it is required, its default and its description.
 */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema } from '../../schemas/shared.ts';

import type { JsonSchema } from '../../src/lib/json-schema.ts';

export type { JsonSchema };

const ID_PATTERN = (z.toJSONSchema(IdSchema) as JsonSchema).pattern;
const DATE_PATTERN = (z.toJSONSchema(IsoDateSchema, { io: 'input' }) as JsonSchema).pattern;

/** Short Estonian name of a value's type for the field table. */
function typeLabel(schema: JsonSchema): string {
	if (schema.enum)
		return `üks järgmistest: ${schema.enum.map((value) => `\`${String(value)}\``).join(', ')}`;
	switch (schema.type) {
		case 'string':
			if (schema.pattern === ID_PATTERN) return 'tunnus';
			if (schema.pattern === DATE_PATTERN) return 'kuupäev AAAA-KK-PP';
			return 'tekst';
		case 'integer':
			return schema.minimum !== undefined && schema.maximum !== undefined
				? `täisarv ${schema.minimum}–${schema.maximum}`
				: 'täisarv';
		case 'number':
			return 'number';
		case 'boolean':
			return '`true` või `false`';
		case 'object':
			return 'väljade kogum';
		case 'array':
			if (!schema.items) return 'loend';
			if (schema.items.type === 'object') return 'loend (igal real väljade kogum)';
			return `loend (${typeLabel(schema.items)})`;
		default:
			return 'väärtus';
	}
}

function defaultLabel(value: unknown): string {
	if (value === undefined) return '';
	if (Array.isArray(value) && value.length === 0) return 'tühi loend';
	if (typeof value === 'object') return 'tühi';
	// eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects and null returned above: only primitives are left
	return `\`${String(value)}\``;
}

/** Markdown table cell: pipes and line breaks would break the table. */
export function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export interface FieldRow {
	path: string;
	type: string;
	required: boolean;
	default: string;
	description: string;
}

/** Every field of a schema as a flat list, nested fields as dotted paths ("items[]" for list rows). */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
	const rows: FieldRow[] = [];
	const required = new Set(schema.required ?? []);
	for (const [name, property] of Object.entries(schema.properties ?? {})) {
		const path = `${prefix}${name}`;
		const itemDescription = property.type === 'array' ? property.items?.description : undefined;
		rows.push({
			path,
			type: typeLabel(property),
			required: required.has(name),
			default: defaultLabel(property.default),
			description: property.description ?? itemDescription ?? '',
		});
		if (property.type === 'object') rows.push(...fieldRows(property, `${path}.`));
		if (property.type === 'array' && property.items?.type === 'object')
			rows.push(...fieldRows(property.items, `${path}[].`));
	}
	return rows;
}
