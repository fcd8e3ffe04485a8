/**
 * A directive (käskkiri) that approves several job descriptions holds its own text first and then
 * one annex (lisa) per description, each opening with "KINNITATUD … käskkirjaga nr N Lisa K" (or,
 * in other agencies' registers, "… käskkirja „…“ lisa K" and the date and number). This module cuts
 * the text into the directive and its annexes and reads the directive's date, number and the
 * earlier directives it repeals ("Tunnistan kehtetuks …").
 */
import { isRealDate } from '../../../schemas/shared.ts';
import type { Approval } from './interpret.ts';

export interface RepealedDirective {
	date: string;
	directive: string;
}

export interface SplitText {
	/** The directive's own text before the first annex, when the text is a directive. */
	directive?: {
		approval?: Approval;
		repealed: RepealedDirective[];
		/** "Tunnistan kehtetuks …" as written, for the report. */
		repealText?: string;
	};
	/** One text per job description (the whole text when it is not a directive). */
	annexes: { text: string; number?: number }[];
}

/** "KINNITATUD" opening an annex (SKA and most agencies). */
const APPROVED = /^\s*kinnitatud\b/iu;
/** "lisa 3" on its own line (other registers' annex heading). */
const ANNEX_LINE = /^\s*lisa\s+(\d{1,3})\s*$/iu;
/** Lines of such a heading above "lisa 3": the approver and the directive's title. */
const ANNEX_HEAD = /käskkirja|direktori|juhataja|ameti\b|ministri|[„“”"]/iu;
const DIRECTIVE_WORDS = /\bkäskkiri\b|\bkinnitan\b|tunnistan kehtetuks|tunnistada kehtetuks/iu;
const DATE_NUMBER =
	/(\d{1,2})\.(\d{1,2})\.(\d{4})\.?\s*(?:a\.?\s*)?(?:käskkirja(?:ga)?\s+)?nr\.?\s*([\p{L}\d][\p{L}\d\-/.]*)/giu;

function isoDate(day: string, month: string, year: string): string | undefined {
	const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isRealDate(date) ? date : undefined;
}

function annexNumber(text: string): number | undefined {
	const match = /\blisa\s+(\d{1,3})\b/iu.exec(text.split('\n').slice(0, 6).join(' '));
	return match ? Number(match[1]) : undefined;
}

export function splitDirective(text: string): SplitText {
	const lines = text.replace(/\r\n?/gu, '\n').split('\n');
	let starts = lines.flatMap((line, index) => (APPROVED.test(line) ? [index] : []));
	if (starts.length === 0) {
		// "… käskkirja „…“ / lisa 3": the annex begins with the heading lines above "lisa 3".
		starts = lines.flatMap((line, index) => {
			if (!ANNEX_LINE.test(line)) return [];
			let start = index;
			while (start > 0 && index - start < 4 && ANNEX_HEAD.test(lines[start - 1])) start -= 1;
			return [start];
		});
	}
	const head = lines.slice(0, starts[0] ?? lines.length).join('\n');
	const isDirective = starts.length > 0 && DIRECTIVE_WORDS.test(head);
	if (!isDirective) {
		if (starts.length <= 1) return { annexes: [{ text, ...numbered(text) }] };
		// Several annexes without the directive's text: each one still stands alone.
		starts[0] = 0;
	}
	const annexes = starts.map((start, index) => {
		const annex = lines.slice(start, starts[index + 1] ?? lines.length).join('\n');
		return { text: annex, ...numbered(annex) };
	});
	if (!isDirective) return { annexes };
	return { directive: readDirective(head), annexes };
}

function numbered(text: string): { number?: number } {
	const number = annexNumber(text);
	return number === undefined ? {} : { number };
}

function readDirective(head: string): NonNullable<SplitText['directive']> {
	const flat = head.replace(/\s+/gu, ' ');
	const first = new RegExp(DATE_NUMBER.source, 'iu').exec(flat);
	const approval: Approval | undefined = first
		? {
				...(isoDate(first[1], first[2], first[3]) === undefined
					? {}
					: { date: isoDate(first[1], first[2], first[3]) }),
				directive: first[4].replace(/[.]+$/u, ''),
			}
		: undefined;
	// "2. Tunnistan kehtetuks …" up to the directive's next point ("3. Käskkiri jõustub …").
	const repeal =
		/tunnista(?:n|da)\s+kehtetuks\b(.*?)(?=\s\d{1,2}\.\s+\p{Lu}|\(allkirjastatud|$)/iu.exec(
			flat,
		);
	const repealed: RepealedDirective[] = [];
	for (const match of repeal?.[1].matchAll(DATE_NUMBER) ?? []) {
		const date = isoDate(match[1], match[2], match[3]);
		const directive = match[4].replace(/[.,;]+$/u, '');
		if (
			date !== undefined &&
			!repealed.some((r) => r.date === date && r.directive === directive)
		)
			repealed.push({ date, directive });
	}
	return {
		...(approval === undefined ? {} : { approval }),
		repealed,
		...(repeal === null ? {} : { repealText: `Tunnistan kehtetuks${repeal[1]}`.trim() }),
	};
}
