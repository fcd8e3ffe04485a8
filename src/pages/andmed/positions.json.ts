import type { APIRoute } from 'astro';
import { largeJsonResponse } from '../../lib/lifecycle/site.ts';
import { getPositionsFile } from '../../lib/site-data.ts';

/** All positions (docs/open-data.md). */
export const GET: APIRoute = async () => largeJsonResponse(await getPositionsFile(), 'positions');
