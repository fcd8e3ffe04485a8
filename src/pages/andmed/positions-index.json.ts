import type { APIRoute } from 'astro';
import { positionIndexFile } from '../../lib/lifecycle/open-data.ts';
import { jsonResponse, openDataContext } from '../../lib/lifecycle/site.ts';
import { buildDate } from '../../lib/site-config.ts';
import { getModel } from '../../lib/site-data.ts';

/** Id, title and unit of every position: the comparison page's picker reads this small file. */
export const GET: APIRoute = async () =>
	jsonResponse(positionIndexFile(openDataContext(await getModel(), buildDate)));
