/**
 * Placeholders left from `npm run new`: text the author was asked to replace. An unfinished file must
 * not be published to every employee, so a placeholder is an error in a file that is in force and a
 * warning in a draft (eelnõu), where it is expected while the text is being written.
 */
import { messages } from './messages.ts';
import type { Problem } from './problems.ts';

/** Marker for text the author must replace (the scaffold writes "TÄIDA: what to write"). */
export const PLACEHOLDER = 'TÄIDA';

/** A line of YAML that is only a comment: guidance in the scaffold, never published. */
const COMMENT_LINE = /^\s*#/;

/** The field a frontmatter line sets (`  text: …`, `- name: …`) and the column of its key. */
const FIELD_OF_LINE = /^(\s*(?:-\s+)?)([A-Za-z][A-Za-z0-9]*):/;

/**
 * Every line with a placeholder outside comments. `status` is the file's status (positions), or
 * undefined for kinds that have none (units, competencies), whose placeholders are errors.
 */
export function findPlaceholders(text: string, file: string, status: string | undefined, isMarkdown: boolean): Problem[] {
	if (!text.includes(PLACEHOLDER)) return [];
	const severity = status === 'eelnõu' ? 'warning' : 'error';
	const problems: Problem[] = [];
	const lines = text.split('\n');
	// Markdown files: the frontmatter is between the first two '---' lines, the body after them.
	let inYaml = !isMarkdown;
	let fences = 0;
	let section = '';
	// Keys of the frontmatter lines above, by indentation: the dotted path of the field a line belongs to.
	let keys: { indent: number; key: string }[] = [];
	for (const [index, line] of lines.entries()) {
		if (isMarkdown && fences < 2 && /^---[ \t]*$/.test(line)) {
			fences += 1;
			inYaml = fences === 1;
			continue;
		}
		if (!inYaml && line.startsWith('## ')) section = line.slice(3).trim();
		const key = inYaml && !COMMENT_LINE.test(line) ? FIELD_OF_LINE.exec(line) : null;
		if (key) {
			const indent = key[1].length;
			keys = [...keys.filter((entry) => entry.indent < indent), { indent, key: key[2] }];
		}
		const column = line.indexOf(PLACEHOLDER);
		if (column === -1) continue;
		if (inYaml && (COMMENT_LINE.test(line) || / #/.test(line.slice(0, column)))) continue;
		const field = inYaml ? keys.map((entry) => entry.key).join('.') : section;
		problems.push({ file, line: index + 1, column: column + 1, field, message: messages.placeholder(status ?? 'kehtiv'), severity });
	}
	return problems;
}
