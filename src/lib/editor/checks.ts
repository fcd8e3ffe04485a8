/**
 * The project's own check of one position file, as `npm run check` runs it per file: the parser with
 * the zod schema and the body rules, then every per-file rule (personal data, placeholders, review
 * rules). Browser-safe with a browser Markdown parser. The rules that need every file (references,
 * symmetry, cycles) run in CI on the pull request; the pickers keep references to existing content.
 */
import { runFileRules } from '../content/file-rules.ts';
import type { MarkdownParser } from '../content/parse-body.ts';
import { parsePosition } from '../content/parse-file.ts';
import type { Problem } from '../content/problems.ts';
import { FIELD_LABELS } from './labels.ts';

export function checkPositionFile(text: string, file: string, parse: MarkdownParser): Problem[] {
	const id = (file.split('/').pop() ?? file).replace(/\.md$/u, '');
	const parsed = parsePosition(text, file, id, parse);
	const fileRules = runFileRules({ kind: 'positions', file, id, text, parsed });
	return [...parsed.problems, ...fileRules].sort((a, b) => a.line - b.line);
}

/** The form's label for a problem's field ("requirements.languages.items.0.level" → "Tase"). */
export function problemLabel(field: string): string {
	const path = field.replace(/\.\d+(?=\.|$)/gu, '');
	return FIELD_LABELS[path] ?? (field === '' ? 'Fail' : field);
}

/** One line per problem, as the form shows them: "✘ Tase: message". */
export function describeProblem(problem: Problem): string {
	const mark = problem.severity === 'error' ? '✘' : '⚠';
	return `${mark} ${problemLabel(problem.field)}: ${problem.message}`;
}
