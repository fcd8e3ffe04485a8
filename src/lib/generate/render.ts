/** Turns a generated position, unit or competency into file text in the project's content format. */
import type { Competency } from '../../../schemas/competency.ts';
import type { CefrLevel, EducationLevel, Language } from './types.ts';
import { DUTY_SCOPES, STUDY_FIELDS } from './lexicon.ts';
import type { DutyTemplate, Pools } from './pools.ts';
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

const EDUCATION: { level: EducationLevel; weight: number; texts: readonly string[] }[] = [
	{ level: 'keskharidus', weight: 1, texts: ['Keskharidus.', 'Vähemalt keskharidus.'] },
	{
		level: 'kutseharidus',
		weight: 1,
		texts: ['Kutseharidus.', 'Keskeriharidus või kutseharidus.'],
	},
	{
		level: 'rakenduslik kõrgharidus',
		weight: 3,
		texts: [
			'Rakenduslik kõrgharidus, soovitatavalt {field} alane.',
			'Soovituslikult {field}alane rakendus- või kõrgharidus.',
		],
	},
	{
		level: 'kõrgharidus',
		weight: 6,
		texts: [
			'Kõrgharidus',
			'Kõrgharidus, soovitavalt {field} valdkonnas.',
			'Kõrgharidus või sellele vastav kvalifikatsioon.',
		],
	},
	{
		level: 'bakalaureusekraad',
		weight: 2,
		texts: [
			'{Field}alane bakalaureusekraad. Soovitavalt magistrikraad või sellele vastav haridus.',
			'Bakalaureusekraad {field} valdkonnas.',
		],
	},
	{
		level: 'magistrikraad',
		weight: 2,
		texts: ['Magistrikraad või sellele vastav kvalifikatsioon.', '{Field}alane magistrikraad.'],
	},
];

const LANGUAGE_NAMES: Partial<Record<Language, string>> = {
	eesti: 'Eesti',
	inglise: 'Inglise',
	vene: 'Vene',
	saksa: 'Saksa',
	soome: 'Soome',
};

function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('et') + text.slice(1);
}

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

function requirements(pools: Pools, rng: Rng): YamlValue {
	const education = rng.weighted(
		EDUCATION,
		EDUCATION.map((e) => e.weight),
	);
	const field = rng.pick(STUDY_FIELDS);
	const educationText = rng
		.pick(education.texts)
		.replace('{field}', field)
		.replace('{Field}', capitalize(field));

	const years = rng.weighted([0, 1, 2, 3, 5], [2, 3, 3, 3, 1]);
	const experience =
		years === 0
			? {
					text: rng.pick([
						'Töökogemus ametikoha töövaldkonnas.',
						'Töökogemus ei ole nõutav.',
						'Kasuks tuleb töökogemus avalikus sektoris.',
					]),
				}
			: {
					years,
					text: rng.pick([
						`Vähemalt ${years}-aastane töökogemus ametikoha töövaldkonnas.`,
						`Soovitatavalt ${years}-aastane töökogemus ametikoha töövaldkonnas.`,
						`Vähemalt ${years}-aastane töökogemus ameti töövaldkonnaga sarnases või avaliku sektori asutuses.`,
					]),
				};

	const estonian: CefrLevel = rng.weighted(['B2', 'C1', 'C2'], [1, 8, 1]);
	const items: YamlValue[] = [{ language: 'eesti', level: estonian }];
	const lines = [
		rng.pick([
			`Valdab eesti keelt vähemalt tasemel ${estonian}.`,
			`Eesti keele oskus vähemalt tasemel ${estonian}.`,
		]),
	];
	const foreign = rng.weighted(['none', 'one', 'any', 'two'], [4, 3, 2, 1]);
	if (foreign === 'one' || foreign === 'two') {
		for (const language of rng.sample<Language>(
			['inglise', 'vene', 'soome', 'saksa'],
			foreign === 'one' ? 1 : 2,
		)) {
			const level: CefrLevel = rng.pick(['A2', 'B1', 'B1', 'B2']);
			items.push({ language, level });
			lines.push(`${LANGUAGE_NAMES[language]} keele oskus vähemalt tasemel ${level}.`);
		}
	} else if (foreign === 'any') {
		const level: CefrLevel = rng.pick(['B1', 'B2']);
		const preferred = rng.sample<Language>(['inglise', 'vene'], rng.int(1, 2));
		items.push({ language: 'võõrkeel', level, preferred });
		lines.push(
			`Vähemalt ühe võõrkeele valdamine (soovitavalt ${preferred.map((l) => `${l}`).join(' või ')} keel) vähemalt tasemel ${level}.`,
		);
	}

	const optional = (p: number, pool: readonly string[], count: [number, number]) =>
		pool.length > 0 && rng.chance(p)
			? rng.subset(pool, rng.int(count[0], Math.min(count[1], pool.length)))
			: [];
	const computer = optional(0.85, pools.computerSkills, [1, 3]);
	const knowledge = optional(0.35, pools.knowledge, [1, 3]);
	const qualities = optional(0.25, pools.personalQualities, [1, 1]);
	return {
		education: { level: education.level, text: educationText },
		experience,
		languages: { items, text: lines.join('\n') },
		computerSkills: computer.length > 0 ? computer.join(' ') : undefined,
		knowledge: knowledge.length > 0 ? knowledge.join('\n') : undefined,
		personalQualities: qualities[0],
		additional: optional(0.2, pools.additionalRequirements, [1, 3]),
	};
}

