/**
 * Turns extracted text into clean lines: bullets made uniform, page-break leftovers, page numbers,
 * table-of-contents residue and the signature block removed, and per line the hints the section
 * parsers need (bullet, blank lines before it, paragraph end).
 */
import { importMessages } from './messages.ts';
import type { Line, ReportItem } from './types.ts';

/**
 * Bullet characters seen in extracted job descriptions: Wingdings U+F0A7 and U+F0B7 (private use
 * area, as the PDFs embed them), and the ordinary Unicode bullets a DOCX or a re-typed text has.
 */
const BULLET = /[\uF0A7\uF0B7\uF0D8\uF076\uF0FC\u2022\u25AA\u25CF\u25E6\u2219]/u;
const BULLET_SPLIT = /\s*[\uF0A7\uF0B7\uF0D8\uF076\uF0FC\u2022\u25AA\u25CF\u25E6\u2219]\s*/u;
/** "3", "Lk 2", "2/5", "Leht 2 (5)", "- 3 -": a page number left between two pages. */
const PAGE_NUMBER =
	/^(?:(?:lk|lehekülg|leht)\.?\s*)?[-–]?\s*\d{1,3}\s*(?:(?:\/|of|\()\s*\d{1,3}\s*\)?)?\s*[-–]?$/iu;
/**
 * A page header or footer with the page of pages: "Sotsiaalkindlustusamet | Ametijuhend | Lk 1/3".
 */
const PAGE_MARKER =
	/(?:^|[\s|])(?:lk|lehekülg|leht)\.?\s*\d{1,3}\s*(?:\/|\(|of|-)\s*\d{1,3}\)?\s*$/iu;
const NUMBER_THEN_BULLET =
	/^(\d+(?:\.\d+)+\.?)\s*[\uF0A7\uF0B7\uF0D8\uF076\uF0FC\u2022\u25AA\u25CF\u25E6\u2219]\s*/u;
/** A dash or en dash list marker at the start of a line ("- Tagatud on …"). */
const DASH_BULLET = /^[-–]\s+(?=\S)/u;
/** A dash marker after a finished cell on the same line ("3.2 teostab …; - dokumendid …"). */
const DASH_SPLIT = /(?<=[;.])\s+[-–]\s+(?=\p{L})/u;
/**
 * Words after a line-end hyphen that mean it is a shared compound part ("töökeskkonna- ja"), not a
 * break.
 */
const NOT_HYPHENATION = /^(?:ja|või|ning|ega|kui|and|or)\b/u;

/** Lines that open the signature block at the end of a signed document. */
const SIGNATURE_START = [
	/^\(?allkirjastatud digitaalselt\)?/iu,
	/^poolte allkirjad/iu,
	/^(?:tööandja|töötaja|teenistuja|ametnik|tööandja esindaja)\s*:/iu,
	/^allkiri\s*:?/iu,
];
/**
 * Lines that carry a person's name by their nature (author, acknowledgement); never carried over.
 */
const PERSON_LINE =
	/^(?:koostaja|koostas|kooskõlastaja|kooskõlastatud|tutvunud|ametijuhendiga tutvunud|allkirjastaja)\s*:/iu;
/** A table-of-contents entry: tab-indented, or ending in a dot leader and page number. */
const TOC_ENTRY = /^\t|\.{4,}\s*\d+\s*$|\t\d+\s*$/u;

export interface NormalizedText {
	lines: Line[];
	/** The bullets were lost and show as a leading space (seed 002). */
	spaceBullets: boolean;
	/** One paragraph per line, blank lines between (DOCX raw text). */
	paragraphMode: boolean;
	/** What the clean-up removed or assumed. */
	report: ReportItem[];
}

interface RawLine {
	raw: string;
}

