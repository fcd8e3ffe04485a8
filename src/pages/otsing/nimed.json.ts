import type { APIRoute } from 'astro';
import { namesFile } from '../../lib/search/names-file.ts';
import { getAnalyzer, getModel } from '../../lib/site-data.ts';

/** Unit and competency names and aliases: the search page shows the page a query names first. */
export const GET: APIRoute = async () => {
	const [model, analyzer] = await Promise.all([getModel(), getAnalyzer()]);
	return new Response(
		JSON.stringify(namesFile(model, (text) => analyzer.suspendedCompounds(text))),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
};
