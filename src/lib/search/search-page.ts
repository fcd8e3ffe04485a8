/**
 * Search page behaviour: runs the query, filters and sort order from the URL against the Pagefind
 * index and renders results in Estonian. Loaded only on /otsing/, so content pages carry no search code.
 * The form works as a plain GET form too; with JavaScript, changing a filter re-runs the search in place.
 * The files it loads are in search-loaders.ts, the text search in text-search.ts, what it shows in
 * search-render.ts and the filter counts in filter-counts.ts.
 */
import { aheadQuery } from './query.ts';
import { RERANK_WINDOW, rerank, sortResults } from './rerank.ts';
import { answerQuestion, titleWrittenApart } from './answers.ts';
import { parseQuestion, withoutQuestionWords } from './questions.ts';
import { showCounts } from './filter-counts.ts';
import {
	loadNames,
	loadOrder,
	loadPagefind,
	loadRelations,
	loadSearches,
	loadSynonyms,
	type PagefindResultData,
	type Result,
} from './search-loaders.ts';
import {
	EXACT_PARAM,
	PAGE_SIZE,
	element,
	formatNumber,
	renderAnswer,
	renderNamed,
	renderResult,
	searchLink,
	statusText,
} from './search-render.ts';
import { namedBy, textSearch } from './text-search.ts';
import { listedMeanings } from './alternatives.ts';

/** The form's sort choices: which order file, and newest first for dates. */
const SORTS: Record<string, { order: string; descending: boolean }> = {
	pealkiri: { order: 'pealkiri', descending: false },
	muudetud: { order: 'muudetud', descending: true },
};

/** The form's text fields; the search form has no file inputs. */
function textEntries(form: HTMLFormElement): [string, string][] {
	return [...new FormData(form).entries()].flatMap(([key, value]) =>
		typeof value === 'string' ? [[key, value] as [string, string]] : [],
	);
}

function readForm(form: HTMLFormElement) {
	const entries = textEntries(form);
	const field = (name: string) => entries.find(([key]) => key === name)?.[1] ?? '';
	const query = field('q').trim().normalize('NFC');
	const sort = field('jarjestus');
	const filters: Record<string, string[]> = {};
	for (const [key, value] of entries) {
		if (key === 'q' || key === 'jarjestus' || key === EXACT_PARAM) continue;
		(filters[key] ??= []).push(value);
	}
	return { query, sort, filters };
}

