import type { z } from 'astro/zod';
import { CompetencySchema, type Competency } from '../../../schemas/competency.ts';
import { PositionFrontmatterSchema, type Position, type RequirementKey } from '../../../schemas/position.ts';
import { UnitSchema, type Unit } from '../../../schemas/unit.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { messages, zodIssueMessage } from './messages.ts';
import { countNewlines, parseMarkdown, parsePositionBody, type MarkdownParser } from './parse-body.ts';
import type { Location, Problem } from './problems.ts';
import { suggest } from './suggest.ts';
import { lazyLocator, parseYamlSource, readYamlFast, topLevelKeys, type YamlSource } from './yaml-source.ts';

/** Largest content file accepted; a job description is a few KiB, so this only stops accidents. */
export const MAX_FILE_BYTES = 256 * 1024;

export type Locator = YamlSource['locate'];

/** What a locator is made from: plain data, so a parse done in a worker thread can send it back. */
export interface LocatorSource {
	yaml: string;
	keys?: string[];
}

/** Result of parsing one file: the value when it is valid, its problems, and a way to locate fields. */
export interface ParsedFile<T> {
	id: string;
	file: string;
	value: T | undefined;
	/**
	 * When the whole value is invalid, the top-level fields that are valid on their own (defaults filled
	 * in), so that references, competencies and dates are still checked in the same run.
	 */
	partial?: Partial<T>;
	problems: Problem[];
	locate: Locator;
	source?: LocatorSource;
}

export function locatorFrom(source: LocatorSource | undefined): Locator {
	return source ? lazyLocator(source.yaml, 1, source.keys) : noLocation;
}

const noLocation: Locator = () => ({ line: 1, column: 1 });

/**
 * Decodes file bytes as strict UTF-8 with LF line ends and composed Unicode (NFC), or explains why it
 * cannot. Some macOS editors and PDF copies write "Õ" as O + combining tilde (NFD): such a file is valid
 * and is read as its NFC form, so section titles, competency names and search terms match.
 */
export function decodeContent(bytes: Uint8Array, file: string): { text?: string; problem?: Problem } {
	if (bytes.byteLength > MAX_FILE_BYTES) {
		return { problem: fileProblem(file, messages.fileTooLarge(bytes.byteLength, MAX_FILE_BYTES)) };
	}
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
		return { text: lf.normalize('NFC') };
	} catch {
		return { problem: fileProblem(file, messages.fileNotUtf8()) };
	}
}

export function fileProblem(file: string, message: string, location: Location = { line: 0, column: 0 }, field = ''): Problem {
	return { file, ...location, field, message, severity: 'error' };
}

/**
 * Parses a position file: YAML frontmatter (validated by zod) and the remark-parsed body. `parse` is
 * Sätteri by default; the browser editor passes remark-parse (Sätteri's binding there is WebAssembly).
 */
export function parsePosition(text: string, file: string, id: string, parse: MarkdownParser = parseMarkdown): ParsedFile<Position> {
	const missing = (message: string) => ({
		id,
		file,
		value: undefined,
		problems: [fileProblem(file, message, { line: 1, column: 1 })],
		locate: noLocation,
	});
	// Only spaces may follow the opening '---': anything else is not a frontmatter line.
	if (!/^---[ \t]*(\n|$)/.test(text)) return missing(messages.frontmatterMissing());
	const { yaml: yamlText, content } = splitFrontmatter(text);
	if (yamlText === undefined) return missing(messages.frontmatterMissing());
	const frontmatter = readAndValidate(PositionFrontmatterSchema, yamlText, file);
	const bodyOffset = text.length - content.length;
	const bodyFirstLine = countNewlines(text.slice(0, bodyOffset)) + 1;
	const isStub = frontmatter.value?.stub ?? (frontmatter.data as { stub?: unknown } | undefined)?.stub === true;
	const { body, problems: bodyProblems } = parsePositionBody(content, bodyFirstLine, !isStub, parse);
	const problems = [...frontmatter.problems, ...bodyProblems.map((problem) => ({ file, ...problem }))];
	const value = frontmatter.value
		? { ...frontmatter.value, ...body, id, filePath: file, requirementOrder: writtenOrder(frontmatter.data, frontmatter.value.requirements) }
		: undefined;
	const partial = frontmatter.partial && { ...frontmatter.partial, ...body, id, filePath: file };
	return { id, file, value, partial, problems, locate: locatorFrom(frontmatter.source), source: frontmatter.source };
}

/**
 * The requirement fields in the order the file writes them, which is the document's order (zod's output
 * follows the schema's order instead). Only fields the validated value has.
 */
function writtenOrder(data: unknown, requirements: Position['requirements']): RequirementKey[] {
	const written = (data as { requirements?: unknown } | undefined)?.requirements;
	const keys = written !== null && typeof written === 'object' ? Object.keys(written) : [];
	return keys.filter((key): key is RequirementKey => Object.hasOwn(requirements, key));
}

/** Parses a unit file (YAML). */
export function parseUnit(text: string, file: string, id: string): ParsedFile<Unit> {
	return parseYamlFile(UnitSchema, text, file, id);
}

/** Parses a competency file (YAML). */
export function parseCompetency(text: string, file: string, id: string): ParsedFile<Competency> {
	return parseYamlFile(CompetencySchema, text, file, id);
}

