/**
 * One document's text → the content file: parse the parts, map names to ids, render Markdown.
 * This is the single path for every input format (see extract.ts).
 */
import {
	mapDocument,
	positionPath,
	type ImportedPosition,
	type MapOptions,
} from './map-document.ts';
import { parseDocument } from './parse-document.ts';
import { renderPosition } from './render.ts';
import { resolveCompetencyId, type MappingContext } from './mapping-context.ts';

export interface ImportedFile {
	position: ImportedPosition;
	/**
	 * Path relative to the output root, with forward slashes: content/positions/<osakond>/<id>.md.
	 */
	path: string;
	markdown: string;
}

export function importText(
	text: string,
	context: MappingContext,
	options: Omit<MapOptions, 'sourceText'> = {},
): ImportedFile {
	const draft = parseDocument(text, (name) => resolveCompetencyId(name, context) !== undefined);
	const position = mapDocument(draft, context, { ...options, sourceText: text });
	return {
		position,
		path: positionPath(position.folder, position.id),
		markdown: renderPosition(position),
	};
}
