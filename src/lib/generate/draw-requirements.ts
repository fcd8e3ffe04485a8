/**
 * The requirements and competencies of a generated position, drawn from the pools in the wording
 * real documents use (education with a field of study, languages with CEFR levels, catalogue names
 * or their aliases).
 */
import type { Competency } from '../../../schemas/competency.ts';
import { STUDY_FIELDS } from './lexicon.ts';
import type { Pools } from './pools.ts';
import type { Rng } from './prng.ts';
import type { CefrLevel, EducationLevel, Language } from './types.ts';
import type { YamlValue } from './yaml.ts';

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

export function drawRequirements(pools: Pools, rng: Rng): YamlValue {
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

export function drawCompetencies(pools: Pools, rng: Rng): YamlValue {
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
