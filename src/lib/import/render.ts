/**
 * ImportedPosition → the Markdown file: YAML frontmatter built with the `yaml` Document API (so
 * that quoting is the library's job) in the style of the committed files — `>-` for long prose,
 * `|-` for text with line breaks, flow lists of ids, long list items on one line — and the body
 * sections.
 */
import {
	Document,
	isMap,
	isNode,
	isPair,
	isScalar,
	isSeq,
	Scalar,
	type Node,
	type Pair,
} from 'yaml';
import { stringifyString, stringTag, type StringifyContext } from 'yaml/util';
import { SECTIONS } from '../content/parse-body.ts';
import type { ImportedPosition } from './map-document.ts';
import { FRONTMATTER_ORDER, type FieldComment, type FrontmatterKey } from './types.ts';
import { importMessages } from './messages.ts';

const LINE_WIDTH = 100;
/** Prose longer than this is written as a folded block (`>-`), as in the committed files. */
const FOLD_AT = 80;
/** Fields whose long values are prose; list items stay on one line however long they are. */
const PROSE_KEYS = new Set([
	'purpose',
	'specialConditions',
	'text',
	'computerSkills',
	'knowledge',
	'personalQualities',
]);

/**
 * The core string tag, except that only block scalars are folded at the line width: a plain scalar
 * (an indicator, a list item) stays on one line, so each item reads as one line in the file.
 */
const stringWithoutPlainFolding = {
	...stringTag,
	stringify(
		item: Scalar,
		ctx: StringifyContext,
		onComment?: () => void,
		onChompKeep?: () => void,
	) {
		const block = item.type === Scalar.BLOCK_FOLDED || item.type === Scalar.BLOCK_LITERAL;
		// As the core tag does (actualString), with folding switched off for everything but block
		// scalars.
		const context = {
			actualString: true,
			...ctx,
			...(block ? {} : { options: { ...ctx.options, lineWidth: 0 } }),
		};
		return stringifyString(item, context, onComment, onChompKeep);
	},
};

export function renderPosition(position: ImportedPosition): string {
	return `---\n${renderFrontmatter(position)}---\n\n${renderBody(position.body)}`;
}

export function renderFrontmatter(position: ImportedPosition): string {
	const data = pruneEmpty(position.frontmatter);
	const ordered = Object.fromEntries(
		FRONTMATTER_ORDER.filter((key) => key in data).map((key) => [key, data[key]]),
	);
	const doc = new Document(ordered, {
		version: '1.2',
		customTags: (tags) =>
			tags.map((tag) => (tag === stringTag ? stringWithoutPlainFolding : tag)),
	});
	styleNode(doc.contents, undefined);
	for (const key of ['substitutedBy', 'substitutes'] as const) {
		const seq = doc.get(key, true);
		if (isSeq(seq)) seq.flow = true;
	}
	const languages = doc.getIn(['requirements', 'languages', 'items'], true);
	if (isSeq(languages)) {
		for (const item of languages.items) {
			const preferred = isMap(item) ? item.get('preferred', true) : undefined;
			if (isSeq(preferred)) preferred.flow = true;
		}
	}
	for (const comment of position.comments) addComment(doc, comment);
	// Last, so that it stands right above substitutedBy, below a TODO about a missing manager.
	const own = [
		...(position.frontmatter.substitutedBy ?? []),
		...(position.frontmatter.substitutes ?? []),
	].includes(position.id);
	if (own) addComment(doc, { field: 'substitutedBy', text: importMessages.commentOwnId() });
	if (position.unplaced.length > 0) {
		doc.commentBefore = [
			importMessages.commentUnplaced(),
			...position.unplaced.map((text) => ` - ${text.replace(/\n/gu, ' ')}`),
		].join('\n');
	}
	return doc.toString({
		lineWidth: LINE_WIDTH,
		minContentWidth: 0,
		flowCollectionPadding: false,
	});
}

/**
 * Drops empty lists and maps so the file only shows what the document says (defaults fill the
 * rest).
 */