/** A YAML content file: validated, with the id its file name gives and its path. */
function parseYamlFile<T extends { id: string; filePath: string }>(
	schema: z.ZodType<Omit<T, 'id' | 'filePath'>>,
	text: string,
	file: string,
	id: string,
): ParsedFile<T> {
	const { value, partial, problems, source } = readAndValidate(schema, text, file);
	return {
		id,
		file,
		value: value ? ({ ...value, id, filePath: file } as T) : undefined,
		partial: partial && ({ ...partial, id, filePath: file } as Partial<T>),
		problems,
		locate: locatorFrom(source),
		source,
	};
}

/**
 * Reads YAML and validates it. Valid ordinary YAML takes the fast reader; anything else (a syntax error,
 * a schema error, an unusual construct) is read again by parseYamlSource, whose positions the messages
 * need. Locations are computed only when a problem is reported, so no syntax tree outlives the call:
 * with 10,000 files kept alive they dominated the check's memory and its garbage collection.
 */
function readAndValidate<S extends z.ZodType>(
	schema: S,
	text: string,
	file: string,
): { value?: z.output<S>; partial?: Partial<z.output<S>>; data: unknown; problems: Problem[]; source: LocatorSource } {
	const fast = readYamlFast(text);
	const keys = topLevelKeys(fast);
	if (keys !== undefined) {
		const result = schema.safeParse(fast, { error: zodIssueMessage, reportInput: true });
		if (result.success) return { value: result.data, data: fast, problems: [], source: { yaml: text, keys } };
	}
	const source = parseYamlSource(text, 1);
	return { ...validate(schema, source, file), data: source.data, source: { yaml: text, keys: topLevelKeys(source.data) } };
}

function validate<S extends z.ZodType>(
	schema: S,
	source: YamlSource,
	file: string,
): { value?: z.output<S>; partial?: Partial<z.output<S>>; problems: Problem[] } {
	const problems = source.errors.map(({ message, ...location }) => fileProblem(file, message, location));
	// A syntax error the document cannot be read past is the root cause: nothing else is reported.
	if (source.data === undefined && problems.length > 0) return { problems };
	const data = source.data ?? {};
	if (typeof data !== 'object' || Array.isArray(data) || data === null) {
		return { problems: [...problems, fileProblem(file, messages.frontmatterNotMap(), source.locate([]))] };
	}
	const result = schema.safeParse(data, { error: zodIssueMessage, reportInput: true });
	if (result.success) return problems.length === 0 ? { value: result.data, problems } : { partial: result.data, problems };
	const partial = validFields(schema, data as Record<string, unknown>) as Partial<z.output<S>>;
	for (const issue of result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			const known = keysAt(schema, issue.path);
			for (const key of issue.keys) {
				const path = [...issue.path, key];
				problems.push(fileProblem(file, messages.unknownField(key, suggest(key, known)), source.locate(path, { key: true }), formatPath(path)));
			}
			continue;
		}
		const message =
			issue.code === 'invalid_value'
				? messages.invalidEnum(issue.input, issue.values.map(String), suggest(String(issue.input), issue.values.map(String)))
				: issue.message;
		problems.push(fileProblem(file, message, source.locate(issue.path), formatPath(issue.path)));
	}
	return { partial, problems };
}

/**
 * What the cross-file checks can still use of a map the schema refuses: its fields parsed one by one
 * (absent ones get their defaults), at every level, so that one blank indicator does not hide the
 * competency names beside it.
 */
function validFields(schema: z.ZodType, data: Record<string, unknown>): Record<string, unknown> {
	return (validPart(schema, data) ?? {}) as Record<string, unknown>;
}

/**
 * `data` parsed by `schema` if it is valid; otherwise, for a map, its valid parts; for a list, each item's
 * valid part, keeping the list's length (an unusable item is undefined) so that item numbers in
 * messages (competencies.core.1) stay right; for anything else, undefined.
 */
function validPart(schema: z.ZodType, data: unknown): unknown {
	const result = schema.safeParse(data);
	if (result.success) return result.data;
	const def = defOf(unwrap(schema));
	if (def.type === 'object' && def.shape && typeof data === 'object' && data !== null && !Array.isArray(data)) {
		const partial: Record<string, unknown> = {};
		for (const [key, field] of Object.entries(def.shape)) {
			const value = validPart(field, (data as Record<string, unknown>)[key]);
			if (value !== undefined) partial[key] = value;
		}
		return partial;
	}
	if (def.type === 'array' && def.element && Array.isArray(data)) {
		const element = def.element;
		return data.map((item) => validPart(element, item));
	}
	return undefined;
}

export function formatPath(path: readonly PropertyKey[]): string {
	return path.map(String).join('.');
}

type AnyDef = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };

function defOf(schema: z.ZodType): AnyDef {
	return (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (;;) {
		const def = defOf(current);
		if (def.innerType) current = def.innerType;
		else if (def.type === 'pipe' && def.in) current = def.in;
		else return current;
	}
}

/** Field names the schema allows at a path, for "did you mean" on unknown fields. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	let current = unwrap(schema);
	for (const segment of path) {
		const def = defOf(current);
		if (def.type === 'object' && def.shape && typeof segment === 'string' && def.shape[segment]) current = unwrap(def.shape[segment]);
		else if (def.type === 'array' && def.element) current = unwrap(def.element);
		else return [];
	}
	const def = defOf(current);
	return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
