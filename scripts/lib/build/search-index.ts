/** The search index of the written pages, and the query expansions beside it (src/lib/search/README.md). */
import { modelVocabulary, writeExpansions } from '../../../src/lib/search/build/expansions.ts';
import { buildSearchIndex } from '../../../src/lib/search/build/index-build.ts';
import { checkPagefindVersion } from '../../../src/lib/search/build/pagefind.ts';
import { rechunkSearchIndex } from '../../../src/lib/search/build/rechunk.ts';

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const since = (started: number) => `${Math.round(performance.now() - started)} ms`;

/**
 * Pagefind's processes and the query expansions run side by side: the expansions are JavaScript on
 * this process's thread, Pagefind is a binary of its own. SEARCH_PAGES_PER_PART sets another part
 * size (for benchmarks); SEARCH_ENRICHMENT=0 leaves the expansions out.
 */
export async function buildSearch(site: string, log: (message: string) => void): Promise<void> {
	checkPagefindVersion();
	const started = performance.now();
	const index = buildSearchIndex(
		site,
		Number(process.env.SEARCH_PAGES_PER_PART) || undefined,
	).then(async (pages) => {
		log(`search index: ${pages} pages in ${since(started)}`);
		const rechunked = await rechunkSearchIndex(site);
		log(
			`search index: ${rechunked.parts} part(s), chunks ${rechunked.chunksBefore} → ${rechunked.chunksAfter}, ` +
				`largest ${kib(rechunked.largestBefore)} → ${kib(rechunked.largestAfter)} KiB, ${rechunked.wholeWordCuts} cuts after a word that begins the next`,
		);
	});
	const expansions =
		process.env.SEARCH_ENRICHMENT === '0'
			? undefined
			: writeExpansions(site, modelVocabulary(site)).then(({ stems, shards }) =>
					log(`query expansions: ${stems} stems in ${shards} files in ${since(started)}`),
				);
	// Settled, so that nothing runs on after a failure is reported.
	const results = await Promise.allSettled([index, expansions]);
	for (const result of results) if (result.status === 'rejected') throw result.reason;
}
