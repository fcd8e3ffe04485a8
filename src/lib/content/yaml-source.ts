import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { messages } from './messages.ts';
import { findDeepYaml, MAX_NESTING } from './nesting.ts';
import type { Location } from './problems.ts';
import { describeYamlErrors, isRecoverable } from './yaml-errors.ts';

export interface YamlError extends Location {
	message: string;
}

export interface YamlSource {
	/** Plain JS value of the document; undefined when it could not be parsed. */
	data: unknown;
	errors: YamlError[];
	/**
	 * Where a field path is written. Falls back to the closest existing ancestor, so a missing field
	 * points at the map it belongs in. `key: true` points at the key instead of the value.
	 */
	locate(path: readonly PropertyKey[], options?: { key?: boolean }): Location;
}

/**
 * Parses YAML 1.2 (core schema) with source positions. Unlike js-yaml's default schema, the core schema
 * keeps `2026-02-30` a string, so the date check in schemas/ sees what the author typed.
 * `firstLine` is the file line on which the YAML text starts.
 */
export function parseYamlSource(text: string, firstLine: number): YamlSource {
	// Refused before parsing: both YAML parsers recurse per nesting level.
	const deep = findDeepYaml(text);
	if (deep) {
		const location = { line: deep.line + firstLine - 1, column: 1 };
		return { data: undefined, errors: [{ ...location, message: messages.tooDeep(deep.depth, MAX_NESTING) }], locate: () => location };
	}
	const lineCounter = new LineCounter();
	let doc: ReturnType<typeof parseDocument>;
	try {
		doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	} catch {
		// yaml's parser recurses per nesting level; thousands of levels overflow the stack.
		const errors = [{ line: firstLine, column: 1, message: messages.yamlSyntax(messages.yamlErrorDetail('TOO_DEEP')) }];
		return { data: undefined, errors, locate: () => ({ line: firstLine, column: 1 }) };
	}
	const at = (offset: number): Location => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};

	const errors: YamlError[] = describeYamlErrors(doc.errors, text, at);

	// An explicit tag (`!!js/function`, `!custom`) is kept as text by the core schema: refuse it instead,
	// since the author meant something the site would not do.
	visit(doc, (_key, node) => {
		if (isNode(node) && node.tag !== undefined && node.range) {
			errors.push({ ...at(node.range[0]), message: messages.yamlTag(node.tag.replace(/^tag:yaml\.org,2002:/, '!!')) });
		}
	});

	let data: unknown;
	// After duplicate keys alone the document still reads (the later key wins): its other fields are checked too.
	if (isRecoverable(doc.errors)) {
		try {
			data = doc.toJS({ maxAliasCount: 50 });
		} catch (error) {
			errors.push({ ...at(0), message: messages.yamlSyntax(messages.yamlErrorDetail((error as Error).name)) });
		}
	}

	const locate = (path: readonly PropertyKey[], options: { key?: boolean } = {}): Location => {
		let node: Node | null | undefined = doc.contents;
		let best: Location = { line: firstLine, column: 1 };
		if (node?.range) best = at(node.range[0]);
		for (const [index, segment] of path.entries()) {
			const last = index === path.length - 1;
			if (isMap(node)) {
				const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
				if (!pair) return best;
				if (last && options.key && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
				node = pair.value as Node | null;
				const anchor = (node?.range ? node : (pair.key as Node | null))?.range;
				if (anchor) best = at(anchor[0]);
			} else if (isSeq(node) && typeof segment === 'number') {
				node = node.items[segment] as Node | null;
				if (!node?.range) return best;
				best = at(node.range[0]);
			} else {
				return best;
			}
		}
		return best;
	};

	return { data, errors, locate };
}

/**
 * Constructs for which js-yaml and yaml were seen to read a document differently or to disagree on
 * whether it is valid (differential fuzzing, tests/content/yaml-fast.test.ts): tabs, anchors and aliases,
 * tags, directives, explicit and null keys, merge keys, document markers and block-scalar indentation
 * indicators, and exponents past a double's range. Ordinary frontmatter has none of them; text that merely contains such a character only
 * takes the slower path.
 * Spaces only, never `\s`, at a line start: `\s` also matches newlines, and `^\s*` followed by
 * further optional whitespace tried every split of every run of blank lines (6,000 blank lines took
 * a minute). Tabs send the text to the full parser anyway. No two quantifiers here can match the
 * same character, so the test is linear in the length of the text.
 */
