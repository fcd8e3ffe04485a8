import type { APIRoute, GetStaticPaths } from 'astro';
import { synonymShards } from '../../../lib/search/alternatives.ts';
import { readSynonyms, synonymMap } from '../../../lib/search/synonyms.ts';

/**
 * The search synonym list HR keeps (content/search/synonyms.yaml), as the search page reads it: one file per
 * first letter of the typed words, so that a query loads only the entries it may hold. `npm run check`
 * reports the list's problems; the build uses what is valid.
 */
export const getStaticPaths = (() =>
	[...synonymShards(synonymMap(readSynonyms(process.cwd()).synonyms))].map(([letter, map]) => ({
		params: { letter },
		props: { map },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify((props as { map: Record<string, string[]> }).map), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
