/**
 * The editor's writer: the edited form back into the file. The canonical renderer
 * (src/lib/import/render.ts) writes the edit, and a three-way merge against the committed file keeps
 * every line the edit does not touch, so opening and saving an untouched file changes no byte and
 * changing one expected result changes one line.
 */
import type { MarkdownParser } from '../content/parse-body.ts';
import { parseMarkdown } from '../content/parse-body.ts';
import { readPositionForm, renderCanonical, type PositionForm } from './form.ts';
import { mergeLines } from './merge.ts';

/** Structural equality of plain data (JSON-like), object keys in any order. */
export function sameData(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (Array.isArray(a) || Array.isArray(b)) {
		return (
			Array.isArray(a) &&
			Array.isArray(b) &&
			a.length === b.length &&
			a.every((item, index) => sameData(item, b[index]))
		);
	}
	if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
	const aKeys = Object.keys(a);
	const bKeys = Object.keys(b);
	return (
		aKeys.length === bKeys.length &&
		aKeys.every(
			(key) =>
				Object.hasOwn(b, key) &&
				sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
		)
	);
}

export interface WrittenFile {
	text: string;
	/** How the text was made: untouched, merged into the committed file, or wholly canonical. */
	method: 'unchanged' | 'merged' | 'canonical';
}

/**
 * The file text for an edited form. `original` is the file as opened. When the merge does not read back
 * as the edited form (two stretches both changed, lines matched to the wrong twin), the whole file is
 * written canonically instead: the edit is never lost or mixed up, only the committed formatting.
 */
export function writePositionFile(
	original: string,
	form: PositionForm,
	parse: MarkdownParser = parseMarkdown,
): WrittenFile {
	const opened = readPositionForm(original, parse);
	if (sameData(opened, form)) return { text: original, method: 'unchanged' };
	const canonical = renderCanonical(form);
	const expected = readPositionForm(canonical, parse);
	const merged = mergeLines(
		original.split('\n'),
		renderCanonical(opened).split('\n'),
		canonical.split('\n'),
	).lines.join('\n');
	let readBack: PositionForm | undefined;
	try {
		readBack = readPositionForm(merged, parse);
	} catch {
		readBack = undefined;
	}
	return sameData(readBack, expected)
		? { text: merged, method: 'merged' }
		: { text: canonical, method: 'canonical' };
}
