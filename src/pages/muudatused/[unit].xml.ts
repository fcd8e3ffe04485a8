import type { APIRoute, GetStaticPaths } from 'astro';
import type { Unit } from '../../../schemas/unit.ts';
import { changesFeed, getChangeLog } from '../../lib/lifecycle/site.ts';
import { versionSummary } from '../../lib/lifecycle/change-summary.ts';
import { buildDate } from '../../lib/site-config.ts';
import { getModel } from '../../lib/site-data.ts';

/** Atom feed per unit (the unit and the units below it), for units that have changes. */
export const getStaticPaths = (async () => {
	const log = getChangeLog(await getModel());
	return log.units.map((unit) => ({ params: { unit: unit.id }, props: { unit } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
	const { unit } = props as { unit: Unit };
	const model = await getModel();
	const xml = changesFeed({
		site,
		path: `/muudatused/${unit.id}.xml`,
		page: `/muudatused/${unit.id}/`,
		title: `SKA ametijuhendid: ${unit.name}, viimati muudetud`,
		entries: getChangeLog(model).byUnit.get(unit.id) ?? [],
		unitName: (entry) => model.units.get(entry.position.unit)?.name,
		describe: (entry) =>
			versionSummary(model, entry.position.id, entry.version, entry.previous),
		fallbackUpdated: buildDate,
	});
	return new Response(xml, {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
};
