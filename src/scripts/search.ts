/**
 * Search page behaviour: runs the query from ?q= against the Pagefind index and renders results in
 * Estonian. Loaded only on /otsing/, so content pages carry no JavaScript.
 */
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
}
interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const PAGE_SIZE = 20;

async function loadPagefind(): Promise<PagefindApi | undefined> {
	const path = '/pagefind/pagefind.js';
	try {
		const api = (await import(/* @vite-ignore */ path)) as PagefindApi;
		await api.options({ excerptLength: 24 });
		return api;
	} catch {
		return undefined;
	}
}

function resultsText(total: number, query: string): string {
	if (total === 0) return `Päringule „${query}” ei leitud ühtegi tulemust. Proovi teist sõna või lühemat päringut.`;
	return total === 1 ? `Leiti 1 tulemus päringule „${query}”.` : `Leiti ${total} tulemust päringule „${query}”.`;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h2');
	const link = document.createElement('a');
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	heading.append(link);
	item.append(heading);
	if (data.meta.unit) {
		const unit = document.createElement('p');
		unit.className = 'muted';
		unit.textContent = data.meta.unit;
		item.append(unit);
	}
	const excerpt = document.createElement('p');
	// Pagefind's excerpt is escaped page text with <mark> around the matched words.
	excerpt.innerHTML = data.excerpt;
	item.append(excerpt);
	const subs = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, 3);
	if (subs.length > 0) {
		const list = document.createElement('ul');
		list.className = 'sub';
		for (const sub of subs) {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = sub.url;
			a.textContent = sub.title;
			const text = document.createElement('span');
			text.innerHTML = ` — ${sub.excerpt}`;
			li.append(a, text);
			list.append(li);
		}
		item.append(list);
	}
	return item;
}

export async function runSearchPage(): Promise<void> {
	const input = document.querySelector<HTMLInputElement>('#search-input');
	const status = document.querySelector<HTMLElement>('#search-status');
	const results = document.querySelector<HTMLOListElement>('#search-results');
	if (!input || !status || !results) return;
	const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
	input.value = query;
	if (query === '') {
		input.focus();
		return;
	}
	status.textContent = 'Otsin…';
	const pagefind = await loadPagefind();
	if (!pagefind) {
		status.textContent = 'Otsinguindeks ei ole kättesaadav. Sirvi ametikohti üksuste kaupa.';
		return;
	}
	const search = await pagefind.search(query);
	const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
	results.replaceChildren(...data.map(renderResult));
	status.textContent = resultsText(search.results.length, query);
}
