import type { APIRoute } from 'astro';
import { relationsFile } from '../../lib/search/answers.ts';
import { getModel } from '../../lib/site-data.ts';

/**
 * Substitutes, managers, subordinates and unit heads: the search page answers relation questions from it.
 * Compact (no indent): the page loads it when a query is a question.
 */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(relationsFile(await getModel())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
