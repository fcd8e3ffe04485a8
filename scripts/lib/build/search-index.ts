/** The search index of the written pages (src/lib/search/README.md, "The index build"). */
import { buildSearchIndex } from '../../../src/lib/search/build/index-build.ts';
import { rechunkSearchIndex } from '../../../src/lib/search/build/rechunk.ts';

/** Pagefind over the searchable pages, then its word index re-cut by our plan. */
export async function buildSearch(site: string, log: (message: string) => void): Promise<void> {
	const started = performance.now();
	log(
		`search index: ${await buildSearchIndex(site)} pages in ${Math.round(performance.now() - started)} ms`,
	);
	const { parts, chunks, largest } = await rechunkSearchIndex(site);
	log(
		`search index: ${parts} part(s), ${chunks} chunks, largest ${(largest / 1024).toFixed(1)} KiB`,
	);
}
