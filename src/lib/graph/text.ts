/**
 * Text width estimates for build-time SVG: there is no browser to measure with, so widths are
 * overestimated from per-character classes taken from DejaVu Sans, the widest of the sans-serif
 * fonts the site's font stack falls back to (Arial and Roboto are narrower, so they only get more
 * padding).
 */

const NARROW = new Set([..."iljIı.,:;'!|"]);
const SEMI_NARROW = new Set([...'frt()[]-/ ']);
const WIDE = new Set([...'mwMWŠšŽž—']);
const BOLD_FACTOR = 1.1;

function charEm(char: string): number {
	if (NARROW.has(char)) return 0.3;
	if (SEMI_NARROW.has(char)) return 0.44;
	if (WIDE.has(char)) return 1;
	if (/\p{Lu}/u.test(char)) return 0.78;
	return 0.64;
}

/** Estimated advance width in pixels; errs on the wide side. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const char of text) em += charEm(char);
	return em * fontSize * (bold ? BOLD_FACTOR : 1);
}

export interface TextStyle {
	fontSize: number;
	bold?: boolean;
}

/** Cuts text to fit maxWidth, ending in "…". */
export function truncate(text: string, maxWidth: number, style: TextStyle): string {
	const width = (value: string) => estimateTextWidth(value, style.fontSize, style.bold);
	if (width(text) <= maxWidth) return text;
	const chars = [...text];
	while (chars.length > 0 && width(`${chars.join('').trimEnd()}…`) > maxWidth) chars.pop();
	return `${chars.join('').trimEnd()}…`;
}

/**
 * Splits text into at most two lines. Text that fits `preferredWidth` stays on one line; longer
 * text is split at the word boundary that balances the two lines, and a line still wider than
 * `maxWidth` is cut with "…" (the full text goes into the node's tooltip).
 */
export function wrapTwoLines(
	text: string,
	style: TextStyle,
	preferredWidth: number,
	maxWidth: number,
): string[] {
	const width = (value: string) => estimateTextWidth(value, style.fontSize, style.bold);
	const clean = text.replace(/\s+/g, ' ').trim();
	if (width(clean) <= preferredWidth) return [clean];
	const words = clean.split(' ');
	if (words.length === 1) return [truncate(clean, maxWidth, style)];
	let best: [string, string] = [words[0], words.slice(1).join(' ')];
	let bestCost = Infinity;
	for (let split = 1; split < words.length; split++) {
		const lines: [string, string] = [
			words.slice(0, split).join(' '),
			words.slice(split).join(' '),
		];
		// A qualifier in parentheses is kept together where that costs little: "Ekspert / (kvaliteet ja seire)".
		const insideParentheses =
			(lines[0].match(/\(/g)?.length ?? 0) > (lines[0].match(/\)/g)?.length ?? 0);
		const cost =
			Math.max(width(lines[0]), width(lines[1])) +
			(insideParentheses ? 3 * style.fontSize : 0);
		// Ties go to the longer first line.
		if (cost <= bestCost) {
			best = lines;
			bestCost = cost;
		}
	}
	return best.map((line) => truncate(line, maxWidth, style));
}
