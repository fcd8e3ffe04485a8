/**
 * Pagefind's excerpts as text with marked matches, and a sub-result's excerpt without the heading it
 * repeats. A duty's heading is the duty itself ("3.5. SKAIS-i kasutajakontode loomine …"), and Pagefind
 * starts the excerpt of a heading's section at the heading's own words, so the search page showed the
 * same sentence twice: once as the link, once as the excerpt under it.
 */

export interface ExcerptPart {
	text: string;
	/** Inside Pagefind's <mark>: a match of the query. */
	marked: boolean;
}

/**
 * Splits a Pagefind excerpt (escaped page text with <mark> around matches) into parts; `decode` turns
 * escaped text into text (a textarea in the browser).
 */
export function excerptParts(excerpt: string, decode: (html: string) => string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else if (piece !== '') parts.push({ text: decode(piece), marked });
	}
	return parts;
}

/** Fewer words than this at the end of a heading may begin an excerpt by chance. */
const MIN_REPEATED_WORDS = 3;

/**
 * Takes off the beginning of a sub-result's excerpt what repeats its heading `title`: the whole heading,
 * or the heading's last words (at least three, or all of a shorter heading) where the excerpt starts
 * inside it. `heading` is then the heading with the excerpt's marks on the repeated words, so that the
 * link shows the matches; `rest` is what the excerpt adds, empty if nothing.
 */
export function withoutRepeatedHeading(
	title: string,
	parts: readonly ExcerptPart[],
): { heading?: ExcerptPart[]; rest: ExcerptPart[] } {
	const words = title
		.trim()
		.split(/\s+/)
		.filter((word) => word !== '');
	const text = parts.map((part) => part.text).join('');
	for (
		let count = words.length;
		count >= Math.min(MIN_REPEATED_WORDS, words.length) && count > 0;
		count--
	) {
		const repeated = words.slice(-count).join(' ');
		// Pagefind ends a heading without punctuation with a full stop in the excerpt ("2. Ametikoha eesmärk.").
		if (!text.startsWith(repeated) || !/^\.?(\s|$)/.test(text.slice(repeated.length))) continue;
		const [head, tail] = splitAt(parts, repeated.length);
		const before = words.slice(0, -count).join(' ');
		return {
			heading: before === '' ? head : [{ text: `${before} `, marked: false }, ...head],
			rest: trimStart(tail, text[repeated.length] === '.' ? 1 : 0),
		};
	}
	return { rest: [...parts] };
}

/** The parts before and after character `offset` of their joined text. */
function splitAt(parts: readonly ExcerptPart[], offset: number): [ExcerptPart[], ExcerptPart[]] {
	const head: ExcerptPart[] = [];
	const tail: ExcerptPart[] = [];
	let left = offset;
	for (const part of parts) {
		if (left >= part.text.length) {
			head.push(part);
			left -= part.text.length;
		} else if (left > 0) {
			head.push({ text: part.text.slice(0, left), marked: part.marked });
			tail.push({ text: part.text.slice(left), marked: part.marked });
			left = 0;
		} else tail.push(part);
	}
	return [head, tail];
}

/** The parts without their first `skip` characters and the spaces after them. */
function trimStart(parts: ExcerptPart[], skip: number): ExcerptPart[] {
	const rest = splitAt(parts, skip)[1];
	while (rest.length > 0) {
		const text = rest[0].text.trimStart();
		if (text !== '') {
			rest[0] = { ...rest[0], text };
			break;
		}
		rest.shift();
	}
	return rest;
}
