/**
 * Text before section 1: the approval line and the word AMETIJUHEND are expected there, and
 * sometimes the title in the genitive ("AUTOJUHI AMETIJUHEND"). Anything else is left over.
 */
import { approvalText } from './interpret.ts';
import { clean } from './text.ts';
import type { Line } from './types.ts';

export function readPreamble(
	text: string,
	lines: readonly Line[],
): { title?: string; rest: string } {
	let rest = text;
	const approval = approvalText(rest);
	if (approval !== undefined) rest = rest.replace(approval, ' ');
	// "AUTOJUHI AMETIJUHEND": the title in the genitive in the heading block.
	const heading = lines
		.map((line) => /^(\p{Lu}[\p{Lu}\s-]*?)\s+AMETIJUHEND$/u.exec(line.text.trim()))
		.find((match) => match !== null);
	if (heading) rest = rest.replace(heading[0], ' ');
	// A directive's annex heading ("… käskkirja „…“ lisa 3", "12.02.2025 nr 2.1-4/25-7") and what
	// is left of the approval line: the agency in the genitive ("Sotsiaalkindlustusameti"),
	// "Kinnitatud".
	rest = clean(
		rest
			.replace(/\bAMETIJUHEND\b/gu, ' ')
			.replace(/^.*?käskkirja\s+[„"«].*?[“”"»]\s*/iu, ' ')
			.replace(/\blisa\s+\d+\b/giu, ' ')
			.replace(/\b\d{1,2}\.\d{1,2}\.\d{4}\s+nr\s+\S+/giu, ' '),
	)
		.replace(/^(?:(?:\p{L}+ameti|kinnitatud)\s*)+$/iu, '')
		// "KINNITATUD Keskkonnaagentuuri": the approving agency's name left of the approval line.
		.replace(/^(?:KINNITATUD|Kinnitatud)?\s*(?:\p{Lu}[\p{L}-]*\s*){0,5}$/u, '');
	return heading ? { title: heading[1], rest } : { rest };
}
