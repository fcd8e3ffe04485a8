/**
 * Competency lists. Two shapes occur, sometimes in one list: a name line ("Kliendikesksus:")
 * followed by bulleted indicators, and one bullet per competency with the name first ("Korrektsus:
 * Täidab …", "Analüüsioskus. Valib …", "Uuendusmeelsus – oleme …", even "Avatud mõtlemine Mõtleb
 * …"). The catalogue (names and aliases) tells where a name ends; a bullet that starts with no name
 * is a note.
 */
import { clean, endsSentence, startsUpper } from './text.ts';
import type { DraftCompetency, Line } from './types.ts';

/** Whether a text is a competency name or alias in the catalogue. */
export type IsCompetencyName = (name: string) => boolean;

const SEPARATOR = /^\s*[:.–—-]/u;
const TRIM_END = /[\s:.;,–—-]+$/u;
const TRIM_START = /^[\s:.;,–—-]+/u;

/**
 * Splits "Name: description" into name and description. A catalogue name may be followed by ":",
 * ".", a dash or directly by a capitalised sentence; an unknown name needs ":" or a dash (or a
 * short phrase before the first full stop) to count as a name at all.
 */
export function splitNamed(
	text: string,
	isName: IsCompetencyName,
	strict = false,
): { name: string; rest: string; known: boolean } | undefined {
	const words = text.split(' ');
	for (let count = Math.min(words.length, 12); count >= 1; count -= 1) {
		const candidate = words.slice(0, count).join(' ');
		const name = candidate.replace(TRIM_END, '');
		if (name === '' || !isName(name)) continue;
		const after = text.slice(name.length);
		const rest = after.replace(TRIM_START, '').trim();
		const separated = SEPARATOR.test(after) || rest === '';
		if (!separated && (strict || !startsUpper(rest))) continue;
		return { name, rest, known: true };
	}
	if (strict) return undefined;
	const colon =
		/^([^:]{2,80}?):\s+(\S.*)$/u.exec(text) ?? /^(\S[^–—]{1,60}?)\s+[–—]\s+(\S.*)$/u.exec(text);
	if (colon && colon[1].split(' ').length <= 8 && startsUpper(colon[1]))
		return { name: colon[1].trim(), rest: colon[2].trim(), known: false };
	const sentence = /^([^.]{2,60}?)\.\s+(\p{Lu}.*)$/u.exec(text);
	if (sentence && sentence[1].split(' ').length <= 4 && startsUpper(sentence[1])) {
		return { name: sentence[1].trim(), rest: sentence[2].trim(), known: false };
	}
	return undefined;
}

/** A line that names a competency whose indicators follow as bullets. */
function nameLine(line: Line, isName: IsCompetencyName): string | undefined {
	if (line.bullet) return undefined;
	const text = clean(line.text);
	const name = text.replace(/\s*:$/u, '');
	if (text.endsWith(':') && name.split(' ').length <= 8 && startsUpper(name)) return name;
	return isName(name) ? name : undefined;
}

export function parseCompetencies(
	lines: readonly Line[],
	isName: IsCompetencyName,
): { items: DraftCompetency[]; notes: string[] } {
	const items: DraftCompetency[] = [];
	const notes: string[] = [];
	/** Entry the next continuation line belongs to. */
	let target: { kind: 'indicator'; item: DraftCompetency } | { kind: 'note' } | undefined;
	/** Competency opened by a name line, collecting bulleted indicators. */
	let open: DraftCompetency | undefined;

	const append = (text: string) => {
		if (target?.kind === 'indicator') {
			const { indicators } = target.item;
			if (indicators.length === 0) indicators.push(text);
			else indicators[indicators.length - 1] = clean(`${indicators.at(-1)} ${text}`);
		} else if (target?.kind === 'note') {
			notes[notes.length - 1] = clean(`${notes.at(-1)} ${text}`);
		} else {
			notes.push(text);
			target = { kind: 'note' };
		}
	};

	for (const line of lines) {
		const text = clean(line.text);
		const name = nameLine(line, isName);
		if (name !== undefined) {
			open = { name, indicators: [] };
			items.push(open);
			target = { kind: 'indicator', item: open };
			continue;
		}
		const previous =
			target?.kind === 'indicator' ? target.item.indicators.at(-1) : notes.at(-1);
		const startsEntry =
			line.bullet ||
			line.paragraph ||
			(previous !== undefined && line.gap > 0 && endsSentence(previous) && startsUpper(text));
		if (!startsEntry) {
			append(text);
			continue;
		}
		const named = splitNamed(text, isName, open !== undefined);
		if (named) {
			const item = { name: named.name, indicators: named.rest === '' ? [] : [named.rest] };
			items.push(item);
			open = undefined;
			target = { kind: 'indicator', item };
		} else if (open) {
			open.indicators.push(text);
			target = { kind: 'indicator', item: open };
		} else {
			notes.push(text);
			target = { kind: 'note' };
		}
	}
	return { items, notes };
}
