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
	const itemIndent = `${indent}\t`;
	if (items.length === 0) yield '[]';
	else {
		for (let start = 0; start < items.length; start += recordsPerPiece) {
			const piece = items
				.slice(start, start + recordsPerPiece)
				.map(
					(item) =>
						`${itemIndent}${(JSON.stringify(item, null, '\t') ?? 'null').replaceAll('\n', `\n${itemIndent}`)}`,
				)
				.join(',\n');
			yield `${start === 0 ? '[\n' : ',\n'}${piece}`;
		}
		yield `\n${indent}]`;
	}
	yield `${outline.slice(at + marker.length)}\n`;
}
