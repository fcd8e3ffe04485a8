/** The search index of the written pages, and the query expansions beside it (src/lib/search/README.md). */
import { modelVocabulary, writeExpansions } from '../../../src/lib/search/build/expansions.ts';
import { buildSearchIndex } from '../../../src/lib/search/build/index-build.ts';
import { rechunkSearchIndex } from '../../../src/lib/search/build/rechunk.ts';

/** Pagefind (binaries of their own) beside the query expansions (JavaScript on this thread). */
export async function buildSearch(site: string, log: (message: string) => void): Promise<void> {
	const started = performance.now();
	const since = () => `${Math.round(performance.now() - started)} ms`;
	const index = async () => {
		log(`search index: ${await buildSearchIndex(site)} pages in ${since()}`);
		const { parts, chunks, largest } = await rechunkSearchIndex(site);
		log(
			`search index: ${parts} part(s), ${chunks} chunks, largest ${(largest / 1024).toFixed(1)} KiB`,
		);
	};
	const expansions = async () => {
		if (process.env.SEARCH_ENRICHMENT === '0') return; // the enrichment off (scripts/bench-search.ts)
		const { stems, shards } = await writeExpansions(site, modelVocabulary(site));
		log(`query expansions: ${stems} stems in ${shards} files in ${since()}`);
	};
	// Settled, so that nothing runs on after a failure is reported.
	for (const result of await Promise.allSettled([index(), expansions()]))
		if (result.status === 'rejected') throw result.reason;
}
