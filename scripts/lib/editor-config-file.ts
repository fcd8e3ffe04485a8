/**
 * The browser editor's configuration file, generated from the zod schemas by `npm run schema` beside
 * the JSON Schema files (src/lib/editor/config.ts maps the fields).
 */
import { decapConfig, type JsonSchema } from '../../src/lib/editor/config.ts';

/** Where the configuration is written, relative to the project root. */
export const EDITOR_CONFIG = 'schemas/editor/decap-config.json';

/** File name → file text, from the JSON Schema of each content kind. */
export function generateEditorFiles(
	schemaOf: (kind: 'position' | 'unit' | 'competency') => JsonSchema,
): Map<string, string> {
	const config = decapConfig({
		position: schemaOf('position'),
		unit: schemaOf('unit'),
		competency: schemaOf('competency'),
	});
	return new Map([[EDITOR_CONFIG, `${JSON.stringify(config, null, '\t')}\n`]]);
}
