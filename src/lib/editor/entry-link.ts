/**
 * The address of a position's form in the browser editor (/toimeta/), which position pages link to.
 * Decap CMS names an entry of a folder collection by its path under the collection's folder, without
 * the extension (the collection's `path` in config.ts is `{{osakond}}/{{slug}}`).
 */
import { COLLECTIONS, POSITIONS_FOLDER } from './config.ts';

export const EDITOR_PAGE = '/toimeta/';

/** `undefined` for a file outside content/positions/, which the editor does not list. */
export function editorEntryUrl(filePath: string): string | undefined {
	const folder = `${POSITIONS_FOLDER}/`;
	if (!filePath.startsWith(folder) || !filePath.endsWith('.md')) return undefined;
	const entry = filePath
		.slice(folder.length, -'.md'.length)
		.split('/')
		.map(encodeURIComponent)
		.join('/');
	return `${EDITOR_PAGE}#/collections/${COLLECTIONS.positions}/entries/${entry}`;
}
