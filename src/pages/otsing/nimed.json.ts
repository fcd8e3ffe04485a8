import type { APIRoute } from 'astro';
import { namesFile } from '../../lib/search/names-file.ts';
import { getModel } from '../../lib/site-data.ts';

/** Unit and competency names and aliases: the search page shows the page a query names first. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(namesFile(await getModel())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
