/**
 * A small YAML writer for generated content. It writes what HR writes by hand — plain scalars where
 * they are safe, `>-` for long prose, `|-` for multi-line text, flow lists of ids — and falls back
 * to JSON-style double quotes (valid YAML 1.2) for anything else. The generic `yaml` stringifier
 * would do, but this is ~20× faster, which matters at 20,000 files.
 */
export type YamlValue =
	string | number | boolean | undefined | YamlValue[] | { [key: string]: YamlValue };

/** Plain scalars that YAML 1.2 core would read back as something other than this string. */
const RESERVED =
	/^(?:true|false|null|~|yes|no|on|off|[-+]?(?:\.inf|\.nan)|[-+]?[0-9][0-9_.:eExXoO+-]*)$/i;
const WRAP = 100;

function isPlainSafe(text: string): boolean {
	// The core schema keeps dates as text (see schemas/shared.ts), so they are written as HR writes
	// them.
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return true;
	if (text === '' || text !== text.trim() || text.includes('\n')) return false;
	if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
	if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return false;
	return !RESERVED.test(text);
}

/** Flow-list item (ids): stricter, since commas and brackets end the item. */
function isFlowSafe(text: string): boolean {
	return /^[a-z0-9][a-z0-9-]*$/.test(text) && !RESERVED.test(text);
}

function quoted(text: string): string {
	return JSON.stringify(text);
}

/**
 * Folds prose into lines of at most ~WRAP characters at single spaces (`>-` joins them back with
 * one space).
 */
function fold(text: string, indent: string): string {
	const words = text.split(' ');
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		if (line !== '' && indent.length + line.length + 1 + word.length > WRAP) {
			lines.push(line);
			line = word;
		} else {
			line = line === '' ? word : `${line} ${word}`;
		}
	}
	if (line !== '') lines.push(line);
	return lines.map((l) => indent + l).join('\n');
}

/**
 * Generated files repeat the same sentences thousands of times; formatting each once keeps 20,000
 * files fast.
 */
const scalarCache = new Map<string, string>();

function scalar(text: string, indent: string, inlineWidth: number): string {
	const key = `${indent.length}:${inlineWidth}:${text}`;
	let formatted = scalarCache.get(key);
	if (formatted === undefined) {
		if (scalarCache.size > 50_000) scalarCache.clear();
		formatted = formatScalar(text, indent, inlineWidth);
		scalarCache.set(key, formatted);
	}
	return formatted;
}

function formatScalar(text: string, indent: string, inlineWidth: number): string {
	if (text.includes('\n')) {
		// Literal block: every line keeps its text; lines must not start with white space to stay
		// unambiguous.
		if (text.split('\n').every((line) => line !== '' && line === line.trim())) {
			return `|-\n${text
				.split('\n')
				.map((line) => indent + line)
				.join('\n')}`;
		}
		return quoted(text);
	}
	if (
		text.length + inlineWidth > WRAP &&
		!/\s\s/.test(text) &&
		text === text.trim() &&
		text !== ''
	) {
		return `>-\n${fold(text, indent)}`;
	}
	return isPlainSafe(text) ? text : quoted(text);
}

function isMap(value: YamlValue): value is { [key: string]: YamlValue } {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Writes a map as a YAML block (no document markers). Undefined values and empty lists are left
 * out.
 */
export function toYaml(
	map: { [key: string]: YamlValue },
	level = 0,
	flowKeys: ReadonlySet<string> = new Set(),
): string {
	const pad = '  '.repeat(level);
	let out = '';
	for (const [key, value] of Object.entries(map)) {
		if (value === undefined) continue;
		if (Array.isArray(value)) {
			if (value.length === 0) continue;
			if (
				flowKeys.has(key) &&
				value.every((item) => typeof item === 'string') &&
				value.every((item) => isFlowSafe(item))
			) {
				out += `${pad}${key}: [${value.join(', ')}]\n`;
				continue;
			}
			out += `${pad}${key}:\n`;
			for (const item of value) out += listItem(item, level + 1, flowKeys);
			continue;
		}
		if (isMap(value)) {
			const inner = toYaml(value, level + 1, flowKeys);
			if (inner === '') continue;
			out += `${pad}${key}:\n${inner}`;
			continue;
		}
		out += `${pad}${key}: ${typeof value === 'string' ? scalar(value, pad + '  ', pad.length + key.length + 2) : String(value)}\n`;
	}
	return out;
}

function listItem(item: YamlValue, level: number, flowKeys: ReadonlySet<string>): string {
	const pad = '  '.repeat(level);
	if (isMap(item)) {
		// "- key: value" with the remaining keys aligned under the first.
		const inner = toYaml(item, level + 1, flowKeys);
		return `${pad}- ${inner.slice(pad.length + 2)}`;
	}
	if (typeof item === 'string') return `${pad}- ${scalar(item, pad + '  ', pad.length + 2)}\n`;
	// eslint-disable-next-line @typescript-eslint/no-base-to-string -- maps are written above; the generator puts no lists in lists
	return `${pad}- ${String(item)}\n`;
}
