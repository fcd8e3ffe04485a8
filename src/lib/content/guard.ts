/**
 * The personal-data guard over one content file: everything of it the site publishes. The source text
 * line by line as the site decodes it (personal-data.ts), the file name and folders (a position's id
 * becomes its URL), and every decoded field value, which also catches what spans lines in the source
 * (a folded YAML value, a Markdown emphasis inside a number). Findings of the same data on the same
 * line are reported once.
 */
import { messages } from './messages.ts';
import { SECTIONS } from './parse-body.ts';
import { fileProblem, type ParsedFile } from './parse-file.ts';
import { findPersonalData, visitCandidateStrings } from './personal-data.ts';
import type { Problem } from './problems.ts';

export const PERSONAL_DATA_FIELD = 'isikuandmed';

export function guardPersonalData(file: string, text: string, kind: 'positions' | 'units' | 'competencies', parsed?: ParsedFile<unknown>): Problem[] {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const finding of findPersonalData(text, kind === 'positions' ? 'file' : 'yaml')) {
		seen.add(`${finding.kind}:${finding.value}`);
		problems.push(fileProblem(file, finding.message, finding, PERSONAL_DATA_FIELD));
	}
	// Folder and file names: a hyphen or a slash between digit groups reads as a space.
	const path = file.replace(/\.(?:md|yaml)$/, '').replace(/[/_]/g, ' ');
	for (const finding of findPersonalData(path, 'plain')) {
		if (finding.kind === 'signature' || finding.kind === 'signatory') continue;
		problems.push(fileProblem(file, messages.personalDataInFileName(), { line: 0, column: 0 }, PERSONAL_DATA_FIELD));
		break;
	}
	const value = parsed?.value;
	if (parsed === undefined || value === undefined) return problems;
	visitCandidateStrings(value, (fieldText, fieldPath) => {
		if (fieldPath[0] === 'id' || fieldPath[0] === 'filePath') return;
		for (const finding of findPersonalData(fieldText, 'plain')) {
			// Whole-line kinds are the source scan's: a field value is not a line of the document.
			if (finding.kind === 'signature' || finding.kind === 'signatory') continue;
			const key = `${finding.kind}:${finding.value}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const section = SECTIONS[fieldPath[0] as keyof typeof SECTIONS];
			// Body values have no frontmatter location: name the section instead.
			const field = section ?? fieldPath.map(String).join('.');
			const location = section === undefined ? parsed.locate(fieldPath) : { line: 0, column: 0 };
			problems.push(fileProblem(file, finding.message, location, field));
		}
	});
	return problems;
}
