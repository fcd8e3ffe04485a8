import type { APIRoute } from 'astro';
import { readSynonyms, synonymMap } from '../../lib/search/synonyms.ts';

/**
 * The search synonym list HR keeps (content/search/synonyms.yaml), as the search page reads it. `npm run
 * check` reports its problems; the build uses what is valid.
 */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(synonymMap(readSynonyms(process.cwd()).synonyms)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
