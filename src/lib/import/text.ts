/**
 * Small text helpers shared by the section parsers: joining hard-wrapped lines back into paragraphs
 * or sentences, and the punctuation tests those joins rely on.
 */
import type { Line } from './types.ts';

/** Collapses runs of white space (hard wraps, double spaces from the PDF) into one space. */
export function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Ends like a finished sentence or list item. */
export function isTerminated(text: string): boolean {
	return /[.!?;:]["»”)]?$/.test(text.trim());
}

/** Ends like a finished sentence (not a list item ending in ";"). */
export function endsSentence(text: string): boolean {
	return /[.!?]["»”)]?$/.test(text.trim());
}

export function startsUpper(text: string): boolean {
	return /^["„«(]?\p{Lu}/u.test(text.trim());
}

export function startsLower(text: string): boolean {
	return /^\p{Ll}/u.test(text.trim());
}

/** The line begins a new paragraph rather than continuing the previous line's hard wrap. */
function breaksParagraph(previous: Line, line: Line): boolean {
	if (line.paragraph) return true;
	return previous.paragraphEnd && isTerminated(previous.text) && startsUpper(line.text);
}

/**
 * Joins hard-wrapped lines into paragraphs. A paragraph ends only where the source shows it: a
 * paragraph per line (DOCX) or a line that ends in two spaces and a finished sentence (the PDF
 * producer's paragraph end). Ordinary sentence ends inside a paragraph stay in it.
 */
export function joinParagraphs(lines: readonly Line[]): string[] {
	const paragraphs: string[][] = [];
	let previous: Line | undefined;
	for (const line of lines) {
		if (previous === undefined || breaksParagraph(previous, line)) paragraphs.push([line.text]);
		else paragraphs.at(-1)?.push(line.text);
		previous = line;
	}
	return paragraphs.map((parts) => clean(parts.join(' '))).filter((text) => text !== '');
}

/**
 * Joins hard-wrapped lines into sentences, one per line: a new line starts where a line ends a
 * sentence and the next starts with a capital, or at a bullet. Requirement texts keep that shape
 * (e.g. two language requirements on two lines).
 */
export function joinSentences(lines: readonly Line[]): string {
	const out: string[][] = [];
	let previous: Line | undefined;
	for (const line of lines) {
		const fresh =
			previous === undefined ||
			line.bullet ||
			breaksParagraph(previous, line) ||
			(endsSentence(previous.text) && startsUpper(line.text));
		if (fresh) out.push([line.text]);
		else out.at(-1)?.push(line.text);
		previous = line;
	}
	return out
		.map((parts) => clean(parts.join(' ')))
		.filter((text) => text !== '')
		.join('\n');
}

/** Shortens a text for a one-line message. */
export function excerpt(text: string, length = 70): string {
	const flat = clean(text);
	return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
