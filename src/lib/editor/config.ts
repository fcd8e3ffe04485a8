/**
 * The Decap CMS configuration, generated from the zod schemas (through their JSON Schema, as
 * `npm run schema` writes it): one field per frontmatter field with the schema's Estonian description as
 * its hint, pickers over the existing content for the unit, the manager, the substitutes and the
 * competencies, and the body as lists of items. The backend (git host, repository) is a build setting
 * (src/lib/editor/settings.ts), not part of this file.
 */
import { BODY_FIELD } from './body-fields.ts';
import { labelFor } from './labels.ts';

import type { JsonSchema } from '../json-schema.ts';

export type { JsonSchema };

export interface DecapField {
	name: string;
	label: string;
	widget: string;
	hint?: string;
	required?: boolean;
	[option: string]: unknown;
}

/** Collection names; the relation pickers refer to them. */
export const COLLECTIONS = {
	positions: 'ametijuhendid',
	units: 'uksused',
	competencies: 'kompetentsid',
} as const;

/** The folder of the position files, the editor's position collection. */
export const POSITIONS_FOLDER = 'content/positions';

/** The custom file format: src/lib/editor/format.ts reads and writes position files. */
export const POSITION_FORMAT = 'ska-ametijuhend';
/** The custom widget that shows the project's own check of the whole file (src/lib/editor/checks.ts). */
export const CHECKS_WIDGET = 'ska-kontroll';

/** Fields written as prose (a text area); other strings are one line. */
const PROSE = new Set(['purpose', 'specialConditions', 'text', 'computerSkills', 'knowledge']);

const positionPicker = (multiple: boolean) => ({
	widget: 'relation',
	collection: COLLECTIONS.positions,
	// The file name is the position's id (content/positions/<osakond>/<id>.md).
	value_field: '{{filename}}',
	search_fields: ['title'],
	display_fields: ['title'],
	multiple,
	options_length: 50,
});

/** Fields that pick existing content instead of taking free text, by dotted path. */
const PICKERS: Readonly<Record<string, Record<string, unknown>>> = {
	unit: {
		widget: 'relation',
		collection: COLLECTIONS.units,
		value_field: '{{filename}}',
		search_fields: ['name'],
		display_fields: ['name'],
		options_length: 100,
	},
	manager: positionPicker(false),
	substitutedBy: positionPicker(true),
	substitutes: positionPicker(true),
	...Object.fromEntries(
		['competencies.core.name', 'competencies.additional.name'].map((path) => [
			path,
			{
				widget: 'relation',
				collection: COLLECTIONS.competencies,
				value_field: 'name',
				search_fields: ['name', 'aliases.*'],
				display_fields: ['name'],
				options_length: 100,
			},
		]),
	),
};

/** Estonian messages for the patterns the schemas use (Decap shows them under the field). */
function patternMessage(pattern: string): string {
	if (pattern === '\\S') return 'tekst ei tohi olla tühi';
	if (pattern.startsWith('^[a-z0-9]'))
		return 'tunnus: väiketähed a–z, numbrid ja sidekriipsud (nt "kvaliteedi-peaspetsialist")';
	if (pattern.startsWith('^https?')) return 'aadress peab algama https:// või http://';
	if (pattern.startsWith('^\\d{1,2}$')) return 'üks või kaks numbrit ilma punktita, nt "2"';
	return 'kuupäev kujul AAAA-KK-PP, nt 2026-01-31';
}

