import type { APIRoute } from 'astro';
import { positionsFile } from '../../lib/lifecycle/open-data.ts';
import { largeJsonResponse, openDataContext } from '../../lib/lifecycle/site.ts';
import { buildDate } from '../../lib/site-config.ts';
import { getModel } from '../../lib/site-data.ts';

/** All positions (docs/open-data.md). */
export const GET: APIRoute = async () =>
	largeJsonResponse(positionsFile(openDataContext(await getModel(), buildDate)), 'positions');
