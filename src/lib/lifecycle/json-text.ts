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