/** One Decap field for a JSON Schema property at `path` (dotted, list rows without an index). */
export function fieldFor(
	name: string,
	path: string,
	schema: JsonSchema,
	required: boolean,
): DecapField {
	const base: DecapField = {
		name,
		label: labelFor(path),
		widget: 'string',
		...(schema.description ? { hint: schema.description } : {}),
		required,
	};
	const picker = PICKERS[path];
	if (picker) return { ...base, ...picker };
	if (schema.enum) return { ...base, widget: 'select', options: schema.enum };
	switch (schema.type) {
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'integer':
		case 'number':
			return {
				...base,
				widget: 'number',
				value_type: schema.type === 'integer' ? 'int' : 'float',
				...(schema.minimum === undefined ? {} : { min: schema.minimum }),
				...(schema.maximum === undefined ? {} : { max: schema.maximum }),
			};
		case 'object':
			return { ...base, widget: 'object', collapsed: true, fields: fieldsFor(schema, path) };
		case 'array': {
			const items = schema.items ?? {};
			const hint = base.hint ?? items.description;
			if (items.enum)
				return { ...base, hint, widget: 'select', multiple: true, options: items.enum };
			if (items.type === 'object')
				return {
					...base,
					hint,
					widget: 'list',
					collapsed: true,
					fields: fieldsFor(items, path),
				};
			return {
				...base,
				hint,
				widget: 'list',
				field: { ...fieldFor(name, path, items, true), label: labelFor(path) },
			};
		}
		default:
			return {
				...base,
				widget: PROSE.has(name) ? 'text' : 'string',
				...(schema.pattern
					? { pattern: [schema.pattern, patternMessage(schema.pattern)] }
					: {}),
			};
	}
}

export function fieldsFor(schema: JsonSchema, prefix = ''): DecapField[] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).map(([name, property]) =>
		fieldFor(name, prefix ? `${prefix}.${name}` : name, property, required.has(name)),
	);
}

export interface EditorSchemas {
	position: JsonSchema;
	unit: JsonSchema;
	competency: JsonSchema;
}

/** The whole generated configuration (without the backend). */
export function decapConfig(schemas: EditorSchemas): Record<string, unknown> {
	return {
		$comment: 'Genereeritud zod-skeemidest käsuga "npm run schema". Ära muuda käsitsi.',
		load_config_file: false,
		locale: 'et',
		publish_mode: 'editorial_workflow',
		// Job descriptions have no pictures; Decap requires a media folder all the same.
		media_folder: 'public/failid',
		collections: [
			{
				name: COLLECTIONS.positions,
				label: 'Ametijuhendid',
				label_singular: 'Ametijuhend',
				folder: POSITIONS_FOLDER,
				// Every position in one list, whatever its department folder: Decap lists a folder
				// collection to the depth of its path (`collectionDepth` in decap-cms-core), while a nested
				// collection opened on an empty root list. The path is never rendered: `create` is off.
				path: '{{osakond}}/{{slug}}',
				extension: 'md',
				format: POSITION_FORMAT,
				// New positions start from `npm run new` (the file route): it picks the id and folder.
				create: false,
				delete: false,
				identifier_field: 'title',
				// Titles repeat across units ("Talitusejuhataja"): the unit tells them apart.
				summary: '{{title}} ({{unit}})',
				sortable_fields: ['title', 'unit'],
				// Decap's preview prints every value in a row without labels; the site shows the result.
				editor: { preview: false },
				fields: [
					{
						name: 'checks',
						label: labelFor('checks'),
						widget: CHECKS_WIDGET,
						required: false,
					},
					...fieldsFor(schemas.position),
					BODY_FIELD,
					{ name: 'source', label: 'Fail', widget: 'hidden', required: false },
				],
			},
			...(
				[
					[COLLECTIONS.units, 'Struktuuriüksused', 'content/units', schemas.unit],
					[
						COLLECTIONS.competencies,
						'Kompetentsid',
						'content/competencies',
						schemas.competency,
					],
				] as const
			).map(([name, label, folder, schema]) => ({
				name,
				label,
				folder,
				extension: 'yaml',
				format: 'yml',
				// Pickers only: these files are edited through the file route.
				hide: true,
				create: false,
				delete: false,
				identifier_field: 'name',
				fields: fieldsFor(schema),
			})),
		],
	};
}
