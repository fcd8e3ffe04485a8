import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { CompetencySchema } from '../../schemas/competency.ts';
import { PositionFrontmatterSchema } from '../../schemas/position.ts';
import { UnitSchema } from '../../schemas/unit.ts';
import {
	generateSchemaFiles,
	jsonSchemaFor,
	SCHEMA_DIR,
	staleFiles,
	TARGETS,
} from '../../scripts/generate-json-schema.ts';
import { projectRoot } from '../helpers.ts';

const run = promisify(execFile);

type Json = {
	properties?: Record<string, Json & { description?: string }>;
	required?: string[];
	[key: string]: unknown;
};

describe('generated JSON Schema files', () => {
	test('the committed files are exactly what `npm run schema` generates (they cannot go stale)', () => {
		const generated = generateSchemaFiles();
		expect([...generated.keys()]).toEqual([
			'schemas/json/position.schema.json',
			'schemas/json/unit.schema.json',
			'schemas/json/competency.schema.json',
		]);
		for (const [path, text] of generated) {
			expect(
				readFileSync(join(projectRoot, path), 'utf8'),
				`${path} is stale: run "npm run schema"`,
			).toBe(text);
		}
		expect(readdirSync(join(projectRoot, SCHEMA_DIR)).sort()).toEqual(
			[...generated.keys()].map((path) => path.slice(SCHEMA_DIR.length + 1)).sort(),
		);
		expect(staleFiles(projectRoot)).toEqual([]);
	});

	test('generation is stable', () => {
		expect(generateSchemaFiles()).toEqual(generateSchemaFiles());
	});

	test.each([
		['position', PositionFrontmatterSchema.shape, ['title', 'unit']],
		['unit', UnitSchema.shape, ['name', 'kind']],
		['competency', CompetencySchema.shape, ['name', 'group', 'definition']],
	] as const)(
		'%s: every zod field is there with its Estonian description; defaults are optional for authors',
		(kind, shape, required) => {
			const target = TARGETS.find((candidate) => candidate.kind === kind);
			if (!target) throw new Error(kind);
			const schema = jsonSchemaFor(target) as Json;
			expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
			expect(Object.keys(schema.properties ?? {})).toEqual(Object.keys(shape));
			for (const [name, property] of Object.entries(schema.properties ?? {})) {
				expect(property.description, name).toMatch(/\S/);
			}
			// io: 'input' — fields with a default (status, stub, substitutedBy …) are not required.
			expect(schema.required).toEqual(required);
			expect(schema.additionalProperties).toBe(false);
		},
	);

	test('`npm run schema -- --check` agrees', async () => {
		const { stdout } = await run(
			process.execPath,
			[join(projectRoot, 'scripts/generate-json-schema.ts'), '--check'],
			{ cwd: projectRoot },
		);
		expect(stdout.trim()).toBe('Skeemifailid ja väljade tabelid on ajakohased.');
	});
});

describe('editor wiring', () => {
	const settings = JSON.parse(
		readFileSync(join(projectRoot, '.vscode/settings.json'), 'utf8'),
	) as { 'yaml.schemas': Record<string, string[]> };

	test('the YAML extension maps the unit and competency schemas onto files that exist', () => {
		const mapping = settings['yaml.schemas'];
		expect(mapping).toEqual({
			'./schemas/json/unit.schema.json': ['content/units/*.yaml'],
			'./schemas/json/competency.schema.json': ['content/competencies/*.yaml'],
		});
		for (const [schema, globs] of Object.entries(mapping)) {
			expect(existsSync(join(projectRoot, schema)), schema).toBe(true);
			for (const glob of globs) {
				const folder = glob.slice(0, glob.lastIndexOf('/'));
				expect(
					readdirSync(join(projectRoot, folder)).some((name) => name.endsWith('.yaml')),
					glob,
				).toBe(true);
			}
		}
	});

	test('Markdown frontmatter is not mapped: the YAML extension does not read it (see CONTRIBUTING.md)', () => {
		expect(JSON.stringify(settings)).not.toContain('.md');
	});

	test('the recommended extensions include the Red Hat YAML extension', () => {
		const extensions = JSON.parse(
			readFileSync(join(projectRoot, '.vscode/extensions.json'), 'utf8'),
		) as { recommendations: string[] };
		expect(extensions.recommendations).toContain('redhat.vscode-yaml');
	});
});
