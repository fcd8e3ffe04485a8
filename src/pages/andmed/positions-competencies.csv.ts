import type { APIRoute } from 'astro';
import { competencyPairRows, toCsv } from '../../lib/lifecycle/open-data.ts';
import { getPositionsFile } from '../../lib/site-data.ts';

/** Positions × competencies, one row per pair (docs/open-data.md). */
export const GET: APIRoute = async () =>
	new Response(toCsv(competencyPairRows(await getPositionsFile())), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
	});
