/**
 * Generates JSON Schema files for the frontmatter and YAML content kinds from the zod schemas in
 * schemas/, so editors can offer completion and show the Estonian .describe() texts, the browser
 * editor's configuration (scripts/lib/editor-config-file.ts), and refreshes the field tables in
 * CONTRIBUTING.md from the same schemas.
 *
 *   npm run schema              write schemas/json/*.schema.json, schemas/editor/decap-config.json
 *                               and the CONTRIBUTING.md tables
 *   npm run schema -- --check   only compare; exit code 1 when something is stale
 *   npm run schema -- --table   print the position field table as Markdown
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { CompetencySchema } from '../schemas/competency.ts';
import { PositionFrontmatterSchema } from '../schemas/position.ts';
import { UnitSchema } from '../schemas/unit.ts';
import { EDITOR_CONFIG, generateEditorFiles } from './lib/editor-config-file.ts';
import { cell, fieldRows, type JsonSchema } from './lib/field-rows.ts';

export { fieldRows, type FieldRow } from './lib/field-rows.ts';

/** Folder of the generated files, relative to the project root. */
export const SCHEMA_DIR = 'schemas/json';
export const CONTRIBUTING = 'CONTRIBUTING.md';

interface SchemaTarget {
	/** Short key used in file names and CONTRIBUTING.md table markers. */
	kind: 'position' | 'unit' | 'competency';
	schema: z.ZodType;
	title: string;
	description: string;
	/** Module the schema comes from, named in $comment. */
	source: string;
	/**
	 * The schema's cross-field `.refine`, which zod cannot export, written as draft-07 if/then/else.
	 * tests/hr/json-schema-strict.test.ts proves both refuse the same inputs.
	 */
	crossField?: JsonSchema;
}

export const TARGETS: readonly SchemaTarget[] = [
	{
		kind: 'position',
		schema: PositionFrontmatterSchema,
		title: 'Ametijuhendi päis',
		description: 'Ametijuhendi faili (content/positions/<osakond>/<tunnus>.md) päise väljad.',
		source: 'schemas/position.ts',
		// purpose is required unless stub: true.
		crossField: {
			if: { properties: { stub: { const: true } }, required: ['stub'] },
			else: { required: ['purpose'] },
		},
	},
	{
		kind: 'unit',
		schema: UnitSchema,
		title: 'Struktuuriüksus',
		description: 'Struktuuriüksuse fail (content/units/<tunnus>.yaml).',
		source: 'schemas/unit.ts',
		// The agency (kind: amet) has no parent; every other unit has one.
		crossField: {
			if: { properties: { kind: { const: 'amet' } }, required: ['kind'] },
			then: { not: { required: ['parent'] } },
			else: { required: ['parent'] },
		},
	},
	{
		kind: 'competency',
		schema: CompetencySchema,
		title: 'Kompetents',
		description: 'Kompetentside kataloogi fail (content/competencies/<tunnus>.yaml).',
		source: 'schemas/competency.ts',
	},
];

/**
 * JSON Schema for one content kind. `io: 'input'` describes what authors write, so fields with a
 * default are optional. Draft-07 rather than zod's default 2020-12: the Red Hat YAML extension and
 * VS Code's JSON service fully support draft-07 only, and these schemas use nothing newer.
 */
export function jsonSchemaFor(target: SchemaTarget): JsonSchema {
	const generated = z.toJSONSchema(target.schema, {
		io: 'input',
		target: 'draft-07',
	}) as JsonSchema;
	const { $schema, ...rest } = generated;
	return {
		$schema,
		title: target.title,
		description: target.description,
		$comment: `Genereeritud failist ${target.source} käsuga "npm run schema". Ära muuda käsitsi.`,
		...rest,
		...target.crossField,
	};
}

/** File name → file text (tab-indented JSON with a final newline), in a stable order. */
export function generateSchemaFiles(): Map<string, string> {
	const files = new Map<string, string>();
	for (const target of TARGETS) {
		files.set(
			`${SCHEMA_DIR}/${target.kind}.schema.json`,
			`${JSON.stringify(jsonSchemaFor(target), null, '\t')}\n`,
		);
	}
	return files;
}

/** Every generated file: the JSON Schema files and the editor's configuration. */
export function generatedFiles(): Map<string, string> {
	const schemaOf = (kind: SchemaTarget['kind']) =>
		jsonSchemaFor(TARGETS.find((target) => target.kind === kind)!);
	return new Map([...generateSchemaFiles(), ...generateEditorFiles(schemaOf)]);
}

