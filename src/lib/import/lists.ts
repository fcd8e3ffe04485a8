/**
 * Bulleted parts: rights and responsibilities (a lead sentence and items), tools and the revision
 * policy (free text or items). Hard-wrapped continuation lines are joined to their item; a
 * paragraph that clearly follows the list (blank line, finished item, capital letter) is returned
 * separately.
 */
import { clean, endsSentence, joinParagraphs, startsUpper } from './text.ts';
import type { DraftListSection, Line } from './types.ts';

export interface ParsedList extends DraftListSection {
	/** Paragraphs after the list that are not part of any item. */
	trailing: string[];
}

/** The revision-policy sentence that ends the tabular layout right after the last list. */
export const REVISION_SENTENCE = /^ametijuhend\w*\s+(?:vaadatakse|muudetakse)/iu;

/**
 * Where a non-bullet line stops continuing the item before it: after a finished item, a capitalised
 * line following a blank line, or the revision sentence (PDF text layers have no blank lines).
 */
function leavesItem(item: readonly Line[], line: Line): boolean {
	const text = item.map((part) => part.text).join(' ');
	return (
		endsSentence(text) &&
		startsUpper(line.text) &&
		(line.gap > 0 || REVISION_SENTENCE.test(line.text))
	);
}

/** "3.1 Saada …", "2) teha …": a numbered item is an item like a bulleted one (number dropped). */
const NUMBERED_ITEM = /^(?:\d+(?:\.\d+)+\.?|\d{1,2}[.)])\s+(?=\S)/u;

function numberedAsBullet(line: Line): Line {
	if (line.bullet || !NUMBERED_ITEM.test(line.text)) return line;
	return { ...line, bullet: true, text: line.text.replace(NUMBERED_ITEM, '') };
}

export function parseList(input: readonly Line[]): ParsedList {
	const lines = input.map(numberedAsBullet);
	const hasBullets = lines.some((line) => line.bullet);
	const leadLines: Line[] = [];
	const items: Line[][] = [];
	const trailing: Line[][] = [];
	let target: 'lead' | 'items' | 'trailing' = 'lead';

	for (const line of lines) {
		if (line.bullet) {
			items.push([line]);
			target = 'items';
			continue;
		}
		if (target === 'lead') {
			// Without bullets (DOCX), a first paragraph ending in ":" is the lead and the rest are
			// items.
			const isLead = hasBullets || (leadLines.length === 0 && /:$/.test(line.text.trim()));
			if (isLead && !(line.paragraph && leadLines.length > 0)) leadLines.push(line);
			else {
				items.push([line]);
				target = 'items';
			}
			continue;
		}
		if (target === 'items') {
			const item = items.at(-1) as Line[];
			if (!hasBullets && line.paragraph) items.push([line]);
			else if ((hasBullets && line.paragraph) || leavesItem(item, line)) {
				trailing.push([line]);
				target = 'trailing';
			} else item.push(line);
			continue;
		}
		const paragraph = trailing.at(-1) as Line[];
		if (line.paragraph) trailing.push([line]);
		else paragraph.push(line);
	}
	const join = (group: readonly Line[]) => clean(group.map((line) => line.text).join(' '));
	const lead = leadLines.length > 0 ? join(leadLines) : undefined;
	return {
		...(lead === undefined ? {} : { lead }),
		items: items.map(join).filter((text) => text !== ''),
		trailing: trailing.map(join).filter((text) => text !== ''),
	};
}

/** Tools and the revision policy: bulleted items and paragraphs, each kept as one entry. */
export function parseFreeText(lines: readonly Line[]): string[] {
	const entries: string[] = [];
	let paragraph: Line[] = [];
	const flush = () => {
		entries.push(...joinParagraphs(paragraph));
		paragraph = [];
	};
	let item: Line[] | undefined;
	for (const line of lines) {
		if (line.bullet) {
			flush();
			if (item) entries.push(clean(item.map((part) => part.text).join(' ')));
			item = [line];
		} else if (item && !leavesItem(item, line) && !line.paragraph) {
			item.push(line);
		} else {
			if (item) entries.push(clean(item.map((part) => part.text).join(' ')));
			item = undefined;
			paragraph.push(line);
		}
	}
	flush();
	if (item) entries.push(clean(item.map((part) => part.text).join(' ')));
	return entries.filter((text) => text !== '');
}
