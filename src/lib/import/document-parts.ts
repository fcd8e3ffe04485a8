/**
 * What the document's parts say about it as a whole: whether it stops mid-way, whether its parts
 * carry the standard numbers, which parts it has, and the two lists of a joint rights part.
 */
import type { Section, SectionKey } from './sections.ts';
import { clean } from './text.ts';
import type { Line } from './types.ts';

/**
 * A text that stops mid-way (a register excerpt, a PDF missing its last pages): it ends in an
 * unfinished sentence in the header, the purpose or the duties, or a duties part has no duty yet.
 * Requirement parts are left out: their values ("Kõrgharidus") have no full stop anyway.
 */
export function cutOff(sections: readonly Section[]): { cutOff?: string } {
	const last = sections.at(-1);
	if (last === undefined) return {};
	const lastLine = last.lines.at(-1)?.text ?? last.heading;
	const unfinished = !/[.!?;:)»"”]$/u.test(lastLine.trim());
	const emptyDuties =
		last.key === 'duties' && !last.lines.some((line) => /^\d+(?:\.\d+)*\.?\s/u.test(line.text));
	const prose = last.key === 'general' || last.key === 'purpose' || last.key === 'duties';
	return (prose && unfinished) || emptyDuties ? { cutOff: lastLine } : {};
}

const STANDARD_NUMBERS: Record<string, number> = {
	general: 1,
	purpose: 2,
	rights: 4,
	responsibilities: 5,
	tools: 6,
	requirements: 7,
	revision: 8,
};

/**
 * The parts' numbers for the frontmatter's sectionNumbers, or undefined for the standard form
 * (every part 1–8 where it usually is). The duties' number is in their own numbers, so it is left
 * out.
 */
export function documentSectionNumbers(
	sections: readonly Section[],
): Record<string, string> | undefined {
	const numbers: Record<string, string> = {};
	for (const section of sections) {
		const keys =
			section.key === 'rightsAndResponsibilities'
				? ['rights', 'responsibilities']
				: section.key === 'competencies' || section.key === 'duties'
					? []
					: [section.key];
		for (const key of keys) numbers[key] ??= String(section.number);
	}
	const standard = Object.entries(STANDARD_NUMBERS).every(
		([key, number]) => numbers[key] === String(number),
	);
	return standard
		? undefined
		: Object.fromEntries(
				Object.keys(STANDARD_NUMBERS).flatMap((key) =>
					numbers[key] === undefined ? [] : [[key, numbers[key]]],
				),
			);
}

export function hasPart(sections: readonly Section[], key: SectionKey): boolean {
	return sections.some(
		(section) =>
			section.key === key ||
			(section.key === 'rightsAndResponsibilities' &&
				(key === 'rights' || key === 'responsibilities')),
	);
}

/** "4. Õigused ja vastutus" holds both lists under the sub-headings "Õigused" and "Vastutus". */
export function splitRightsAndResponsibilities(lines: readonly Line[]): {
	rights: Line[];
	responsibilities: Line[];
	before: Line[];
} {
	const parts = { before: [] as Line[], rights: [] as Line[], responsibilities: [] as Line[] };
	let target: keyof typeof parts = 'before';
	for (const line of lines) {
		const heading = line.bullet
			? ''
			: clean(line.text).replace(/:$/u, '').toLocaleLowerCase('et');
		if (heading === 'õigused') target = 'rights';
		else if (heading === 'vastutus') target = 'responsibilities';
		else parts[target].push(line);
	}
	return parts;
}