function pruneEmpty(
	value: Record<string, unknown>,
	keep: readonly string[] = ['substitutedBy', 'substitutes'],
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value)) {
		if (entry === undefined) continue;
		if (Array.isArray(entry) && entry.length === 0 && !keep.includes(key)) continue;
		if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
			const pruned = pruneEmpty(entry as Record<string, unknown>, []);
			if (Object.keys(pruned).length > 0) out[key] = pruned;
			continue;
		}
		out[key] = entry;
	}
	return out;
}

function styleNode(node: Node | null, key: string | undefined): void {
	if (isMap(node)) {
		for (const pair of node.items)
			styleNode(
				pair.value as Node | null,
				isScalar(pair.key) ? String(pair.key.value) : undefined,
			);
	} else if (isSeq(node)) {
		for (const item of node.items) styleNode(item as Node | null, undefined);
	} else if (isScalar(node) && typeof node.value === 'string') {
		if (node.value.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
		else if (key !== undefined && PROSE_KEYS.has(key) && node.value.length > FOLD_AT)
			node.type = Scalar.BLOCK_FOLDED;
	}
}

/**
 * Attaches a comment before a top-level key (or the next one present), or before an item inside it.
 */
function addComment(doc: Document, comment: FieldComment): void {
	if (!isMap(doc.contents)) return;
	const map = doc.contents;
	const target = comment.path ? doc.getIn([comment.field, ...comment.path], true) : undefined;
	if (isNode(target)) {
		target.commentBefore = target.commentBefore
			? `${target.commentBefore}\n${comment.text}`
			: comment.text;
		return;
	}
	const start = FRONTMATTER_ORDER.indexOf(comment.field);
	const pair = FRONTMATTER_ORDER.slice(start)
		.map((key: FrontmatterKey) =>
			map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key),
		)
		.find((item) => item !== undefined) as Pair<Scalar> | undefined;
	if (!pair) {
		map.comment = map.comment ? `${map.comment}\n${comment.text}` : comment.text;
		return;
	}
	pair.key.commentBefore = pair.key.commentBefore
		? `${pair.key.commentBefore}\n${comment.text}`
		: comment.text;
}

// ---------------------------------------------------------------------------------------------
// Body

/** Escapes text so that remark reads it back as the same plain text (no emphasis, lists, HTML). */
export function escapeMarkdown(text: string): string {
	let out = text.replace(/[\\`*_[\]<]/gu, (char) => `\\${char}`).replace(/&(?=#?\w+;)/gu, '\\&');
	out = out.replace(/^([#>+=-])/u, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/u, '$1\\$2');
	return out;
}

function headingText(text: string): string {
	return escapeMarkdown(text).replace(/(#+)$/u, (hashes) => hashes.replace(/#/gu, '\\#'));
}

export function renderBody(body: ImportedPosition['body']): string {
	const blocks: string[] = [];
	const list = (items: readonly string[]) =>
		items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
	if (body.duties.length > 0) {
		blocks.push(`## ${SECTIONS.duties}`);
		for (const duty of body.duties) {
			const depth = duty.number.split('.').length - 1;
			const [first = '', ...more] = duty.text;
			blocks.push(
				`${'#'.repeat(depth + 2)} ${duty.number}.${first === '' ? '' : ` ${headingText(first)}`}`,
			);
			blocks.push(...more.map(escapeMarkdown));
			if (duty.results.length > 0) blocks.push(list(duty.results));
		}
	}
	for (const key of ['rights', 'responsibilities'] as const) {
		const section = body[key];
		if (section.items.length === 0 && section.lead === undefined) continue;
		blocks.push(`## ${SECTIONS[key]}`);
		if (section.lead !== undefined) blocks.push(escapeMarkdown(section.lead));
		if (section.items.length > 0) blocks.push(list(section.items));
	}
	if (body.tools.length > 0)
		blocks.push(`## ${SECTIONS.tools}`, ...body.tools.map(escapeMarkdown));
	if (body.revisionPolicy.length > 0)
		blocks.push(`## ${SECTIONS.revisionPolicy}`, list(body.revisionPolicy));
	return `${blocks.join('\n\n')}\n`;
}
