/**
 * The part of a JSON Schema (draft 2020-12, as zod's `toJSONSchema` writes it) that the generated files
 * read: the field tables in CONTRIBUTING.md (scripts/lib/field-rows.ts) and the editor's configuration
 * (src/lib/editor/config.ts).
 */
export type JsonSchema = {
	type?: string;
	enum?: unknown[];
	pattern?: string;
	minimum?: number;
	maximum?: number;
	default?: unknown;
	description?: string;
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	[key: string]: unknown;
};
