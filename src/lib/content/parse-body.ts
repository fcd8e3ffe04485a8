import type { List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import type { Duty, ListSection, PositionBody } from '../../../schemas/position.ts';
import { messages } from './messages.ts';
import { findDeepMarkdown, MAX_NESTING } from './nesting.ts';
import { suggest } from './suggest.ts';

/** Body sections in the official order of the document (sections 3–6 and 8). */
export const SECTIONS = {
	duties: 'Tööülesanded',
	rights: 'Õigused',
	responsibilities: 'Vastutus',
	tools: 'Töövahendid',
	revisionPolicy: 'Ametijuhendi muutmine',
} as const;

export type SectionKey = keyof typeof SECTIONS;
const SECTION_ORDER = Object.keys(SECTIONS) as SectionKey[];
const SECTION_TITLES = Object.values(SECTIONS) as string[];
/** Section by its title in lower case (Estonian rules), so a heading is lowered once, not once per section. */
const SECTION_BY_TITLE = new Map(SECTION_ORDER.map((key) => [SECTIONS[key].toLocaleLowerCase('et'), key]));
/** Section by its title as written in the document: most headings are, and lowering costs more than the rest of a heading. */
const SECTION_BY_EXACT_TITLE = new Map(SECTION_ORDER.map((key) => [SECTIONS[key] as string, key]));

/** The number of `\n` in a text. */
export function countNewlines(text: string): number {
	let count = 0;
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count += 1;
	return count;
}
/**
 * Sections every described position must have. Töövahendid and Ametijuhendi muutmine are optional:
 * seed 004 has no Töövahendid, and a warning asking for a section the document does not have is one
 * nobody can act on.
 */
const REQUIRED_SECTIONS: readonly SectionKey[] = ['duties', 'rights', 'responsibilities'];

export interface BodyProblem {
	line: number;
	column: number;
	field: string;
	message: string;
	severity: 'error' | 'warning';
}

export interface ParsedBody {
	body: PositionBody;
	problems: BodyProblem[];
}

/**
 * Markdown to mdast. Sätteri (Astro 7's own Markdown engine, in Rust) builds the same CommonMark mdast
 * as remark-parse about fourteen times faster, which is most of the check's and the build's content
 * time at scale. tests/content/markdown-oracle.test.ts keeps remark-parse as the reference: the real
 * content, a generated corpus and fuzzed Markdown must give the same result through both.
 */
export type MarkdownParser = (markdown: string) => Root;

export const parseMarkdown: MarkdownParser = (markdown) =>
	markdownToMdast(markdown, { features: { gfm: false, frontmatter: false } }) as Root;

/** Collapses soft line breaks and repeated spaces that hard-wrapped source text leaves behind. */
export function clean(text: string): string {
	// Most items are one line with single spaces already; only trim those (a third of the time).
	return NEEDS_COLLAPSING.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/**
 * Whitespace that `clean` would change inside the text: anything but a single plain space. The class
 * is `\s` without the space, written out: V8 tests it about twice as fast as `[^\S ]`.
 */
const NEEDS_COLLAPSING = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

function itemText(item: ListItem): string {
	return clean(item.children.map((child) => toString(child)).join(' '));
}

const DUTY_HEADING = /^(\d+(?:\.\d+)+)\.?(?:\s+([\s\S]*))?$/;

/**
 * Parses the Markdown body of a position into duties, rights, responsibilities, tools and the
 * revision policy. `firstLine` is the file line the body starts on, so problems point into the file.
 * `requireSections` is false for stubs, whose description has not been written yet.
 */
export function parsePositionBody(
	markdown: string,
	firstLine: number,
	requireSections: boolean,
	parse: MarkdownParser = parseMarkdown,
): ParsedBody {
	const problems: BodyProblem[] = [];
	const body: PositionBody = {
		duties: [],
		rights: { items: [] },
		responsibilities: { items: [] },
		tools: [],
		revisionPolicy: [],
	};
	// Refused before parsing: the parser and every walk over its tree are recursive.
	const deep = findDeepMarkdown(markdown);
	if (deep) {
		problems.push({ line: deep.line + firstLine - 1, column: 1, field: '', message: messages.tooDeep(deep.depth, MAX_NESTING), severity: 'error' });
		return { body, problems };
	}
	const tree = parse(markdown);
	const lineOf = (node: RootContent) => (node.position?.start.line ?? 1) + firstLine - 1;
	const columnOf = (node: RootContent) => node.position?.start.column ?? 1;
	const report = (node: RootContent, field: string, message: string, severity: 'error' | 'warning' = 'error') =>
		problems.push({ line: lineOf(node), column: columnOf(node), field, message, severity });

	let section: SectionKey | undefined;
	const seen = new Map<SectionKey, RootContent>();
	const sectionHasContent = new Set<SectionKey>();
	let duty: Duty | undefined;
	let dutyHasResults = false;
	const dutyNumbers = new Set<string>();
	/** Highest sibling number seen under each parent number ("3" → 2 after 3.2). */
	const lastChild = new Map<string, number>();
	const dutyNodes = new Map<Duty, RootContent>();

	const closeDuty = () => {
		if (duty && !dutyHasResults) {
			const node = dutyNodes.get(duty);
			if (node) report(node, SECTIONS.duties, messages.dutyWithoutResults(duty.number), 'warning');
		}
		duty = undefined;
		dutyHasResults = false;
	};

	for (const node of tree.children) {
		// Inline HTML inside a paragraph, heading or list item: rendered escaped anyway, but the author meant markup.
		if (node.type !== 'html' && containsInlineHtml(node)) report(node, section ? SECTIONS[section] : '', messages.rawHtml());
		if (node.type === 'heading' && node.depth <= 2) {
			closeDuty();
			if (node.depth === 1) {
				report(node, '', messages.topLevelHeading());
			}
			const title = clean(toString(node));
			const key = SECTION_BY_EXACT_TITLE.get(title) ?? SECTION_BY_TITLE.get(title.toLocaleLowerCase('et'));
			if (key === undefined) {
				report(node, title, messages.unknownSection(title, suggest(title, SECTION_TITLES), SECTION_TITLES));
				section = undefined;
				continue;
			}
			if (seen.has(key)) {
				report(node, SECTIONS[key], messages.duplicateSection(SECTIONS[key]));
			} else {
				const previous = [...seen.keys()].at(-1);
				if (previous !== undefined && SECTION_ORDER.indexOf(previous) > SECTION_ORDER.indexOf(key)) {
					report(node, SECTIONS[key], messages.sectionOrder(SECTIONS[key], SECTIONS[previous]));
				}
				seen.set(key, node);
			}
			section = key;
			continue;
		}
		if (node.type === 'html') {
			report(node, section ? SECTIONS[section] : '', messages.rawHtml());
			continue;
		}
		if (section === undefined) {
			if (seen.size === 0) report(node, '', messages.headingBeforeSections());
			continue;
		}
		const field = SECTIONS[section];
		if (section === 'duties') {
			if (node.type === 'heading') {
				closeDuty();
				const heading = clean(toString(node));
				const match = DUTY_HEADING.exec(heading);
				if (!match) {
					report(node, field, messages.dutyHeadingFormat(heading));
					continue;
				}
				const number = match[1];
				const parts = number.split('.');
				const depth = parts.length - 1;
				if (node.depth !== depth + 2) report(node, field, messages.dutyHeadingDepth(number, depth + 2));
				const parent = parts.slice(0, -1).join('.');
				if (dutyNumbers.has(number)) {
					report(node, field, messages.duplicateDuty(number));
				} else {
					// Siblings count up from 1 without gaps, as in the documents: 3.2 then 3.5 means a lost duty or a typo.
					const expected = (lastChild.get(parent) ?? 0) + 1;
					const own = Number(parts.at(-1));
					if (own !== expected) report(node, field, messages.dutyNumberGap(number, `${parent}.${expected}`));
					lastChild.set(parent, Math.max(own, lastChild.get(parent) ?? 0));
				}
				if (depth > 1 && !dutyNumbers.has(parent)) report(node, field, messages.dutyParentMissing(number, parent));
				dutyNumbers.add(number);
				const text = match[2] ? clean(match[2]) : '';
				if (text === '') report(node, field, messages.dutyWithoutText(number));
				duty = { number, depth, text: text === '' ? [] : [text], results: [] };
				dutyNodes.set(duty, node);
				body.duties.push(duty);
				sectionHasContent.add(section);
				continue;
			}
			if (!duty) {
				report(node, field, messages.textBeforeDuty());
				continue;
			}
			if (node.type === 'paragraph') {
				if (dutyHasResults) report(node, field, messages.textAfterResults(duty.number));
				else duty.text.push(clean(toString(node)));
				continue;
			}
			if (node.type === 'list') {
				if (hasNestedList(node)) report(node, field, messages.nestedList());
				duty.results.push(...node.children.map(itemText).filter((text) => text !== ''));
				dutyHasResults = true;
				continue;
			}
			report(node, field, messages.unsupportedBlock(node.type));
			continue;
		}
		if (section === 'rights' || section === 'responsibilities') {
			const target: ListSection = body[section];
			if (node.type === 'paragraph') {
				if (target.items.length > 0 || target.lead !== undefined) report(node, field, messages.leadAfterList());
				else target.lead = clean(toString(node));
				continue;
			}
			if (node.type === 'list') {
				if (hasNestedList(node)) report(node, field, messages.nestedList());
				target.items.push(...node.children.map(itemText).filter((text) => text !== ''));
				if (target.items.length > 0) sectionHasContent.add(section);
				continue;
			}
			report(node, field, messages.unsupportedBlock(node.type));
			continue;
		}
		// Tools and the revision policy are free text: paragraphs and list items, each kept as one entry.
		const target = body[section];
		if (node.type === 'paragraph') {
			target.push(clean(toString(node)));
		} else if (node.type === 'list') {
			if (hasNestedList(node)) report(node, field, messages.nestedList());
			target.push(...node.children.map(itemText).filter((text) => text !== ''));
		} else {
			report(node, field, messages.unsupportedBlock(node.type));
			continue;
		}
		if (target.length > 0) sectionHasContent.add(section);
	}
	closeDuty();

	const endLine = firstLine + countNewlines(markdown);
	for (const [key, node] of seen) {
		if (!sectionHasContent.has(key)) report(node, SECTIONS[key], messages.emptySection(SECTIONS[key]));
	}
	if (requireSections) {
		for (const key of REQUIRED_SECTIONS) {
			if (seen.has(key)) continue;
			problems.push({ line: endLine, column: 1, field: SECTIONS[key], message: messages.missingSection(SECTIONS[key]), severity: 'error' });
		}
	}
	return { body, problems };
}

function containsInlineHtml(node: RootContent): boolean {
	if (node.type === 'html') return true;
	return 'children' in node && (node.children as RootContent[]).some(containsInlineHtml);
}

function hasNestedList(list: List): boolean {
	return list.children.some((item) => item.children.some((child) => child.type === 'list'));
}
