/**
 * The editor's configuration comes from the zod schemas (npm run schema) and cannot go stale; every
 * frontmatter field has an Estonian label and the schema's description, and references are pickers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EDITOR_CONFIG } from '../../scripts/lib/editor-config-file.ts';
import { generatedFiles, staleFiles } from '../../scripts/generate-json-schema.ts';
import { COLLECTIONS, type DecapField } from '../../src/lib/editor/config.ts';
import { projectRoot } from '../helpers.ts';

interface Collection {
	name: string;
	folder: string;
	fields: DecapField[];
}

const config = JSON.parse(readFileSync(join(projectRoot, EDITOR_CONFIG), 'utf8')) as {
	collections: Collection[];
};
const positionSchema = JSON.parse(
	readFileSync(join(projectRoot, 'schemas/json/position.schema.json'), 'utf8'),
) as { properties: Record<string, { description?: string }> };
const positions = config.collections.find(
	(collection) => collection.name === COLLECTIONS.positions,
)!;

/** Every field with its dotted path. */
function walk(fields: DecapField[], prefix = ''): [string, DecapField][] {
	return fields.flatMap((field) => {
		const path = prefix ? `${prefix}.${field.name}` : field.name;
		const nested = (field.fields as DecapField[] | undefined) ?? [];
		return [[path, field] as [string, DecapField], ...walk(nested, path)];
	});
}
const byPath = new Map(walk(positions.fields));

test('the committed configuration is what `npm run schema` generates', () => {
	expect(readFileSync(join(projectRoot, EDITOR_CONFIG), 'utf8')).toBe(
		generatedFiles().get(EDITOR_CONFIG),
	);
	expect(staleFiles(projectRoot)).not.toContain(EDITOR_CONFIG);
});

test('every frontmatter field is in the form with its description as the hint', () => {
	for (const [name, property] of Object.entries(positionSchema.properties)) {
		const field = byPath.get(name);
		expect(field, name).toBeDefined();
		expect(field!.label, name).not.toBe(name);
		if (property.description) expect(field!.hint, name).toBe(property.description);
	}
});

describe.each([
	['unit', COLLECTIONS.units, false],
	['manager', COLLECTIONS.positions, false],
	['substitutedBy', COLLECTIONS.positions, true],
	['substitutes', COLLECTIONS.positions, true],
	['competencies.core.name', COLLECTIONS.competencies, false],
	['competencies.additional.name', COLLECTIONS.competencies, false],
])('%s', (path, collection, multiple) => {
	test('is a picker over existing content, searchable by title', () => {
		const field = byPath.get(path)!;
		expect(field.widget).toBe('relation');
		expect(field.collection).toBe(collection);
		expect(Boolean(field.multiple)).toBe(multiple);
		expect(config.collections.map((entry) => entry.name)).toContain(collection);
		const target = config.collections.find((entry) => entry.name === collection)!;
		const titleField = collection === COLLECTIONS.positions ? 'title' : 'name';
		expect(field.search_fields).toContain(titleField);
		expect(walk(target.fields).map(([name]) => name)).toContain(titleField);
	});
});

test('the body is edited as lists of items', () => {
	expect(byPath.get('body.duties')?.widget).toBe('list');
	expect(byPath.get('body.duties.results')?.widget).toBe('list');
	for (const section of ['rights', 'responsibilities'])
		expect(byPath.get(`body.${section}.items`)?.widget).toBe('list');
	expect(byPath.get('body.tools')?.widget).toBe('list');
});
