/** The Markdown body of a generated position: numbered duties with results, then the lists. */
import { DUTY_SCOPES } from './lexicon.ts';
import type { DutyTemplate, Pools } from './pools.ts';
import type { Rng } from './prng.ts';

function withScope(text: string, rng: Rng): string {
	if (!rng.chance(0.2)) return text;
	return `${text.replace(/[.;]\s*$/, '')} ${rng.pick(DUTY_SCOPES)}.`;
}

function dutyResults(template: DutyTemplate, pools: Pools, rng: Rng): string[] {
	if (rng.chance(0.02)) return [];
	const own = rng.subset(template.results, rng.int(1, template.results.length));
	if (rng.chance(0.3)) {
		const extra = rng.pick(pools.results);
		if (!own.includes(extra)) own.push(extra);
	}
	return own;
}

function listSection(
	heading: string,
	leads: readonly string[],
	items: readonly string[],
	rng: Rng,
): string {
	let out = `## ${heading}\n\n`;
	if (leads.length > 0 && !rng.chance(0.1)) out += `${rng.pick(leads)}\n\n`;
	const chosen = rng.subset(items, rng.int(Math.min(4, items.length), Math.min(8, items.length)));
	return out + chosen.map((item) => `- ${item}\n`).join('') + '\n';
}

export function renderBody(pools: Pools, rng: Rng): string {
	let out = '## Tööülesanded\n\n';
	const count = rng.int(5, 20);
	const templates = [...rng.sample(pools.duties, count)];
	while (templates.length < count) templates.push(rng.pick(pools.duties));
	templates.forEach((template, index) => {
		const number = `3.${index + 1}`;
		out += `### ${number}. ${withScope(template.text, rng)}\n\n`;
		const results = dutyResults(template, pools, rng);
		if (results.length > 0) out += results.map((result) => `- ${result}\n`).join('') + '\n';
		if (rng.chance(0.12)) {
			rng.sample(pools.subDuties, rng.int(1, 3)).forEach((sub, subIndex) => {
				out += `#### ${number}.${subIndex + 1}. ${sub.text}\n\n`;
				const subResults = dutyResults(sub, pools, rng);
				if (subResults.length > 0)
					out += subResults.map((result) => `- ${result}\n`).join('') + '\n';
			});
		}
	});
	out += listSection('Õigused', pools.rightsLeads, pools.rights, rng);
	out += listSection('Vastutus', pools.responsibilityLeads, pools.responsibilities, rng);
	if (pools.tools.length > 0 && !rng.chance(0.05))
		out += `## Töövahendid\n\n${rng.pick(pools.tools)}\n\n`;
	if (pools.revisionPolicy.length > 0 && !rng.chance(0.05)) {
		const items = rng.subset(
			pools.revisionPolicy,
			rng.int(1, Math.min(2, pools.revisionPolicy.length)),
		);
		out += `## Ametijuhendi muutmine\n\n${items.map((item) => `- ${item}\n`).join('')}`;
	}
	let end = out.length;
	while (end > 0 && out.charCodeAt(end - 1) === 10) end -= 1;
	return `${out.slice(0, end)}\n`;
}
