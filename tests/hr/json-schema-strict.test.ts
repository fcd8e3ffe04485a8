import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { CompetencySchema } from '../../schemas/competency.ts';
import { PositionFrontmatterSchema } from '../../schemas/position.ts';
import { UnitSchema } from '../../schemas/unit.ts';
import { parseYamlSource } from '../../src/lib/content/yaml-source.ts';
import { POSITION_BAD_INPUTS } from '../fixtures/schema-bad-inputs.ts';
import { makeMinimalPosition, projectRoot } from '../helpers.ts';

/**
 * The editors' JSON Schema (schemas/json/, what VS Code and the YAML extension validate against)
 * must refuse whatever the check refuses for a schema reason, checked with a real JSON Schema
 * validator.
 *
 * What a JSON Schema cannot express, and is therefore left to `npm run check` (not schema reasons):
 * - YAML syntax: tabs in the indentation, duplicated keys, an unquoted ": " in a value;
 * - references between files: unknown unit, manager, substitute or competency, cycles, asymmetric
 *   substitution, a competency listed twice (names are matched case-insensitively through aliases);
 * - the file: its name as id, its folder, encoding, size, and the Markdown body (sections, duties);
 * - placeholders ("TÄIDA") in a file in force, which depends on its status and comments;
 * - messages: a JSON Schema validator says "must match pattern", not what date was meant.
 * Within the frontmatter itself nothing is left out: trimming is matched by the "\S" pattern, the
 * calendar by the date pattern, and the cross-field rules by if/then/else.
 */
// strictRequired is off: the if/then/else branches name fields declared in the parent schema's
// properties.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const compile = (name: string): ValidateFunction =>
	ajv.compile(
		JSON.parse(
			readFileSync(join(projectRoot, 'schemas/json', `${name}.schema.json`), 'utf8'),
		) as object,
	);
const KINDS = {
	positions: { zod: PositionFrontmatterSchema as z.ZodType, json: compile('position') },
	units: { zod: UnitSchema as z.ZodType, json: compile('unit') },
	competencies: { zod: CompetencySchema as z.ZodType, json: compile('competency') },
};

describe('the JSON Schema is as strict as the check', () => {
	test.each(POSITION_BAD_INPUTS)('refuses what the check refuses: %s', (_label, overrides) => {
		const data = makeMinimalPosition(overrides);
		expect(PositionFrontmatterSchema.safeParse(data).success).toBe(false);
		expect(KINDS.positions.json(data), JSON.stringify(data)).toBe(false);
	});

	test('accepts the minimal position and a stub without purpose', () => {
		expect(KINDS.positions.json(makeMinimalPosition())).toBe(true);
		expect(KINDS.positions.json({ title: 'Nõunik', unit: 'talitus', stub: true })).toBe(true);
	});

	test('units: the agency has no parent, every other unit has one', () => {
		for (const data of [
			{ name: 'Amet', kind: 'amet' },
			{ name: 'Osakond', kind: 'osakond' },
			{ name: 'Amet', kind: 'amet', parent: 'x' },
			{ name: 'Osakond', kind: 'osakond', parent: 'amet' },
		]) {
			expect(KINDS.units.json(data), JSON.stringify(data)).toBe(
				UnitSchema.safeParse(data).success,
			);
		}
	});

	// Every content file of the project and of the test trees: the two verdicts agree, whichever
	// they are.
	const files = [
		'content',
		'tests/fixtures/bad-content/content',
		'tests/fixtures/many-mistakes/content',
	].flatMap((folder) =>
		readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
			.filter(
				(entry) =>
					entry.isFile() && /\.(md|yaml)$/.test(entry.name) && entry.name !== 'README.md',
			)
			.map((entry) => relative(projectRoot, join(entry.parentPath, entry.name))),
	);
	const cases = files.flatMap((file) => {
		const kind = (['positions', 'units', 'competencies'] as const).find((candidate) =>
			file.includes(`/${candidate}/`),
		);
		const text = readFileSync(join(projectRoot, file), 'utf8');
		const yaml = file.endsWith('.md') ? /^---\n([\s\S]*?)\n---/.exec(text)?.[1] : text;
		if (kind === undefined || yaml === undefined) return [];
		const source = parseYamlSource(yaml, 1);
		// A YAML syntax error is not a schema reason (see above).
		return source.errors.length > 0 || source.data === undefined
			? []
			: [{ file, kind, data: source.data }];
	});

	test('there are enough files, invalid ones among them', () => {
		expect(cases.length).toBeGreaterThan(60);
		expect(
			cases.filter(({ kind, data }) => !KINDS[kind].zod.safeParse(data).success).length,
		).toBeGreaterThanOrEqual(6);
	});

	test.each(cases)('$file: the JSON Schema and the check agree', ({ kind, data }) => {
		expect(KINDS[kind].json(data), ajv.errorsText(KINDS[kind].json.errors)).toBe(
			KINDS[kind].zod.safeParse(data).success,
		);
	});
});
