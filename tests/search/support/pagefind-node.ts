/**
 * A Pagefind index built and searched inside Node, for tests of what Pagefind's Estonian stemming and prefix
 * matching do with our extra terms. Builds with the pagefind package's Node API and searches with the
 * generated pagefind.js (a browser module) given a fetch that reads the bundle from disk.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { expandedSearch, shardKey } from '../../../src/lib/search/query.ts';

export interface TestPage {
	url: string;
	title: string;
	/** Visible body text. */
	body: string;
	/** Extra search terms, carried as a data-pagefind-meta field as the site does. */
	terms?: string[];
}

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function pageHtml(page: TestPage): string {
	const terms = page.terms?.length
		? `<span data-pagefind-meta="terms:${escape(page.terms.join(' '))}"></span>`
		: '';
	return `<!doctype html><html lang="et"><head><title>${escape(page.title)}</title></head><body><main data-pagefind-body><h1>${escape(page.title)}</h1><p>${escape(page.body)}</p>${terms}</main></body></html>`;
}

/** Folders made by buildIndex, removed by closePagefind. */
const made: string[] = [];

/** Writes a Pagefind bundle for the pages (or for custom records, one per word) and returns its folder. */
export async function buildIndex(pages: TestPage[], words: string[] = []): Promise<string> {
	const root = mkdtempSync(join(tmpdir(), 'pagefind-et-'));
	made.push(root);
	const out = join(root, 'pagefind');
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'et' });
	if (!index) throw new Error(errors.join('\n'));
	for (const page of pages) {
		const result = await index.addHTMLFile({ url: page.url, content: pageHtml(page) });
		if (result.errors.length) throw new Error(result.errors.join('\n'));
	}
	for (const [i, word] of words.entries())
		await index.addCustomRecord({
			url: `/w/${i}/`,
			content: word,
			language: 'et',
			meta: { title: word },
		});
	await index.writeFiles({ outputPath: out });
	return out;
}

/** Stops Pagefind's service and removes the bundles written by buildIndex. */
export async function closePagefind(): Promise<void> {
	await pagefind.close();
	for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
	search(
		query: string | null,
		options?: Record<string, unknown>,
	): Promise<{
		results: {
			id: string;
			score: number;
			data(): Promise<{ url: string; meta: Record<string, string> }>;
		}[];
	}>;
}

export interface BundleSearch {
	/** URLs of the results for `query`, best first. */
	search: (query: string) => Promise<string[]>;
	/** Pagefind's results as they come (`null` lists every page), with their ids, scores and URLs. */
	results: (
		query: string | null,
		options?: Record<string, unknown>,
	) => Promise<{ id: string; score: number; url: string }[]>;
	/** URLs of the results for `query` with the site's query expansion (src/lib/search/query.ts). */
	searchExpanded: (query: string, expansions: Map<string, string[]>) => Promise<string[]>;
	/** The bundle files pagefind.js has fetched so far, in order, relative to the bundle ("index/et_1a2b.pf_index"). */
	fetched: string[];
	/** Puts back the global fetch and document that the search replaced. */
	close: () => void;
}

let opened = 0;

/**
 * Loads the bundle's pagefind.js with a global fetch that reads the bundle from disk (pagefind.js fetches its
 * index chunks and fragments as it searches) and a stand-in document that says the page is in Estonian.
 */
export async function openSearch(bundle: string): Promise<BundleSearch> {
	const globals = globalThis as Record<string, unknown>;
	const saved = { fetch: globalThis.fetch, document: globals.document };
	const fetched: string[] = [];
	globals.document = { currentScript: null, querySelector: () => ({ getAttribute: () => 'et' }) };
	// eslint-disable-next-line @typescript-eslint/require-await -- as fetch does, a file that cannot be read rejects rather than throws
	globalThis.fetch = async (input: string | URL | Request) => {
		const path = String(input instanceof Request ? input.url : input)
			.replace(/^.*?\/pagefind\//, '')
			.split('?')[0];
		fetched.push(path);
		return new Response(readFileSync(join(bundle, path)));
	};
	// A new module instance each time: pagefind.js keeps the metadata and chunks it has loaded.
	const module = (await import(
		/* @vite-ignore */ `${join(bundle, 'pagefind.js')}?bundle=${encodeURIComponent(bundle)}&open=${++opened}`
	)) as PagefindModule;
	await module.options({ basePath: '/pagefind/' });
	await module.init();
	// The further parts of a split index, merged as the search page merges them.
	const parts = readdirSync(bundle)
		.map((name) => /^osa-(\d+)$/.exec(name)?.[1])
		.filter((n) => n !== undefined)
		.sort((a, b) => Number(a) - Number(b));
	for (const n of parts) await module.mergeIndex(`/pagefind/osa-${n}/`);
	const results: BundleSearch['results'] = async (query, options = {}) => {
		const found = (await module.search(query, options)).results;
		return Promise.all(
			found.map(async (r) => ({ id: r.id, score: r.score, url: (await r.data()).url })),
		);
	};
	return {
		async search(query) {
			return (await results(query)).map(({ url }) => url);
		},
		results,
		fetched,
		async searchExpanded(query, expansions) {
			const loadShard = (key: string) =>
				Promise.resolve(
					Object.fromEntries([...expansions].filter(([stem]) => shardKey(stem) === key)),
				);
			const results = await expandedSearch(module, query, {}, loadShard);
			return Promise.all(results.map(async (r) => ((await r.data()) as { url: string }).url));
		},
		close() {
			globalThis.fetch = saved.fetch;
			globals.document = saved.document;
		},
	};
}

const unpack = (file: string): unknown =>
	decode(gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length));

/**
 * The index words Pagefind stored for each custom record built by buildIndex(…, words): the word's stem,
 * diacritics folded. Reads the bundle's meta (page order), fragments (page → word) and index chunks.
 */
export function indexedStems(bundle: string): Map<string, string[]> {
	const metaFile = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'));
	const meta = unpack(join(bundle, metaFile!)) as [string, [string, number][]];
	const pageWord = meta[1].map(([hash]) => {
		const fragment = JSON.parse(
			new TextDecoder().decode(
				gunzipSync(readFileSync(join(bundle, 'fragment', `${hash}.pf_fragment`))).subarray(
					12,
				),
			),
		) as { meta: { title: string } };
		return fragment.meta.title;
	});
	const stems = new Map<string, string[]>();
	for (const chunk of readdirSync(join(bundle, 'index'))) {
		const [words] = unpack(join(bundle, 'index', chunk)) as [
			[string, [number][], [string, [number][]][]][],
		];
		for (const [stem, pages, variants] of words) {
			for (const list of [pages, ...(variants ?? []).map((v) => v[1])]) {
				let page = 0;
				for (const [delta] of list) {
					page += delta;
					const word = pageWord[page];
					if (stem === word && /^\d+$/.test(word)) continue;
					const known = stems.get(word) ?? [];
					if (!known.includes(stem)) known.push(stem);
					stems.set(word, known);
				}
			}
		}
	}
	return stems;
}
