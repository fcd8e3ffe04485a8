/**
 * The duty/result table, which text extraction flattens into one stream: a numbered duty, its text
 * (hard-wrapped), then its bulleted expected results, then the next duty. Page breaks inside a row
 * and lost bullets are repaired here.
 */
import { vocabulary } from './labels.ts';
import { importMessages } from './messages.ts';
import { clean, isTerminated, joinParagraphs, startsLower } from './text.ts';
import type { DraftDuty, Line, ReportItem } from './types.ts';

const DUTY = /^(\d+(?:\.\d+)+)\.?\s+(\S.*)$/u;
/** Under an unnumbered heading ("TEENISTUSÜLESANDED"), duties are numbered 1., 2. or 1), 2). */
const PLAIN_DUTY = /^(\d{1,2})[.)]\s+(\S.*)$/u;
/**
 * The table's column header, "Põhiülesanded Oodatavad tulemused", or its cells on lines of their
 * own (DOCX).
 */
const COLUMN_HEADER =
	/^(?:(?:[\p{L}-]+\s+)?[\p{L}-]*(?:ülesanded|kohustused)(?:\s+oodatavad tulemused)?|oodatavad tulemused)$/iu;
/** A lost bullet inside a line (seed 002, duty 3.7): a finished sentence, two spaces, a capital. */
const LOST_BULLET = /^(.*?[.;!?])\s{2,}(?=\p{Lu})(.*)$/u;
/** A page break puts the ends of both cells on one line: "taotlusele. teenistuskohustustele." */
const TWO_CELL_ENDS = /^(.*?[.;])\s+(?=\p{Ll})(.*)$/u;

/**
 * A column header row of other agencies' tables (labels.yaml tableHeaders), whole or cut in two.
 */
function isTableHeader(text: string): boolean {
	const lower = clean(text).toLocaleLowerCase('et');
	return (
		lower.length >= 8 &&
		vocabulary.tableHeaders.some(
			(header) => lower.startsWith(header) || header.startsWith(lower),
		)
	);
}

export interface DutyOptions {
	/** The part's number ("3" or "2"): duty numbers start with it. */
	sectionNumber: number;
	spaceBullets: boolean;
}

interface OpenDuty {
	number: string;
	text: Line[];
	results: Line[][];
}

export function parseDuties(
	lines: readonly Line[],
	{ sectionNumber, spaceBullets }: DutyOptions,
): { duties: DraftDuty[]; unplaced: string[]; report: ReportItem[] } {
	const report: ReportItem[] = [];
	const info = (message: string) =>
		report.push({ severity: 'info', field: 'Tööülesanded', message });
	const open: OpenDuty[] = [];
	const before: Line[] = [];
	// DOCX raw text loses list bullets; then the first paragraph of a row is the duty, the rest
	// results.
	const implicitResults =
		lines.length > 0 && lines.every((line) => line.paragraph && !line.bullet);
	if (implicitResults) info(importMessages.implicitResults());

	for (const line of lines) {
		// The header row repeats on every page; a lone "…ülesanded" cell only counts before the
		// first duty.
		if (
			!line.bullet &&
			COLUMN_HEADER.test(clean(line.text)) &&
			(open.length === 0 || /oodatavad tulemused$/iu.test(line.text.trim()))
		)
			continue;
		if (!line.bullet && isTableHeader(line.text)) continue;
		const match = line.bullet
			? null
			: sectionNumber === 0
				? (PLAIN_DUTY.exec(line.text) ?? DUTY.exec(line.text))
				: DUTY.exec(line.text);
		if (match && (sectionNumber === 0 || match[1].startsWith(`${sectionNumber}.`))) {
			const duty: OpenDuty = { number: match[1], text: [], results: [] };
			open.push(duty);
			const split = spaceBullets ? LOST_BULLET.exec(match[2]) : null;
			if (split) {
				duty.text.push({ ...line, text: split[1], paragraphEnd: false });
				duty.results.push([{ ...line, text: split[2], bullet: true, gap: 0 }]);
				info(importMessages.lostBulletSplit(duty.number, split[2]));
			} else {
				duty.text.push({ ...line, text: match[2] });
			}
			continue;
		}
		const duty = open.at(-1);
		if (!duty) {
			before.push(line);
			continue;
		}
		if (line.bullet || implicitResults) {
			duty.results.push([line]);
			continue;
		}
		const result = duty.results.at(-1);
		if (!result) {
			duty.text.push(line);
			continue;
		}
		const dutyText = clean(duty.text.map((part) => part.text).join(' '));
		const resultText = clean(result.map((part) => part.text).join(' '));
		if (!isTerminated(dutyText) && startsLower(line.text)) {
			const cells = TWO_CELL_ENDS.exec(line.text);
			if (cells && !isTerminated(resultText)) {
				duty.text.push({ ...line, text: cells[1], gap: 0, paragraphEnd: false });
				result.push({ ...line, text: cells[2] });
				info(importMessages.pageBreakSplit(duty.number, cells[1], cells[2]));
				continue;
			}
			if (isTerminated(resultText)) {
				duty.text.push({ ...line, gap: 0, paragraphEnd: false });
				report.push({
					severity: 'attention',
					field: 'Tööülesanded',
					message: importMessages.textToDuty(duty.number, line.text),
				});
				continue;
			}
		}
		result.push(line);
	}

	const duties = open.map((duty) => ({
		number: duty.number,
		text: joinParagraphs(duty.text),
		results: duty.results
			.map((result) => clean(result.map((part) => part.text).join(' ')))
			.filter((text) => text !== ''),
	}));
	return { duties, unplaced: before.length > 0 ? joinParagraphs(before) : [], report };
}