export function normalizeText(input: string): NormalizedText {
	const report: ReportItem[] = [];
	const info = (message: string) => report.push({ severity: 'info', field: '', message });
	const text = input
		.replace(/\r\n?/g, '\n')
		.replace(/\f/g, '\n\n\n')
		.replace(/[\u00A0\u2007\u202F]/g, ' ')
		.replace(/[\u00AD\u200B\u200C\uFEFF\u200D]/g, '');
	// Trailing spaces stay: two of them mark a paragraph end.
	let raw: RawLine[] = text.split('\n').map((line) => ({ raw: line }));
	const hyphenation = joinHyphenation(raw);
	if (hyphenation.joined > 0) {
		raw = hyphenation.lines;
		info(importMessages.hyphenationJoined(hyphenation.joined));
	}

	const toc = trailingToc(raw);
	if (toc) {
		raw = raw.slice(0, toc.start);
		info(importMessages.tocRemoved(toc.entries));
	}
	const signature = signatureStart(raw);
	if (signature !== undefined) {
		const count = raw.slice(signature).filter((line) => line.raw.trim() !== '').length;
		raw = raw.slice(0, signature);
		info(importMessages.signatureRemoved(count));
	}
	// Blanked rather than removed: the blank lines they leave still separate what was around them.
	const blank = (pattern: RegExp, message: (count: number) => string) => {
		const count = raw.filter((line) => pattern.test(line.raw.trim())).length;
		if (count === 0) return;
		raw = raw.map((line) => (pattern.test(line.raw.trim()) ? { raw: '' } : line));
		info(message(count));
	};
	blank(PERSON_LINE, importMessages.personLinesRemoved);
	blank(PAGE_NUMBER, importMessages.pageNumbersRemoved);
	blank(PAGE_MARKER, importMessages.pageMarkersRemoved);

	const hasSymbolBullets = raw.some((line) => BULLET.test(line.raw));
	const spaceBullets =
		!hasSymbolBullets && raw.filter((line) => /^ \S/.test(line.raw)).length >= 3;
	if (spaceBullets) info(importMessages.spaceBullets());
	const paragraphMode = isParagraphText(raw);
	if (paragraphMode) info(importMessages.paragraphText());

	const lines: Line[] = [];
	let gap = 0;
	for (const { raw: rawLine } of raw) {
		if (rawLine.trim() === '') {
			gap += 1;
			continue;
		}
		const paragraphEnd = /\S {2,}$/.test(rawLine);
		const spaceBullet = spaceBullets && /^ \S/.test(rawLine);
		const dashed = DASH_BULLET.test(rawLine.trim());
		const parts = rawLine
			.trim()
			// "2.1 \uF0A7 Seirab …": a list marker between a duty's number and its text is not a
			// result.
			.replace(NUMBER_THEN_BULLET, '$1 ')
			.replace(DASH_BULLET, '\u2022 ')
			.split(DASH_SPLIT)
			.join(' \u2022 ')
			.split(BULLET_SPLIT);
		const leadsWithBullet = dashed || BULLET.test(rawLine.trim().charAt(0));
		let first = true;
		parts.forEach((part, index) => {
			const partText = part.trim();
			if (partText === '') return;
			lines.push({
				text: partText,
				bullet: index > 0 || leadsWithBullet || spaceBullet,
				gap: first ? gap : 0,
				paragraphEnd: index === parts.length - 1 ? paragraphEnd : false,
				paragraph: paragraphMode,
			});
			first = false;
		});
		gap = 0;
	}
	return { lines, spaceBullets, paragraphMode, report };
}

/**
 * A word broken at a line end by the PDF's hyphenation ("kvali-" / "teedi") is joined again. A
 * hyphen before "ja", "või" … is a shared compound part and stays.
 */
function joinHyphenation(lines: readonly RawLine[]): { lines: RawLine[]; joined: number } {
	const out: RawLine[] = [];
	let joined = 0;
	for (const line of lines) {
		const previous = out.at(-1);
		const next = line.raw.trimStart();
		if (
			previous !== undefined &&
			/\p{Ll}-$/u.test(previous.raw.trimEnd()) &&
			/^\p{Ll}/u.test(next) &&
			!NOT_HYPHENATION.test(next)
		) {
			previous.raw = previous.raw.trimEnd().slice(0, -1) + next;
			joined += 1;
			continue;
		}
		out.push({ ...line });
	}
	return { lines: out, joined };
}

/**
 * Where table-of-contents residue at the end starts, and how many entries it has (at least two).
 */
function trailingToc(lines: readonly RawLine[]): { start: number; entries: number } | undefined {
	let end = lines.length;
	while (end > 0 && lines[end - 1].raw.trim() === '') end -= 1;
	let start = end;
	while (
		start > 0 &&
		(TOC_ENTRY.test(lines[start - 1].raw) ||
			(lines[start - 1].raw.trim() === '' && start < end))
	)
		start -= 1;
	const entries = lines.slice(start, end).filter((line) => line.raw.trim() !== '').length;
	return entries >= 2 ? { start, entries } : undefined;
}

/**
 * Where the signature block begins: the first signature line after which only short lines (names,
 * "Peadirektor") follow. Searching from the end keeps a "Tööandja:" inside the text from cutting
 * it.
 */
function signatureStart(lines: readonly RawLine[]): number | undefined {
	let start: number | undefined;
	for (let index = lines.length - 1; index >= 0; index -= 1) {
		const text = lines[index].raw.trim();
		if (text === '') continue;
		if (SIGNATURE_START.some((pattern) => pattern.test(text))) {
			start = index;
			continue;
		}
		if (text.split(/\s+/).length > 8) break;
	}
	return start;
}

/** DOCX raw text: blank lines between all paragraphs, so almost no line runs into the next. */
function isParagraphText(lines: readonly RawLine[]): boolean {
	let nonBlank = 0;
	let runOn = 0;
	lines.forEach((line, index) => {
		if (line.raw.trim() === '') return;
		nonBlank += 1;
		if (index + 1 < lines.length && lines[index + 1].raw.trim() !== '') runOn += 1;
	});
	return nonBlank >= 10 && runOn <= nonBlank * 0.05;
}
