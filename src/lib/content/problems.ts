/** A located problem in a content file, as printed by `npm run check` and the build. */
export interface Problem {
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** 1-based line; 0 when the problem concerns the whole file. */
	line: number;
	/** 1-based column; 0 when unknown. */
	column: number;
	/** Dotted field path (frontmatter) or section name (body); empty for the whole file. */
	field: string;
	message: string;
	severity: 'error' | 'warning';
}

export interface Location {
	line: number;
	column: number;
}

/**
 * Control characters (and line breaks) in text echoed from a content file, written visibly as `\u{1b}`:
 * an ESC sequence in a name could otherwise colour or rewrite the terminal, or a newline forge a line
 * of the check's own output.
 */
export function escapeControl(text: string): string {
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	return text.replace(/[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}

export function formatProblem(problem: Problem): string {
	const mark = problem.severity === 'error' ? '✘' : '⚠';
	const where = problem.line > 0 ? `:${problem.line}:${Math.max(problem.column, 1)}` : '';
	const field = problem.field === '' ? '' : `  ${escapeControl(problem.field)}`;
	return `${mark} ${escapeControl(problem.file)}${where}${field}  ${escapeControl(problem.message)}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			a.message.localeCompare(b.message),
	);
}

export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
	let errors = 0;
	for (const problem of problems) if (problem.severity === 'error') errors += 1;
	return { errors, warnings: problems.length - errors };
}
