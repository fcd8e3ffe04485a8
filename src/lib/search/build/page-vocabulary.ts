/**
 * The words Pagefind indexes, read from the written pages rather than from Pagefind's fragments, so
 * that the query expansions are made beside Pagefind rather than after it.
 *
 * The rules mirror what Pagefind 1.5 reads from a page (pagefind/src/fossick/parser.rs), as far as
 * they decide which words reach a fragment's text, title and terms:
 * - only text inside data-pagefind-body elements, once a page has one (all searchable pages do);
 * - not inside data-pagefind-ignore elements, nor inside head, style, script, noscript, label,
 *   form, svg,   footer, nav, iframe or template;
 * - the text of elements other than Pagefind's "sentence" elements (h1–h6, p, td, div, ul, li,
 *   article,   section) and br runs into its neighbours' without a space ("<dt>a</dt><dd>b</dd>" is
 *   one word);
 * - the title is the first h1's text unless data-pagefind-meta sets one; data-pagefind-meta values
 *   written as "key:value" (terms) count as they are.
 * tests/search/page-vocabulary.test.ts checks the result against the fragments of real Pagefind
 * builds.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { SEARCHABLE_PAGES } from './index-build.ts';

/** Block elements after which Pagefind adds a space (SENTENCE_SELECTORS), and br. */
const SPACED = new Set([
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'p',
	'td',
	'div',
	'ul',
	'li',
	'article',
	'section',
	'br',
]);
/** Elements whose text Pagefind never indexes (REMOVE_SELECTORS). */
const REMOVED = new Set([
	'head',
	'style',
	'script',
	'noscript',
	'label',
	'form',
	'svg',
	'footer',
	'nav',
	'iframe',
	'template',
]);
const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

interface Frame {
	tag: string;
	/** Its text counts as page text: inside a body and not ignored or removed. */
	indexed: boolean;
	/** Its text stays with it and does not reach its ancestors (ignored, removed or excluded). */
	stops: boolean;
	/** data-pagefind-weight: Pagefind wraps its text in marker words. */
	weighted: boolean;
	/** Nothing inside counts at all, metadata included (data-pagefind-ignore="all"). */
	excluded: boolean;
	/** data-pagefind-meta keys without a literal value: the element's own text is their value. */
	textMeta: string[];
	/** The element's own text (what Pagefind would collect for it), kept for h1, title and text metadata. */
	text: string[] | undefined;
}

/** The text of a page that Pagefind indexes: its content, its title and its terms, separated by spaces. */
export function indexedPageText(html: string): string {
	const out: string[] = [];
	const meta = new Map<string, string>();
	let firstH1: string | undefined;
	let pageTitle: string | undefined;
	const stack: Frame[] = [
		{
			tag: '',
			indexed: false,
			stops: false,
			weighted: false,
			excluded: false,
			textMeta: [],
			text: undefined,
		},
	];

	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const parent = stack[stack.length - 1];
				const ignore = attributes['data-pagefind-ignore'];
				const excluded = parent.excluded || ignore?.toLowerCase() === 'all';
				const stops = excluded || ignore !== undefined || REMOVED.has(name);
				const indexed =
					!stops && (attributes['data-pagefind-body'] !== undefined || parent.indexed);
				// Pagefind marks an element with an id by a word of its own in its parent's text.
				if (
					parent.indexed &&
					!excluded &&
					ignore === undefined &&
					attributes.id !== undefined
				)
					out.push(' ');
				const textMeta: string[] = [];
				const metaAttribute = excluded ? undefined : attributes['data-pagefind-meta'];
				if (metaAttribute !== undefined) {
					const colon = metaAttribute.indexOf(':');
					if (colon >= 0)
						meta.set(
							metaAttribute.slice(0, colon).trim(),
							metaAttribute.slice(colon + 1),
						);
					else textMeta.push(...metaAttribute.split(',').map((key) => key.trim()));
				}
				// Block elements, br and weighted elements start with a space in Pagefind's text.
				if (
					indexed &&
					(SPACED.has(name) || attributes['data-pagefind-weight'] !== undefined)
				)
					out.push(' ');
				if (VOID.has(name)) return;
				const keepsText = name === 'h1' || name === 'title' || textMeta.length > 0;
				stack.push({
					tag: name,
					indexed,
					stops,
					weighted: attributes['data-pagefind-weight'] !== undefined,
					excluded,
					textMeta,
					text: keepsText ? [] : undefined,
				});
			},
			ontext(text) {
				if (stack[stack.length - 1].indexed) out.push(text);
				for (let index = stack.length - 1; index > 0; index -= 1) {
					const frame = stack[index];
					if (frame.excluded) break;
					frame.text?.push(text);
					if (frame.stops) break;
				}
			},
			onclosetag(name) {
				if (VOID.has(name)) return;
				const frame = stack.pop()!;
				if (frame.text) {
					const text = frame.text.join('');
					if (name === 'h1' && firstH1 === undefined && text.trim() !== '')
						firstH1 = text;
					if (name === 'title' && pageTitle === undefined) pageTitle = text;
					for (const key of frame.textMeta) if (text !== '') meta.set(key, text);
				}
				if (frame.indexed && (SPACED.has(name) || frame.weighted)) out.push(' ');
			},
		},
		{ lowerCaseTags: true, lowerCaseAttributeNames: true },
	);
	parser.end(html);
	const title = meta.get('title') ?? firstH1 ?? pageTitle;
	if (title !== undefined) out.push(' ', title);
	const terms = meta.get('terms');
	if (terms !== undefined) out.push(' ', terms);
	return out.join('');
}

/**
 * The words of some texts: lower-cased runs of letters. Texts repeat their words, so they are split
 * at white space first and only the distinct tokens are matched: a third of the time of matching
 * every text whole.
 */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
	const tokens = new Set<string>();
	for (const text of texts) for (const token of text.split(/\s+/)) tokens.add(token);
	const words = new Set<string>();
	for (const token of tokens)
		for (const match of token.toLocaleLowerCase('et').matchAll(/\p{L}+/gu)) words.add(match[0]);
	return words;
}

/** The vocabulary of the searchable pages under `site`, read one page at a time. */
export function pageVocabulary(site: string): Set<string> {
	const tokens = new Set<string>();
	for (const path of globSync(SEARCHABLE_PAGES, { cwd: site })) {
		for (const token of indexedPageText(readFileSync(join(site, path), 'utf8')).split(/\s+/))
			tokens.add(token);
	}
	return vocabularyOf(tokens);
}