const NEEDS_FULL_PARSER = /[\t&*!%?]|<<|^ *(?:- +)?(?:(?:~|null|Null|NULL) *)?:|[\s{[,](?:~|null|Null|NULL)?:|\.\.\.|^---|[|>][-+]?[1-9]|\d[eE][-+]?\d{3}/m;

/**
 * The value of ordinary YAML, read about seven times faster than parseYamlSource by js-yaml with the
 * core schema (dates stay strings there too). Undefined when the text needs the full parser: unusual
 * constructs, or any syntax error, whose message and position only parseYamlSource gives.
 */
export function readYamlFast(text: string): unknown {
	if (NEEDS_FULL_PARSER.test(text) || findDeepYaml(text)) return undefined;
	try {
		return load(text, { schema: CORE_SCHEMA }) ?? undefined;
	} catch {
		return undefined;
	}
}

/**
 * A locator that parses the YAML only when it is asked, and keeps nothing but the text. Top-level
 * fields with a value on the key's own line (the review date, the unit, the title) are found without
 * parsing; tests/content/yaml-fast.test.ts checks both ways agree on every field of the real content
 * and a generated corpus.
 */
export function lazyLocator(text: string, firstLine: number, keys?: readonly string[]): YamlSource['locate'] {
	return (path, options = {}) => {
		if (path.length === 1 && typeof path[0] === 'string') {
			// A missing field points at the map it belongs in: where the document's first line of content is.
			const absent = keys !== undefined && !keys.includes(path[0]);
			const quick = absent ? locateFirstContent(text, firstLine) : locateTopLevel(text, firstLine, path[0], options.key === true);
			if (quick) return quick;
		}
		// An item of a top-level list (substitutes.1): the cross-file checks report these by the hundred.
		if (path.length === 2 && typeof path[0] === 'string' && typeof path[1] === 'number' && options.key !== true) {
			const quick = locateListItem(text, firstLine, path[0], path[1]) ?? locateFlowListItem(text, firstLine, path[0], path[1]);
			if (quick) return quick;
		}
		return parseYamlSource(text, firstLine).locate(path, options);
	};
}

/** The top-level field names of a parsed document that is a map; undefined for anything else. */
export function topLevelKeys(data: unknown): string[] | undefined {
	return typeof data === 'object' && data !== null && !Array.isArray(data) ? Object.keys(data) : undefined;
}

function locateFirstContent(text: string, firstLine: number): Location | undefined {
	const match = /^[^\s#]/m.exec(text);
	return match ? { line: countLines(text, match.index) + firstLine - 1, column: 1 } : undefined;
}

const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9]*$/;

function locateTopLevel(text: string, firstLine: number, key: string, atKey: boolean): Location | undefined {
	if (!PLAIN_KEY.test(key)) return undefined;
	const pattern = new RegExp(`^${key}:( *)(.?)`, 'gm');
	const match = pattern.exec(text);
	if (!match || pattern.exec(text) !== null) return undefined;
	const line = countLines(text, match.index) + firstLine - 1;
	if (atKey) return { line, column: 1 };
	const first = match[2];
	// A value on the next lines (a block collection or scalar) or a comment needs the real parser.
	if (first === '' || first === '#' || first === '|' || first === '>' || match[1] === '') return undefined;
	return { line, column: key.length + 2 + match[1].length };
}

/**
 * The line of top-level `key:` followed by `rest` (a regular expression to the end of the line), when the
 * key is plain and written once at the start of a line; undefined otherwise, for the full parser.
 */
function onlyKeyLine(text: string, key: string, rest: string): RegExpExecArray | undefined {
	if (!PLAIN_KEY.test(key)) return undefined;
	const pattern = new RegExp(`^${key}:${rest}$`, 'gm');
	const match = pattern.exec(text);
	if (!match || pattern.exec(text) !== null || new RegExp(`^${key}:`, 'gm').exec(text)?.index !== match.index) return undefined;
	return match;
}

/**
 * Where item `index` of a top-level block list of one-line scalars is (`key:` alone on its line, then
 * `- value` lines); past its end, the list's first dash, as the full parser answers. Undefined for any
 * other shape, which the full parser then reads.
 */
function locateListItem(text: string, firstLine: number, key: string, index: number): Location | undefined {
	const match = index < 0 ? undefined : onlyKeyLine(text, key, '[ ]*');
	if (!match) return undefined;
	const keyLine = countLines(text, match.index) + firstLine - 1;
	const lines = text.slice(match.index + match[0].length + 1).split('\n');
	const first = /^( *)- /.exec(lines[0] ?? '');
	if (!first) return undefined;
	const indent = first[1].length;
	const item = new RegExp(`^ {${indent}}- ([^\\s#|>&*!%@\`{[][^#]*)$`);
	let count = 0;
	for (const [at, line] of lines.entries()) {
		if (line.startsWith(`${' '.repeat(indent)}- `)) {
			if (!item.test(line)) return undefined;
			if (count === index) return { line: keyLine + 1 + count, column: indent + 3 };
			count += 1;
			continue;
		}
		// The list ends at the next top-level field or at the end of the text; anything else (a comment, a
		// blank or continued line) is left to the parser.
		if (/^[A-Za-z]/.test(line) || (line === '' && at === lines.length - 1)) break;
		return undefined;
	}
	return { line: keyLine + 1, column: indent + 1 };
}

/** Plain words in a one-line flow list: ids, names without quotes, commas or YAML indicators. */
const FLOW_ITEMS = /^\[( *)((?:[\p{L}\p{N}][\p{L}\p{N}_.-]*)(?:, *[\p{L}\p{N}][\p{L}\p{N}_.-]*)*)? *\] *$/u;

/**
 * Where item `index` of a top-level one-line flow list (`key: [a, b]`) is; past its end, the opening
 * bracket, as the full parser answers. Undefined for any other shape.
 */
function locateFlowListItem(text: string, firstLine: number, key: string, index: number): Location | undefined {
	const match = index < 0 ? undefined : onlyKeyLine(text, key, '( +)(.*)');
	if (!match) return undefined;
	const list = FLOW_ITEMS.exec(match[2]);
	if (!list) return undefined;
	const line = countLines(text, match.index) + firstLine - 1;
	const bracket = key.length + 2 + match[1].length;
	const items = list[2] === undefined ? [] : list[2].split(',');
	if (index >= items.length) return { line, column: bracket };
	// Each item starts after the bracket, its leading spaces, and the items and commas before it.
	let column = bracket + 1 + list[1].length;
	for (const item of items.slice(0, index)) column += item.length + 1;
	return { line, column: column + (items[index].length - items[index].trimStart().length) };
}

function countLines(text: string, end: number): number {
	let lines = 1;
	for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) lines += 1;
	return lines;
}
