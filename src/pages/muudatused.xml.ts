import type { APIRoute } from 'astro';
import { changesFeed, getChangeLog } from '../lib/lifecycle/site.ts';
import { versionSummary } from '../lib/lifecycle/change-summary.ts';
import { buildDate } from '../lib/site-config.ts';
import { getModel } from '../lib/site-data.ts';

/** Atom feed of the newest changes across all positions. */
export const GET: APIRoute = async ({ site }) => {
	const model = await getModel();
	const log = getChangeLog(model);
	const xml = changesFeed({
		site,
		path: '/muudatused.xml',
		page: '/muudatused/',
		title: 'SKA ametijuhendid: viimati muudetud',
		entries: log.entries,
		unitName: (entry) => model.units.get(entry.position.unit)?.name,
		describe: (entry) =>
			versionSummary(model, entry.position.id, entry.version, entry.previous),
		fallbackUpdated: buildDate,
	});
	return new Response(xml, {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