function competencies(pools: Pools, rng: Rng): YamlValue {
	const core = pools.competencies.filter((c) => c.group === 'core');
	const additional = pools.competencies.filter((c) => c.group === 'additional');
	const chosenCore = rng.subset(core, rng.int(Math.min(3, core.length), core.length));
	// Documents sometimes list a catalogue "additional" competency among the core ones.
	const borrowed = additional.length > 0 && rng.chance(0.15) ? [rng.pick(additional)] : [];
	const rest = additional.filter((c) => !borrowed.includes(c));
	const chosenAdditional = rng.sample(
		rest,
		rng.int(Math.min(2, rest.length), Math.min(8, rest.length)),
	);
	const ref = (competency: Competency): YamlValue => {
		const name =
			competency.aliases.length > 0 && rng.chance(0.3)
				? rng.pick(competency.aliases)
				: competency.name;
		const pool = pools.indicators.get(competency.id) ?? [];
		let indicators: string[] = [];
		if (!rng.chance(0.1)) {
			indicators =
				pool.length > 0
					? rng.subset(pool, rng.int(1, Math.min(5, pool.length)))
					: [competency.definition];
		}
		return { name, indicators };
	};
	return {
		core: [...chosenCore, ...borrowed].map(ref),
		additional: chosenAdditional.map(ref),
		notes:
			pools.competencyNotes.length > 0 && rng.chance(0.08)
				? [rng.pick(pools.competencyNotes)]
				: [],
	};
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
		requirements: requirements(pools, rng),
		competencies: competencies(pools, rng),
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
	// A document is approved, then reviewed: the check warns about an approval after the last review.
	// Drawn as before, so the rest of the corpus stays the same.
	const approval = data.approval as { date: string } | undefined;
	if (approval && typeof data.lastReviewed === 'string' && approval.date > data.lastReviewed)
		approval.date = data.lastReviewed;
	const self =
		position.substitutedBy.includes(position.id) || position.substitutes.includes(position.id);
	const yaml = toYaml(data, 0, FLOW_KEYS);
	// The same reminder the hand-written files carry, so readers of generated files are not puzzled.
	return self
		? yaml.replace(
				/^(substitutedBy|substitutes):/m,
				'# Oma tunnus tähendab "teine sama ametikoha teenistuja".\n$&',
			)
		: yaml;
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

function body(pools: Pools, rng: Rng): string {
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

export function renderPosition(position: GenPosition, pools: Pools, rng: Rng): string {
	const head = `---\n${frontmatter(position, pools, rng)}---\n`;
	return position.stub ? head : `${head}\n${body(pools, rng)}`;
}
