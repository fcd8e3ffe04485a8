import type { APIRoute } from 'astro';
import { unitsFile } from '../../lib/lifecycle/open-data.ts';
import { jsonResponse, openDataContext } from '../../lib/lifecycle/site.ts';
import { buildDate } from '../../lib/site-config.ts';
import { getModel } from '../../lib/site-data.ts';

/** Structural units (docs/open-data.md). */
export const GET: APIRoute = async () =>
	jsonResponse(unitsFile(openDataContext(await getModel(), buildDate)));
