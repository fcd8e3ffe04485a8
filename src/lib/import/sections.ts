/**
 * Splits the cleaned lines into the document's numbered parts ("1. ÜLDOSA" … "8. AMETIJUHENDI
 * MUUTMINE" or the tabular form's "1. Üldosa" … "4. Õigused ja vastutus"). Parts are recognised by
 * their wording, not their number, since the two layouts number them differently.
 */
import { classifyHeadingText, type PartKey } from './labels.ts';
import type { Line } from './types.ts';

export type SectionKey = PartKey;

export interface Section {
	key: SectionKey;
	/**
	 * The part's number in the document ("3" for duties in the numbered layout, "2" in the tabular
	 * one).
	 */
	number: number;
	heading: string;
	lines: Line[];
}

export interface SplitDocument {
	layout: 'numbered' | 'tabular';
	preamble: Line[];
	sections: Section[];
}

const HEADING = /^(\d{1,2})\.\s+(\S.{0,90})$/u;

export function classifyHeading(text: string): SectionKey | undefined {
	return classifyHeadingText(text);
}

/** A heading without a number: a line of capitals only ("TEENISTUSÜLESANDED", "VALVEAEG"). */
const CAPS_HEADING = /^\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,})*:?$/u;
/** A numbered capitals heading inside a line: "… üle. 3. PÕHIKOHUSTUSED Põhiülesanded". */
const INLINE_HEADING = /(?:^|\s)(\d{1,2})\.\s+(\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,})*)(?=\s|$)/gu;

/**
 * Text from a register's web page or a PDF without line breaks runs headings into the text around
 * them ("AMETIJUHEND 1. ÜLDOSA", "2. AMETIKOHA EESMÄRK Ametikoha eesmärk on …"); such a line is cut
 * so that every known heading starts a line of its own.
 */
export function splitInlineHeadings(lines: readonly Line[]): Line[] {
	const out: Line[] = [];
	for (const line of lines) {
		if (line.bullet) {
			out.push(line);
			continue;
		}
		const cuts = [...line.text.matchAll(INLINE_HEADING)]
			.filter((match) => classifyHeading(match[2]) !== undefined)
			.map((match) => ({
				start: (match.index ?? 0) + (match[0].length - match[0].trimStart().length),
				end: (match.index ?? 0) + match[0].length,
			}))
			.filter((cut) => !(cut.start === 0 && cut.end === line.text.length));
		if (cuts.length === 0) {
			out.push(line);
			continue;
		}
		let from = 0;
		const pieces: string[] = [];
		for (const cut of cuts) {
			pieces.push(line.text.slice(from, cut.start), line.text.slice(cut.start, cut.end));
			from = cut.end;
		}
		pieces.push(line.text.slice(from));
		pieces
			.map((piece) => piece.trim())
			.filter((piece) => piece !== '')
			.forEach((piece, index) =>
				out.push({ ...line, text: piece, gap: index === 0 ? line.gap : 0 }),
			);
	}
	return out;
}

/**
 * A numbered part heading: a single number, a known wording, and a number above the previous part's
 * (so that a stray "2. …" inside the text or a repeated table of contents is not taken for a part).
 */
export function splitSections(lines: readonly Line[], spaceBullets: boolean): SplitDocument {
	const preamble: Line[] = [];
	const sections: Section[] = [];
	let current: Section | undefined;
	for (const line of splitInlineHeadings(lines)) {
		const match = line.bullet && !spaceBullets ? null : HEADING.exec(line.text);
		const key = match ? classifyHeading(match[2]) : undefined;
		const number = match ? Number(match[1]) : 0;
		if (match && key !== undefined && number > (current?.number ?? 0)) {
			current = { key, number, heading: line.text, lines: [] };
			sections.push(current);
			continue;
		}
		// An unnumbered capitals heading keeps the previous part's number (duties then carry plain
		// numbers).
		const caps = !line.bullet && CAPS_HEADING.test(line.text.trim());
		const capsKey = caps ? classifyHeading(line.text.replace(/:$/u, '')) : undefined;
		if (capsKey !== undefined && capsKey !== current?.key) {
			current = { key: capsKey, number: current?.number ?? 0, heading: line.text, lines: [] };
			sections.push(current);
			continue;
		}
		if (current) current.lines.push(line);
		else preamble.push(line);
	}
	const general = sections.find((section) => section.key === 'general');
	const numbered = general?.lines.some((line) => /^1\.1\.?\s+\p{L}/u.test(line.text)) ?? false;
	return { layout: numbered ? 'numbered' : 'tabular', preamble, sections };
}
