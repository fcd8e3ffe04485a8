import type { APIRoute } from 'astro';
import { competenciesFile } from '../../lib/lifecycle/open-data.ts';
import { jsonResponse, openDataContext } from '../../lib/lifecycle/site.ts';
import { buildDate } from '../../lib/site-config.ts';
import { getModel } from '../../lib/site-data.ts';

/** The competency catalogue (docs/open-data.md). */
export const GET: APIRoute = async () =>
	jsonResponse(competenciesFile(openDataContext(await getModel(), buildDate)));
