/**
 * What the search page shows: the results, the answer box, the pages the query names, the status line
 * and search links, built as DOM nodes in Estonian.
 */
import { excerptParts, withoutRepeatedHeading, type ExcerptPart } from './excerpt.ts';
import { namedKind } from './names.ts';
import type { NamedMatch } from './text-search.ts';
import { answerLead, type Answer } from './answers.ts';
import type { PagefindResultData } from './search-loaders.ts';

/**
 * Results shown at once, as Pagefind's own UI does: each loads a fragment of about 3 KiB (the page's
 * indexed text, for the excerpt), which is a third of a further query's bytes at 5,000 positions
 * (README "Scale"), so more come only on request.
 */
export const PAGE_SIZE = 5;

/** Why a page the query did not name by its own name is shown: after its name in the box. */
const NAMED_VIA: Record<NamedMatch['via'], string> = {
	name: '',
	synonym: ' (sünonüümi järgi)',
	definition: ' (kirjelduse järgi)',
};

/**
 * The pages the query names, above the results: "Täpne vaste: Üksus Järelevalve talitus". Only a name or
 * alias is an exact match; a page found through the synonym list or its definition says so.
 */
export function renderNamed(box: HTMLElement, matches: readonly NamedMatch[]): void {
	if (matches.length === 0) {
		box.replaceChildren();
		box.hidden = true;
		return;
	}
	const list = element('ul', 'plain-list');
	for (const { page, via } of matches) {
		const item = element('li', undefined, `${namedKind(page)} `);
		const link = element('a', undefined, page.n);
		link.href = page.u;
		item.append(link, NAMED_VIA[via]);
		list.append(item);
	}
	const heading = matches.every((match) => match.via === 'name') ? 'Täpne vaste' : 'Vaste';
	box.setAttribute('aria-label', heading);
	box.replaceChildren(element('h2', undefined, heading), list);
	box.hidden = false;
}

/** The query parameter that turns typo correction off ("search for what I typed"). */
export const EXACT_PARAM = 'tapselt';

/** A search link for the notice and the suggestions: the query, and the filters of the form. */
export function searchLink(
	query: string,
	filters: Record<string, string[]>,
	exact: boolean,
): HTMLAnchorElement {
	const params = new URLSearchParams({ q: query });
	for (const [key, values] of Object.entries(filters))
		for (const value of values) params.append(key, value);
	if (exact) params.set(EXACT_PARAM, '1');
	const link = element('a', undefined, `„${query}”`);
	link.href = `/otsing/?${params}`;
	return link;
}

/** The answer box's content: what is answered, then a link to each position that answers it. */
export function renderAnswer(box: HTMLElement, answer: Answer | undefined): void {
	if (!answer) {
		box.replaceChildren();
		box.hidden = true;
		return;
	}
	const list = element('ul', 'plain-list');
	for (const position of answer.positions) {
		const link = element('a', undefined, position.title);
		link.href = `/ametikohad/${position.id}/`;
		const item = element('li');
		item.append(link, ...(position.id === answer.head ? [' (üksuse juht)'] : []));
		list.append(item);
	}
	box.replaceChildren(
		element('h2', undefined, 'Vastus'),
		element('p', undefined, answerLead(answer)),
		...(answer.positions.length > 0 ? [list] : []),
	);
	box.hidden = false;
}

/** As lib/format.ts formatNumber writes counts on the pages: "5000", "12 345". */
export const formatNumber = (n: number) => n.toLocaleString('et');

export function statusText(total: number, query: string, filtered: boolean): string {
	const subject =
		query === ''
			? 'valitud filtritega'
			: `päringule „${query}”${filtered ? ' valitud filtritega' : ''}`;
	if (total === 0)
		return `Ei leitud ühtegi tulemust ${subject}. Proovi teist sõna, lühemat päringut või vähem filtreid.`;
	const shown = total > PAGE_SIZE ? ` Näitan esimest ${PAGE_SIZE}.` : '';
	return `${total === 1 ? 'Leiti 1 tulemus' : `Leiti ${formatNumber(total)} tulemust`} ${subject}.${shown}`;
}

export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Escaped page text as text: a textarea decodes entities without parsing markup and keeps spaces. */
function decodeHtml(html: string): string {
	const decoder = element('textarea');
	decoder.innerHTML = html;
	return decoder.value;
}

/** Text with Pagefind's marks around matches, and no other markup. */
function partsNode(parts: readonly ExcerptPart[]): HTMLSpanElement {
	const span = element('span');
	for (const { text, marked } of parts)
		span.append(marked ? element('mark', undefined, text) : document.createTextNode(text));
	return span;
}

export function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = element('li');
	const heading = element('h2');
	const link = element('a', undefined, data.meta.title ?? data.url);
	link.href = data.url;
	heading.append(link);
	item.append(heading);
	const meta = [data.meta.type, data.meta.unit].filter(Boolean).join(' · ');
	if (meta) item.append(element('p', 'meta muted', meta));
	const subs = data.sub_results
		.filter((sub) => sub.url !== data.url && sub.url.includes('#'))
		.slice(0, 3);
	if (subs.length > 0) {
		const list = element('ul', 'sub');
		list.setAttribute('aria-label', 'Vasted lehel');
		for (const sub of subs) {
			const li = element('li');
			// A duty's heading is the duty's sentence, and the excerpt starts with it: show it once.
			const { heading, rest } = withoutRepeatedHeading(
				sub.title,
				excerptParts(sub.excerpt, decodeHtml),
			);
			const a = element('a');
			a.append(heading ? partsNode(heading) : sub.title);
			a.href = sub.url;
			li.append(a);
			if (rest.length > 0) {
				const excerpt = element('p');
				excerpt.append(partsNode(rest));
				li.append(excerpt);
			}
			list.append(li);
		}
		item.append(list);
	} else {
		const excerpt = element('p');
		excerpt.append(partsNode(excerptParts(data.excerpt, decodeHtml)));
		item.append(excerpt);
	}
	return item;
}
