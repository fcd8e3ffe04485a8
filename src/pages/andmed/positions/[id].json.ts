import type { APIRoute, GetStaticPaths } from 'astro';
import type { Position } from '../../../../schemas/position.ts';
import { positionFile } from '../../../lib/lifecycle/open-data.ts';
import { jsonResponse, openDataContext } from '../../../lib/lifecycle/site.ts';
import { buildDate } from '../../../lib/site-config.ts';
import { getModel } from '../../../lib/site-data.ts';

/** One position per file, so the comparison page loads only the two to four it shows. */
export const getStaticPaths = (async () => {
	const model = await getModel();
	return [...model.positions.values()].map((position) => ({ params: { id: position.id }, props: { position } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
	jsonResponse(positionFile((props as { position: Position }).position, openDataContext(await getModel(), buildDate)));
