/**
 * Splits a position file into its YAML frontmatter and its Markdown body, as gray-matter did, in time
 * linear in the file. gray-matter's emptiness test, `/^\s*#[^\n]+/gm` over the frontmatter, tries
 * every line start with `\s*` running across all the blank lines after it: 6,000 blank lines took
 * about a minute (issue 25, finding 3).
 */

export interface SplitFile {
	/** The frontmatter from the newline that ends the opening `---` line up to the closing `\n---`; undefined when there is none or it holds only comments. */
	yaml?: string;
	/** The text after the closing `---` line (empty when the frontmatter is not closed). */
	content: string;
}

const OPEN = '---';
const CLOSE = '\n---';

/** Whether YAML text holds nothing but blank lines and `#` comments (gray-matter's "empty"). */
function onlyComments(yaml: string): boolean {
	for (const line of yaml.split('\n')) {
		const trimmed = line.trimStart();
		if (trimmed === '') continue;
		// gray-matter removed `#` with at least one more character; a bare `#` line stayed.
		if (!trimmed.startsWith('#') || trimmed.length === 1) return false;
	}
	return true;
}

/** `text` must start with a `---` line (the caller checks that, with its own message). */
export function splitFrontmatter(text: string): SplitFile {
	const rest = text.slice(OPEN.length);
	const closeAt = rest.indexOf(CLOSE);
	const yaml = closeAt < 0 ? rest : rest.slice(0, closeAt);
	let content = closeAt < 0 ? '' : rest.slice(closeAt + CLOSE.length);
	if (content.startsWith('\r')) content = content.slice(1);
	if (content.startsWith('\n')) content = content.slice(1);
	return { yaml: onlyComments(yaml) ? undefined : yaml, content };
}
