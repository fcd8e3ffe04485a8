/**
 * Turns a generated position, unit or competency into file text in the project's content format.
 */
import type { Competency } from '../../../schemas/competency.ts';
import { drawCompetencies, drawRequirements } from './draw-requirements.ts';
import type { Pools } from './pools.ts';
import { renderBody } from './render-body.ts';
import type { Rng } from './prng.ts';
import type { GenPosition, GenUnit } from './structure.ts';
import { toYaml, type YamlValue } from './yaml.ts';

const FLOW_KEYS = new Set(['substitutedBy', 'substitutes', 'preferred']);

export function renderUnit(unit: GenUnit): string {
	return toYaml({
		name: unit.name,
		kind: unit.kind,
		parent: unit.parent?.id,
		head: unit.head?.id,
	});
}

export function renderCompetency(competency: Competency): string {
	return toYaml({
		name: competency.name,
		aliases: competency.aliases,
		group: competency.group,
		definition: competency.definition,
	});
}

function isoDate(rng: Rng, fromYear: number, toYear: number, toMonth = 12): string {
	const year = rng.int(fromYear, toYear);
	const month = rng.int(1, year === toYear ? toMonth : 12);
	const day = rng.int(1, 28);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function frontmatter(position: GenPosition, pools: Pools, rng: Rng): string {
	const data: { [key: string]: YamlValue } = {
		title: position.title,
		unit: position.unit.id,
		manager: position.manager?.id,
		substitutedBy: position.substitutedBy,
		substitutes: position.substitutes,
	};
	if (position.stub) return toYaml({ ...data, stub: true }, 0, FLOW_KEYS);
	const purpose = rng.sample(
		pools.purposeSentences,
		rng.int(1, Math.min(2, pools.purposeSentences.length)),
	);
	Object.assign(data, {
		status: rng.weighted(['kehtiv', 'eelnõu', 'kehtetu'], [94, 5, 1]),
		group: rng.weighted([undefined, 'ametnik', 'töötaja'], [3, 4, 3]),
		purpose: purpose.join(' '),
		specialConditions:
			pools.specialConditions.length > 0 && rng.chance(0.05)
				? rng.pick(pools.specialConditions)
				: undefined,
		requirements: drawRequirements(pools, rng),
		competencies: drawCompetencies(pools, rng),
		approval: rng.chance(0.3)
			? {
					date: isoDate(rng, 2019, 2026, 6),
					directive: String(rng.int(1, 400)),
					approverRole: 'peadirektor',
				}
			: undefined,
		lastReviewed: rng.chance(0.85) ? isoDate(rng, 2025, 2026, 10) : undefined,
		reviewIntervalMonths: rng.chance(0.1) ? 24 : 12,
	});
	// A document is approved, then reviewed: the check warns about an approval after the last
	// review. Drawn as before, so the rest of the corpus stays the same.
	const approval = data.approval as { date: string } | undefined;
	if (approval && typeof data.lastReviewed === 'string' && approval.date > data.lastReviewed)
		approval.date = data.lastReviewed;
	const self =
		position.substitutedBy.includes(position.id) || position.substitutes.includes(position.id);
	const yaml = toYaml(data, 0, FLOW_KEYS);
	// The same reminder the hand-written files carry, so readers of generated files are not
	// puzzled.
	return self
		? yaml.replace(
				/^(substitutedBy|substitutes):/m,
				'# Oma tunnus tähendab "teine sama ametikoha teenistuja".\n$&',
			)
		: yaml;
}

export function renderPosition(position: GenPosition, pools: Pools, rng: Rng): string {
	const head = `---\n${frontmatter(position, pools, rng)}---\n`;
	return position.stub ? head : `${head}\n${renderBody(pools, rng)}`;
}
