import type { APIRoute, GetStaticPaths } from 'astro';
import { expansionShards, expansionVocabulary } from '../../../lib/search/expansions.ts';
import type { ExpansionShard } from '../../../lib/search/query.ts';
import { getAnalyzer, getVocabulary } from '../../../lib/site-data.ts';

/**
 * The query expansions, one file per two-letter stem prefix (src/lib/search/expansions.ts), made
 * from the words of the typo vocabulary with the analyser the pages' terms have already warmed.
 * None when the Estonian enrichment is off (SEARCH_ENRICHMENT=0, scripts/bench-search.ts).
 */
export const getStaticPaths = (async () => {
	if (process.env.SEARCH_ENRICHMENT === '0') return [];
	const [vocabulary, analyzer] = await Promise.all([getVocabulary(), getAnalyzer()]);
	const words = expansionVocabulary([...vocabulary.values()].flat());
	return [...expansionShards(analyzer, words)].map(([key, shard]) => ({
		params: { key },
		props: { shard },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify((props as { shard: ExpansionShard }).shard), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
