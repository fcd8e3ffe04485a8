/**
 * CSV cells that a spreadsheet opens safely. Excel, which HR opens the open-data CSV with, reads a
 * cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return before them) as a formula:
 * a title such as `=HYPERLINK(…)` would run. The OWASP CSV-injection rule: such a cell gets a leading
 * apostrophe, which Excel shows as text, and every cell is quoted when it needs to be.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */

/** Characters a spreadsheet reads as the start of a formula, after any leading spaces. */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/;

export function startsLikeFormula(value: string): boolean {
	return FORMULA_START.test(value);
}

/**
 * One cell of a CSV with `separator` between cells: RFC 4180 quoting (quote when needed, double inner
 * quotes), and formula-like text made inert. Every CSV writer of the site goes through this.
 */
export function csvCell(value: string, separator: string): string {
	const safe = startsLikeFormula(value) ? `'${value}` : value;
	const needsQuotes =
		safe.includes('"') ||
		safe.includes(separator) ||
		/[\r\n]|^\s|\s$/.test(safe) ||
		safe !== value;
	return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}
