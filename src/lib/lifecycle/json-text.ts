/**
 * A JSON file with one large array, as pieces of text: `JSON.stringify(data, null, '\t')` plus a final
 * newline, character for character, but never as one string. positions.json is 60 MB at 5,000 positions;
 * as one string (two bytes per character, since the text has "š" and "–") and its UTF-8 copy it made the
 * build's largest spike of memory.
 */
const PLACEHOLDER = '\u0000array\u0000';

export function* jsonTextPieces<T extends object>(
	data: T,
	arrayKey: keyof T & string,
	recordsPerPiece = 100,
): Generator<string> {
	const items = data[arrayKey];
	if (!Array.isArray(items)) throw new Error(`${arrayKey} is not an array`);
	const outline = JSON.stringify({ ...data, [arrayKey]: PLACEHOLDER }, null, '\t');
	const marker = JSON.stringify(PLACEHOLDER);
	const at = outline.indexOf(marker);
	if (at === -1 || outline.indexOf(marker, at + 1) !== -1)
		throw new Error(`${arrayKey} cannot be told apart in the outline`);
	yield outline.slice(0, at);
	// The array's line is indented like its key; its items one tab more, as JSON.stringify indents them.
	const indent = /\n(\t*)[^\n]*$/.exec(outline.slice(0, at))?.[1] ?? '';
	// A piece is stringified inside as many arrays as the items have tabs, so that JSON.stringify indents
	// them as in the whole file; the wrapping arrays' lines are cut off (no replacing over 60 MB of text).
	const depth = indent.length + 1;
	const wrap = (piece: unknown[]) => {
		let value: unknown = piece;
		for (let level = 1; level < depth; level++) value = [value];
		const text = JSON.stringify(value, null, '\t');
		let from = 0;
		for (let line = 0; line < depth; line++) from = text.indexOf('\n', from) + 1;
		let to = text.length;
		for (let line = 0; line < depth; line++) to = text.lastIndexOf('\n', to - 1);
		return text.slice(from, to);
	};
	if (items.length === 0) yield '[]';
	else {
		for (let start = 0; start < items.length; start += recordsPerPiece)
			yield `${start === 0 ? '[\n' : ',\n'}${wrap(items.slice(start, start + recordsPerPiece))}`;
		yield `\n${indent}]`;
	}
	yield `${outline.slice(at + marker.length)}\n`;
}

/**
 * Reads back a file jsonTextPieces wrote, whose array holds objects `depth` tabs deep: the file with the
 * array emptied (`outline`) and the objects one at a time, each parsed alone, so that a 60 MB file never
 * becomes one string or one object graph (the build writes the per-position files from positions.json
 * while Pagefind, the build's largest memory, runs). An object starts on a line that is `depth` tabs and
 * "{", and ends on one that is `depth` tabs and "}": JSON.stringify escapes every line break in a string.
 * The file's other values must be scalars (positions.json: schemaVersion, generated), and no object empty.
 */
export function readJsonRecords(
	bytes: Buffer,
	depth: number,
): { outline: unknown; records: Generator<unknown> } {
	const open = Buffer.from(`\n${'\t'.repeat(depth)}{`);
	const close = Buffer.from(`\n${'\t'.repeat(depth)}}`);
	const first = bytes.indexOf(open);
	const last = first === -1 ? -1 : bytes.lastIndexOf(close) + close.length;
	const outline: unknown = JSON.parse(
		first === -1
			? bytes.toString('utf8')
			: bytes.toString('utf8', 0, first) + bytes.toString('utf8', last),
	);
	function* records(): Generator<unknown> {
		let start = first;
		while (start !== -1 && start < last) {
			const end = bytes.indexOf(close, start) + close.length;
			yield JSON.parse(bytes.toString('utf8', start + 1, end));
			start = bytes.indexOf(open, end);
		}
	}
	return { outline, records: records() };
}