export function fieldTable(kind: SchemaTarget['kind']): string {
	const target = TARGETS.find((candidate) => candidate.kind === kind);
	if (!target) throw new Error(`unknown kind ${kind}`);
	const lines = [
		'| väli | väärtus | kohustuslik | vaikimisi | tähendus |',
		'| --- | --- | --- | --- | --- |',
	];
	for (const row of fieldRows(jsonSchemaFor(target))) {
		lines.push(
			`| \`${row.path}\` | ${cell(row.type)} | ${row.required ? 'jah' : ''} | ${cell(row.default)} | ${cell(row.description)} |`,
		);
	}
	return lines.join('\n');
}

const marker = (kind: string, end: boolean) =>
	`<!-- ${end ? 'END' : 'BEGIN'} väljade tabel: ${kind} (npm run schema) -->`;

/**
 * CONTRIBUTING.md with every field table between its markers replaced by a fresh one. Markers that
 * are missing are left alone; `missing` names them so the caller can complain.
 */
export function updateContributing(text: string): { text: string; missing: string[] } {
	const missing: string[] = [];
	let result = text;
	for (const target of TARGETS) {
		const begin = marker(target.kind, false);
		const end = marker(target.kind, true);
		const from = result.indexOf(begin);
		const to = result.indexOf(end);
		if (from === -1 || to === -1 || to < from) {
			missing.push(target.kind);
			continue;
		}
		result = `${result.slice(0, from + begin.length)}\n${fieldTable(target.kind)}\n${result.slice(to)}`;
	}
	return { text: result, missing };
}

function readOrEmpty(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}

/** Paths (relative to root) whose content differs from what the schemas generate. */
export function staleFiles(root: string): string[] {
	const stale: string[] = [];
	for (const [path, text] of generatedFiles()) {
		if (readOrEmpty(join(root, path)) !== text) stale.push(path);
	}
	const contributing = readOrEmpty(join(root, CONTRIBUTING));
	const updated = updateContributing(contributing);
	if (updated.missing.length > 0 || updated.text !== contributing) stale.push(CONTRIBUTING);
	return stale;
}

function main(): void {
	const { values } = parseArgs({
		options: {
			root: { type: 'string', default: '.' },
			check: { type: 'boolean', default: false },
			table: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(`Kasutus: npm run schema [-- --check] [--table]

Koostab skeemidest (kaust schemas/) JSON Schema failid kausta ${SCHEMA_DIR}/, veebitoimeti
seadistuse ${EDITOR_CONFIG} ja uuendab
failis ${CONTRIBUTING} väljade tabeleid.
  --check   ära kirjuta midagi, ainult kontrolli, kas failid on ajakohased
  --table   trüki ametijuhendi päise väljade tabel (Markdown)
  --root    projekti kaust (vaikimisi praegune kaust)`);
		return;
	}
	if (values.table) {
		console.log(fieldTable('position'));
		return;
	}
	const root = resolve(values.root);
	if (values.check) {
		const stale = staleFiles(root);
		for (const path of stale)
			console.log(
				`✘ ${path}  fail ei vasta skeemidele. Käivita "npm run schema" ja lisa muudatus.`,
			);
		console.log(
			stale.length === 0
				? 'Skeemifailid ja väljade tabelid on ajakohased.'
				: `${stale.length} faili vajab uuendamist.`,
		);
		if (stale.length > 0) process.exitCode = 1;
		return;
	}
	for (const [path, text] of generatedFiles()) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
		console.log(`✔ ${path}`);
	}
	const contributingPath = join(root, CONTRIBUTING);
	const contributing = readOrEmpty(contributingPath);
	const updated = updateContributing(contributing);
	if (updated.text !== contributing) writeFileSync(contributingPath, updated.text);
	if (updated.missing.length > 0) {
		for (const kind of updated.missing) {
			console.log(
				`✘ ${CONTRIBUTING}  väljade tabeli märgised puuduvad: lisa read "${marker(kind, false)}" ja "${marker(kind, true)}".`,
			);
		}
		process.exitCode = 1;
	} else {
		console.log(`✔ ${CONTRIBUTING} (väljade tabelid)`);
	}
}

if (import.meta.main) main();
