/**
 * The editor's file format: a position file as the CMS entry's data and back. The data is the
 * frontmatter's fields, the body as lists (`body`) and the file as opened (`source`, a hidden field), so
 * that saving writes through src/lib/editor/write.ts and keeps every line the edit does not touch.
 */
import type { MarkdownParser } from '../content/parse-body.ts';
import {
	readPositionForm,
	renderCanonical,
	type BodyForm,
	type DutyForm,
	type ListForm,
} from './form.ts';
import { writePositionFile } from './write.ts';

/** Keys of the entry data that are not frontmatter. */
const NOT_FRONTMATTER = new Set(['body', 'source', 'checks']);

export type EntryData = Record<string, unknown>;

export function fileToEntry(text: string, parse: MarkdownParser): EntryData {
	const form = readPositionForm(text, parse);
	return { ...form.frontmatter, body: form.body, source: text };
}

const isEmpty = (value: unknown) =>
	value === undefined ||
	value === null ||
	value === '' ||
	(Array.isArray(value) && value.length === 0) ||
	(typeof value === 'object' && value !== null && Object.keys(value).length === 0);

/**
 * The form's values without what the CMS adds on its own: an emptied or never-filled field (undefined,
 * '', [] or {}) is left out, unless the file as opened had that very value there. Keys keep the
 * file's order.
 */
export function pruneAdded(value: unknown, opened: unknown): unknown {
	if (Array.isArray(value)) {
		const before = Array.isArray(opened) ? opened : [];
		return value.map((item, index) => pruneAdded(item, before[index]));
	}
	if (value === null || typeof value !== 'object') return value;
	const before =
		opened !== null && typeof opened === 'object' && !Array.isArray(opened)
			? (opened as Record<string, unknown>)
			: {};
	const out: Record<string, unknown> = {};
	const record = value as Record<string, unknown>;
	// The file's key order (requirements are listed in the document's order), new keys after.
	const keys = [
		...Object.keys(before).filter((key) => key in record),
		...Object.keys(record).filter((key) => !(key in before)),
	];
	for (const key of keys) {
		const pruned = pruneAdded(record[key], before[key]);
		if (isEmpty(pruned) && !(key in before && isEmpty(before[key]))) continue;
		out[key] = pruned;
	}
	return out;
}

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : '')) : [];
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function listForm(value: unknown): ListForm {
	const section = (value ?? {}) as Partial<Record<keyof ListForm, unknown>>;
	return { lead: text(section.lead), items: strings(section.items) };
}

/** The body as the CMS hands it back (fields it never touched may be missing). */
export function bodyFromEntry(value: unknown): BodyForm {
	const body = (value ?? {}) as Partial<Record<keyof BodyForm, unknown>>;
	const duties = Array.isArray(body.duties) ? (body.duties as Partial<DutyForm>[]) : [];
	return {
		duties: duties.map((duty) => ({
			number: text(duty.number),
			text: text(duty.text),
			results: strings(duty.results),
		})),
		rights: listForm(body.rights),
		responsibilities: listForm(body.responsibilities),
		tools: strings(body.tools),
		revisionPolicy: strings(body.revisionPolicy),
	};
}

/** The file text for the entry's data; the file as opened is in `source`. */
export function entryToFile(data: EntryData, parse: MarkdownParser): string {
	const source = text(data.source);
	const opened = source === '' ? { frontmatter: {} } : readPositionForm(source, parse);
	const edited = Object.fromEntries(
		Object.entries(data).filter(([key]) => !NOT_FRONTMATTER.has(key)),
	);
	const frontmatter = pruneAdded(edited, opened.frontmatter) as Record<string, unknown>;
	const form = { frontmatter, body: bodyFromEntry(data.body) };
	return source === '' ? renderCanonical(form) : writePositionFile(source, form, parse).text;
}
