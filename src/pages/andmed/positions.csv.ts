import type { APIRoute } from 'astro';
import { positionRows, toCsv } from '../../lib/lifecycle/open-data.ts';
import { getModel, getPositionsFile } from '../../lib/site-data.ts';

/** One row per position (docs/open-data.md). */
export const GET: APIRoute = async () =>
	new Response(toCsv(positionRows(await getModel(), await getPositionsFile())), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
