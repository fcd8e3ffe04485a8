/**
 * Splits the cleaned lines into the document's numbered parts ("1. ÜLDOSA" … "8. AMETIJUHENDI
 * MUUTMINE" or the tabular form's "1. Üldosa" … "4. Õigused ja vastutus"). Parts are recognised by
 * their wording, not their number, since the two layouts number them differently.
 */
import type { Line } from './types.ts';

export type SectionKey =
	| 'general'
	| 'purpose'
	| 'duties'
	| 'rights'
	| 'responsibilities'
	| 'rightsAndResponsibilities'
	| 'tools'
	| 'requirements'
	| 'competencies'
	| 'revision';

export interface Section {
	key: SectionKey;
	/** The part's number in the document ("3" for duties in the numbered layout, "2" in the tabular one). */
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

/** Heading wording → part, most specific first. */
const CLASSIFY: readonly [RegExp, SectionKey][] = [
	[/^üldosa\b/u, 'general'],
	[/^õigused ja vastutus/u, 'rightsAndResponsibilities'],
	[/^õigused\b/u, 'rights'],
	[/^vastutus\b/u, 'responsibilities'],
	[/^töövahendid\b/u, 'tools'],
	[/eesmärk/u, 'purpose'],
	[/ülesanded|kohustused/u, 'duties'],
	[/nõuded/u, 'requirements'],
	[/kompetents/u, 'competencies'],
	[/muutmine|ülevaatamine/u, 'revision'],
];

export function classifyHeading(text: string): SectionKey | undefined {
	const lower = text.toLocaleLowerCase('et').replace(/\s+/g, ' ').trim();
	return CLASSIFY.find(([pattern]) => pattern.test(lower))?.[1];
}

/**
 * A numbered part heading: a single number, a known wording, and a number above the previous part's
 * (so that a stray "2. …" inside the text or a repeated table of contents is not taken for a part).
 */
export function splitSections(lines: readonly Line[], spaceBullets: boolean): SplitDocument {
	const preamble: Line[] = [];
	const sections: Section[] = [];
	let current: Section | undefined;
	for (const line of lines) {
		const match = line.bullet && !spaceBullets ? null : HEADING.exec(line.text);
		const key = match ? classifyHeading(match[2]) : undefined;
		const number = match ? Number(match[1]) : 0;
		if (match && key !== undefined && number > (current?.number ?? 0)) {
			current = { key, number, heading: line.text, lines: [] };
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
