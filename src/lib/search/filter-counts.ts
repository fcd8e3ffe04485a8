/**
 * The counts beside the search page's filter checkboxes: for the results shown, or the whole site's.
 */
import { loadPagefind } from './search-loaders.ts';
import { formatNumber } from './search-render.ts';

/** A filter checkbox's value, as Pagefind takes it. */
const filterOf = (checkbox: HTMLInputElement) => ({ [checkbox.name]: [checkbox.value] });

const valuePages = new Map<HTMLInputElement, Promise<Set<string>>>();

/**
 * The pages (result ids) of a filter checkbox's value, from one filter-only search, fetched once: the counts
 * beside the checkboxes are counted over the results shown (`showCounts`). Pagefind's own counts (a search's
 * `filters`) describe one search, and the page merges several (a word's forms, synonyms), whose counts do not
 * add up. Fetched only for the filter groups a user opens: at 5,000 positions there are hundreds of values,
 * and searching them all with the first search took it from about 200 to 310 KiB and 1.7 s.
 */
function pagesOf(checkbox: HTMLInputElement): Promise<Set<string>> {
	let pages = valuePages.get(checkbox);
	if (!pages) {
		pages = loadPagefind().then(async (api) => {
			if (!api) throw new Error('no search index');
			const found = await api.search(null, { filters: filterOf(checkbox) });
			return new Set(found?.results.map((result) => result.id));
		});
		valuePages.set(checkbox, pages);
		// A failed load is tried again next time.
		pages.catch(() => valuePages.delete(checkbox));
	}
	return pages;
}

/**
 * Each checkbox's count in the open filter groups: how many of the results shown have its value (as many as
 * checking it would show, since Pagefind requires every filter checked), or without `found` the whole site's
 * count the page was built with. A value no result has is dimmed but stays selectable, so that it can be
 * unchecked. Closed groups keep what they showed and are counted when opened.
 */
export async function showCounts(
	checkboxes: readonly HTMLInputElement[],
	found?: readonly { id: string }[],
	isCurrent: () => boolean = () => true,
): Promise<void> {
	const open = checkboxes.filter((checkbox) => checkbox.closest('details')?.open !== false);
	const counts = await Promise.all(
		open.map(async (checkbox) => {
			const option = checkbox.closest('.option');
			const count = option?.querySelector<HTMLElement>('.count');
			if (!found || !count) return Number(count?.dataset.siteCount);
			const pages = await pagesOf(checkbox).catch(() => undefined);
			return pages
				? found.filter((result) => pages.has(result.id)).length
				: Number(count.dataset.siteCount);
		}),
	);
	if (!isCurrent()) return;
	open.forEach((checkbox, i) => {
		const option = checkbox.closest('.option');
		const count = option?.querySelector<HTMLElement>('.count');
		if (!option || !count) return;
		count.textContent = `(${formatNumber(counts[i])})`;
		option.classList.toggle('empty', counts[i] === 0);
	});
}
