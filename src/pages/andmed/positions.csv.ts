import type { APIRoute } from 'astro';
import { positionRows, toCsv } from '../../lib/lifecycle/open-data.ts';
import { openDataContext } from '../../lib/lifecycle/site.ts';
import { buildDate } from '../../lib/site-config.ts';
import { getModel } from '../../lib/site-data.ts';

/** One row per position (docs/open-data.md). */
export const GET: APIRoute = async () =>
	new Response(toCsv(positionRows(openDataContext(await getModel(), buildDate))), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
