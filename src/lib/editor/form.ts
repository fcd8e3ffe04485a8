/**
 * A position file as the editor's form value, and back: the frontmatter as written (no defaults filled
 * in, so saving does not add fields the author left out) and the body as lists of items — duties with
 * their expected results, rights, responsibilities, tools and the revision policy.
 *
 * Browser-safe: the Markdown parser is passed in (Sätteri's native binding in Node, remark-parse in the
 * page), and the YAML library is `yaml`, which has no Node dependency.
 */
import { parse as parseYaml } from 'yaml';
import type { PositionBody } from '../../../schemas/position.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { parseMarkdown, parsePositionBody, type MarkdownParser } from '../content/parse-body.ts';
import type { ImportedPosition } from '../import/map-document.ts';
import { renderPosition } from '../import/render.ts';

/** One duty: its number as in the document ("3.1.1"), its text and its expected results. */
export interface DutyForm {
	number: string;
	/** Paragraphs of the duty, separated by a blank line (the first is the heading). */
	text: string;
	results: string[];
}

/** Rights or responsibilities: an optional lead sentence ("Omab õigust:") and the items. */
export interface ListForm {
	/** Empty when the section has no lead sentence. */
	lead: string;
	items: string[];
}

export interface BodyForm {
	duties: DutyForm[];
	rights: ListForm;
	responsibilities: ListForm;
	/** Paragraphs of the tools section. */
	tools: string[];
	revisionPolicy: string[];
}

export interface PositionForm {
	/** The frontmatter as the file writes it, keys in the file's order. */
	frontmatter: Record<string, unknown>;
	body: BodyForm;
}

const PARAGRAPH_BREAK = '\n\n';

export function bodyToForm(body: PositionBody): BodyForm {
	const list = (section: PositionBody['rights']): ListForm => ({
		lead: section.lead ?? '',
		items: [...section.items],
	});
	return {
		duties: body.duties.map((duty) => ({
			number: duty.number,
			text: duty.text.join(PARAGRAPH_BREAK),
			results: [...duty.results],
		})),
		rights: list(body.rights),
		responsibilities: list(body.responsibilities),
		tools: [...body.tools],
		revisionPolicy: [...body.revisionPolicy],
	};
}

/** Splits a form's paragraphs: blank lines separate them, other line breaks are spaces in Markdown. */
function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/u)
		.map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
		.filter((paragraph) => paragraph !== '');
}

function cleanItems(items: readonly string[]): string[] {
	return items.map((item) => item.replace(/\s+/gu, ' ').trim()).filter((item) => item !== '');
}

export function formToBody(form: BodyForm): ImportedPosition['body'] {
	const list = (section: ListForm) => {
		const lead = section.lead.replace(/\s+/gu, ' ').trim();
		return { ...(lead === '' ? {} : { lead }), items: cleanItems(section.items) };
	};
	return {
		duties: form.duties.map((duty) => ({
			number: duty.number.trim().replace(/\.$/u, ''),
			text: paragraphs(duty.text),
			results: cleanItems(duty.results),
		})),
		rights: list(form.rights),
		responsibilities: list(form.responsibilities),
		tools: form.tools.flatMap(paragraphs),
		revisionPolicy: cleanItems(form.revisionPolicy),
	};
}

/** The frontmatter YAML and the Markdown body of a position file; throws when there is no frontmatter. */
export function splitPositionFile(text: string): { yaml: string; body: string } {
	if (!/^---[ \t]*(\n|$)/u.test(text)) throw new Error('frontmatter missing');
	const { yaml, content } = splitFrontmatter(text);
	if (yaml === undefined) throw new Error('frontmatter missing');
	return { yaml, body: content };
}

/** Reads a position file into the form value. */
export function readPositionForm(
	text: string,
	parse: MarkdownParser = parseMarkdown,
): PositionForm {
	const { yaml, body } = splitPositionFile(text);
	const data: unknown = parseYaml(yaml, { version: '1.2' });
	const frontmatter =
		data !== null && typeof data === 'object' && !Array.isArray(data)
			? (data as Record<string, unknown>)
			: {};
	return { frontmatter, body: bodyToForm(parsePositionBody(body, 1, false, parse).body) };
}

/** The file in the project's canonical layout (src/lib/import/render.ts), comments not included. */
export function renderCanonical(form: PositionForm): string {
	return renderPosition({
		id: '',
		folder: '',
		frontmatter: form.frontmatter as ImportedPosition['frontmatter'],
		body: formToBody(form.body),
		comments: [],
		unplaced: [],
		report: [],
		header: {},
	});
}