export async function runSearchPage(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('#search-form');
	const input = document.querySelector<HTMLInputElement>('#search-input');
	const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
	const status = document.querySelector<HTMLElement>('#search-status');
	const results = document.querySelector<HTMLOListElement>('#search-results');
	const answerBox = document.querySelector<HTMLElement>('#search-answer');
	const notice = document.querySelector<HTMLElement>('#search-notice');
	const namedBox = document.querySelector<HTMLElement>('#search-named');
	if (!form || !input || !sortSelect || !status || !results || !answerBox || !notice || !namedBox)
		return;

	// Restore the form from the URL (the form submits with GET, so the URL is the state).
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	// Set by the notice's "search for what I typed" link; typing a new query searches with corrections again.
	let exact = params.get(EXACT_PARAM) === '1';
	sortSelect.value = params.get('jarjestus') ?? '';
	const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
	for (const checkbox of checkboxes) {
		checkbox.checked = params.getAll(checkbox.name).includes(checkbox.value);
		if (checkbox.checked) checkbox.closest('details')?.setAttribute('open', '');
	}

	let generation = 0;
	/** The results shown, which an opened filter group counts its values over (showCounts). */
	let shown: readonly { id: string }[] | undefined;
	for (const details of form.querySelectorAll('details')) {
		details.addEventListener('toggle', () => {
			const current = generation;
			if (details.open) void showCounts(checkboxes, shown, () => current === generation);
		});
	}
	/** Text typed that the search ahead has not taken yet (below). */
	let typed: string | undefined;
	const run = async () => {
		const current = ++generation;
		const { query, sort, filters } = readForm(form);
		const filtered = Object.keys(filters).length > 0;
		if (query === '' && !filtered) {
			results.replaceChildren();
			renderAnswer(answerBox, undefined);
			renderNamed(namedBox, []);
			notice.replaceChildren();
			more.remove();
			status.textContent = '';
			shown = undefined;
			void showCounts(checkboxes);
			return;
		}
		status.textContent = 'Otsin…';
		const started = performance.now();
		const pagefind = await loadSearches();
		if (!pagefind) {
			status.textContent =
				'Otsinguindeks ei ole kättesaadav. Sirvi ametikohti üksuste kaupa.';
			return;
		}
		const options = { filters };
		const sortBy = SORTS[sort];
		// A relation question is answered from the model; its text search is for what it asks about.
		const question = parseQuestion(query);
		let textQuery = question ? question.subject : withoutQuestionWords(query);
		void loadNames();
		const [typedOutcome, order, reply] = await Promise.all([
			query === ''
				? pagefind.search(null, options).then((response) => ({
						results: response?.results ?? [],
						corrected: undefined,
						suggestions: [],
					}))
				: textSearch(pagefind, textQuery, options, exact),
			// Unsorted if the order cannot be loaded: the results are still right.
			sortBy ? loadOrder(sortBy.order).catch(() => undefined) : undefined,
			// Without the relations the text results are still shown.
			question
				? loadRelations().then(
						(file) => {
							const title = titleWrittenApart(question, file);
							return title === undefined ? answerQuestion(question, file) : { title };
						},
						() => undefined,
					)
				: undefined,
		]);
		// "projekti juht" is the title Projektijuht written apart: that title is searched, no answer.
		const asTitle = reply !== undefined && 'title' in reply;
		const answer = asTitle ? undefined : reply;
		if (asTitle) textQuery = reply.title;
		// "kes asendab haldusjuhti puhkuse ajal": the words that named the position are searched.
		else if (answer?.subject) textQuery = answer.subject;
		const outcome =
			asTitle || answer?.subject
				? await textSearch(pagefind, textQuery, options, exact)
				: typedOutcome;
		// User timing, for the browser's tools and bench:search: the search itself, then until shown (the
		// last search's only, so that a long session does not pile them up).
		performance.clearMeasures('search:pagefind');
		performance.measure('search:pagefind', { start: started });
		const searched = outcome.results;
		let found = (
			order && sortBy ? sortResults(searched, order, sortBy.descending) : searched
		) as Result[];
		let data: PagefindResultData[];
		if (sortBy)
			data = await Promise.all(found.slice(0, PAGE_SIZE).map((result) => result.data()));
		else {
			// Relevance: the first results in the order rerank.ts gives them.
			const first = await Promise.all(
				found
					.slice(0, RERANK_WINDOW)
					.map(async (result) => ({ result, data: await result.data() })),
			);
			const ranked = rerank(outcome.corrected ?? textQuery, first, (entry) => entry.data);
			found = [...ranked.map((entry) => entry.result), ...found.slice(RERANK_WINDOW)];
			data = ranked.slice(0, PAGE_SIZE).map((entry) => entry.data);
		}
		if (current !== generation) return;
		renderAnswer(answerBox, answer);
		renderNamed(
			namedBox,
			query === '' || (question && !asTitle)
				? []
				: await namedBy(outcome.corrected ?? textQuery, textQuery),
		);
		if (current !== generation) return;
		results.replaceChildren(...data.map(renderResult));
		shown = found;
		// Only the open filter groups are counted: nothing to wait for unless a user opened one.
		await showCounts(checkboxes, found, () => current === generation);
		if (current !== generation) return;
		status.textContent = statusText(found.length, outcome.corrected ?? query, filtered);
		if (outcome.corrected) {
			notice.replaceChildren(
				`Näitan tulemusi päringule „${outcome.corrected}”. Otsi hoopis `,
				searchLink(query, filters, true),
				'.',
			);
		} else if ('partial' in outcome && outcome.partial) {
			notice.replaceChildren(
				'Ükski leht ei sisalda kõiki otsitud sõnu; näitan lehti, kus on neist kõige rohkem.',
			);
		} else if (outcome.suggestions.length > 0) {
			const links = outcome.suggestions.flatMap((suggestion, i) => [
				...(i > 0 ? [', '] : []),
				searchLink(suggestion, filters, false),
			]);
			notice.replaceChildren('Kas mõtlesid ', ...links, '?');
		} else {
			// Results found through the synonym list: say which words were searched for which.
			const listed =
				found.length > 0 ? listedMeanings(textQuery, await loadSynonyms(textQuery)) : [];
			if (current !== generation) return;
			notice.replaceChildren(
				...(listed.length === 0
					? []
					: [
							`Otsisin ka sünonüüme: ${listed
								.map(({ words, meanings }) => `„${words}” → ${meanings.join(', ')}`)
								.join('; ')}.`,
						]),
			);
		}
		// Tells tests and benchmarks which query the list shows, and how many results it has.
		results.dataset.query = query;
		results.dataset.total = String(found.length);
		performance.clearMeasures('search:shown');
		performance.measure('search:shown', { start: started });
		showMore(found, PAGE_SIZE, current);
	};

	const more = element('button', 'more', '');
	more.type = 'button';
	const showMore = (found: Result[], shown: number, current: number) => {
		const remaining = found.length - shown;
		if (remaining <= 0) {
			more.remove();
			return;
		}
		const next = Math.min(remaining, PAGE_SIZE);
		more.textContent = `Näita veel ${next} ${next === 1 ? 'tulemus' : 'tulemust'}`;
		more.onclick = async () => {
			const data = await Promise.all(
				found.slice(shown, shown + PAGE_SIZE).map((result) => result.data()),
			);
			if (current !== generation) return;
			const items = data.map(renderResult);
			results.append(...items);
			status.textContent = `Näitan ${formatNumber(Math.min(shown + PAGE_SIZE, found.length))} tulemust ${formatNumber(found.length)}-st.`;
			// Keyboard users continue from the first new result.
			items[0]?.querySelector('a')?.focus();
			showMore(found, shown + PAGE_SIZE, current);
		};
		results.after(more);
	};

	const updateUrl = () => {
		const data = new URLSearchParams();
		for (const [key, value] of textEntries(form)) if (value !== '') data.append(key, value);
		history.replaceState(null, '', `${location.pathname}${data.size > 0 ? `?${data}` : ''}`);
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		// Text typed since the last search ahead is searched now, as typed.
		typed = undefined;
		exact = false;
		updateUrl();
		void run().then(() => {
			// The summary, not the form, is where a keyboard user continues after a search.
			if (results.dataset.query !== undefined) status.focus();
		});
	});
	form.addEventListener('change', (event) => {
		if (event.target === input) return;
		updateUrl();
		void run();
	});

	// Someone who puts the cursor in the box is about to search: the WebAssembly and the index
	// metadata (the fixed 140 KiB of a first search) load while they type, not after they press Enter.
	const warm = () => void loadPagefind().then((api) => api?.init());
	input.addEventListener('focus', warm, { once: true });
	input.addEventListener('input', warm, { once: true });

	// While they type, the page searches what is typed so far (one search at a time, the latest text): that
	// loads the index chunks the query will need and gets the WebAssembly past its slow first runs, and when
	// the last search ahead is the query itself, Enter finds it done or under way (rememberSearches). At 5,000
	// positions this halves the time from Enter to results (README "Scale").
	let searchingAhead = false;
	const searchAhead = async () => {
		if (searchingAhead) return;
		searchingAhead = true;
		try {
			while (typed !== undefined) {
				const query = aheadQuery(typed);
				typed = undefined;
				if (query === undefined) continue;
				const pagefind = await loadSearches();
				if (!pagefind) return;
				await pagefind
					.search(query, { filters: readForm(form).filters })
					.catch(() => undefined);
			}
		} finally {
			searchingAhead = false;
		}
	};
	input.addEventListener('input', () => {
		typed = input.value;
		void searchAhead();
	});

	// No autofocus: keyboard users start from the skip link like on every other page.
	await run();
}
