/**
 * Evaluation queries made by rule from a generated corpus (npm run generate), for the categories
 * that need no human judgement: exact title, inflected, no diacritics, typo, compound, gradation
 * and abbreviation. Positions and units are sampled with a seeded generator; each query expects
 * every page that answers it equally well (e.g. all positions with the title typed), any one of them
 * first. The same corpus and seed always give the same queries and the same tuning/blind halves.
 */
import { loadContent } from '../../src/lib/content/load.ts';
import type { Model } from '../../src/lib/content/model.ts';
import { createRng, hashString, type Rng } from '../../src/lib/generate/prng.ts';
import { findAbbreviations } from '../../src/lib/search/abbreviations.ts';
import {
	position,
	splitHalves,
	unit,
	type Category,
	type EvalQuery,
	type Half,
} from '../../tests/fixtures/search-eval/types.ts';

/** Queries per category, before the split into halves. */
export const PER_CATEGORY = 30;

/** A title held by more positions than this is too common to tell whether ranking works. */
const MAX_HOLDERS = 5;

/** Abbreviations the real documents use, which the generator copies into its sentences. */
const ABBREVIATIONS = ['SKAIS2', 'SKAIS', 'STAR', 'PIST', 'KOV', 'P26'];

/** Something a query can be made from: a text as a person sees it and the pages that answer it. */
export interface Target {
	text: string;
	expect: string[];
}

/** õ, ä, ö, ü, š, ž (and any other accented letter) without their marks, case kept. */
export function stripDiacritics(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** How an employee types a title: lowercase, without the parentheses of "Peaspetsialist (menetlus)". */
export function typed(text: string): string {
	return text.toLowerCase().replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
}

/** Case forms that only add an ending to the nominative (no stem change), by the word's ending. */
const INFLECTIONS: [RegExp, string[]][] = [
	[/ja$/, ['le', 'd', 'ga', 'lt']],
	[/ist$/, ['ile', 'id', 'iga', 'ilt']],
	[/ik$/, ['ud', 'ule', 'uga']],
	[/tiim$/, ['is', 'ist', 'i']],
];

/** The last word of `text` in another case or number, or undefined when no rule fits it. */
export function inflect(text: string, rng: Rng): string | undefined {
	const words = typed(text).split(' ');
	const last = words.at(-1) ?? '';
	const rule = INFLECTIONS.find(([ending]) => ending.test(last));
	if (!rule) return undefined;
	return [...words.slice(0, -1), last + rng.pick(rule[1])].join(' ');
}

/** Forms with a stem change against the nominative the pages use in names and titles. */
const GRADATIONS: [RegExp, string[]][] = [
	[/osakond$/, ['osakonna', 'osakonnas', 'osakonnad']],
	[/talitus$/, ['talituse', 'talituses', 'talitused']],
	[/juht$/, ['juhi', 'juhid', 'juhile']],
	[/ekspert$/, ['eksperdi', 'eksperdid']],
	[/konsultant$/, ['konsultandi', 'konsultandid']],
	[/koordinaator$/, ['koordinaatori', 'koordinaatorid']],
];

/** The last word of `text` with its stem alternated, or undefined when no rule fits it. */
export function alternate(text: string, rng: Rng): string | undefined {
	const words = typed(text).split(' ');
	const last = words.at(-1) ?? '';
	const rule = GRADATIONS.find(([ending]) => ending.test(last));
	if (!rule) return undefined;
	const stem = last.replace(rule[0], '');
	return [...words.slice(0, -1), stem + rng.pick(rule[1])].join(' ');
}

/** Heads of compounds in titles and unit names, longest first so "juhataja" wins over "juht". */
const HEADS = ['spetsialist', 'teenindaja', 'juhataja', 'osakond', 'talitus', 'juht', 'tiim'];

/**
 * The other way to write a compound: a one-word title or name ending in a known head apart
 * ("Talitusejuhataja" → "talituse juhataja"), a two-word name together ("Andmehalduse talitus" →
 * "andmehaldusetalitus"). Undefined when neither applies.
 */
export function recompose(text: string): string | undefined {
	const words = typed(text).split(' ');
	if (words.length === 1) {
		const word = words[0];
		const head = HEADS.find(
			(candidate) => word.endsWith(candidate) && word.length > candidate.length + 2,
		);
		return head ? `${word.slice(0, -head.length)} ${head}` : undefined;
	}
	if (words.length === 2 && HEADS.includes(words[1])) return words.join('');
	return undefined;
}

/** One slip in the longest word of 7 letters or more: a letter dropped, doubled or swapped with the next. */
export function misspell(text: string, rng: Rng): string | undefined {
	const words = typed(text).split(' ');
	const longest = words.reduce(
		(best, word, index) => (word.length > words[best].length ? index : best),
		0,
	);
	const word = words[longest];
	if (word.length < 7) return undefined;
	const at = rng.int(1, word.length - 3);
	const kind = rng.pick(['drop', 'double', 'swap'] as const);
	const slipped =
		kind === 'drop'
			? word.slice(0, at) + word.slice(at + 1)
			: kind === 'double'
				? word.slice(0, at + 1) + word.slice(at)
				: word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
	if (slipped === word) return undefined;
	words[longest] = slipped;
	return words.join(' ');
}

/**
 * Position titles held by at most MAX_HOLDERS positions, and every unit name. A title query expects
 * the positions with that title and, for a title without a qualifier, also those that add one
 * ("Klienditeenindaja" → "Klienditeenindaja (töövõime)" too).
 */
function targets(model: Model): { titles: Target[]; units: Target[] } {
	const holders = new Map<string, string[]>();
	const add = (key: string, path: string) =>
		holders.set(key, [...(holders.get(key) ?? []), path]);
	const counts = new Map<string, number>();
	for (const item of model.positions.values()) {
		const title = typed(item.title);
		counts.set(title, (counts.get(title) ?? 0) + 1);
		add(title, position(item.id));
		const base = typed(item.title.replace(/\(.*\)/, ''));
		if (base !== title) add(base, position(item.id));
	}
	const titles = [...counts]
		.filter(([, count]) => count <= MAX_HOLDERS)
		.map(([title]) => ({ text: title, expect: holders.get(title) ?? [] }));
	const units = [...model.units.values()].map((item) => ({
		text: item.name,
		expect: [unit(item.id)],
	}));
	return { titles, units };
}

/** `count` queries made by `make` from targets in a seeded order, skipping those it cannot use. */
function take(
	rng: Rng,
	pool: readonly Target[],
	count: number,
	make: (target: Target) => string | undefined,
): { query: string; expect: string[] }[] {
	const made: { query: string; expect: string[] }[] = [];
	for (const target of rng.shuffle(pool)) {
		if (made.length >= count) break;
		const query = make(target);
		if (query && !made.some((item) => item.query === query))
			made.push({ query, expect: target.expect });
	}
	return made;
}

/**
 * Whether a text answers a query for `abbreviation` as the search indexes it (src/lib/search/abbreviations.ts):
 * it writes the abbreviation, spells out what it stands for ("puuetega inimeste sotsiaaltoetused" for PIST),
 * or uses or spells out one it is indexed along with (SKAIS for SKAIS2).
 */
export function answersAbbreviation(text: string, abbreviation: string): boolean {
	if (new RegExp(`(^|[^\\p{L}\\p{N}])${abbreviation}($|[^\\p{L}\\p{N}])`, 'u').test(text))
		return true;
	const { used, expanded } = findAbbreviations(text);
	return [...used, ...expanded].some(
		(entry) => entry.abbreviation === abbreviation || entry.also?.includes(abbreviation),
	);
}

/** Per abbreviation and unit below the agency: the positions there whose purpose or duties answer it. */
export function abbreviationTargets(model: Model): Target[] {
	const found: Target[] = [];
	for (const abbreviation of ABBREVIATIONS) {
		const byUnit = new Map<string, string[]>();
		for (const item of model.positions.values()) {
			const text = [
				item.purpose ?? '',
				...item.duties.flatMap((duty) => [...duty.text, ...duty.results]),
			].join(' ');
			if (answersAbbreviation(text, abbreviation))
				byUnit.set(item.unit, [...(byUnit.get(item.unit) ?? []), position(item.id)]);
		}
		for (const [unitId, expect] of byUnit) {
			const named = model.units.get(unitId);
			// The agency itself is in every page; a unit with many such positions tells nothing about ranking.
			if (named && named.kind !== 'amet' && expect.length <= MAX_HOLDERS) {
				found.push({ text: `${abbreviation.toLowerCase()} ${typed(named.name)}`, expect });
			}
		}
	}
	return found;
}

/** Builds the queries from an already loaded model; `corpusQueries` loads it first. */
export function queriesFromModel(
	model: Model,
	seed: number,
	perCategory = PER_CATEGORY,
): Record<Half, EvalQuery[]> {
	const { titles, units } = targets(model);
	const rng = createRng(hashString(`corpus-queries:${seed}`));
	const half = Math.ceil(perCategory / 2);
	const both = (category: string, make: (target: Target, rng: Rng) => string | undefined) => {
		const stream = rng.fork(category);
		const fromTitles = take(stream, titles, half, (target) => make(target, stream));
		const fromUnits = take(stream, units, perCategory - fromTitles.length, (target) =>
			make(target, stream),
		);
		return [...fromTitles, ...fromUnits];
	};
	const made: Record<
		Exclude<Category, 'synonym' | 'duty' | 'competency' | 'question'>,
		{ query: string; expect: string[] }[]
	> = {
		'exact-title': both('exact-title', (target) => typed(target.text)),
		inflected: both('inflected', (target, stream) => inflect(target.text, stream)),
		'no-diacritics': both('no-diacritics', (target) => {
			const stripped = stripDiacritics(typed(target.text));
			return stripped === typed(target.text) ? undefined : stripped;
		}),
		typo: both('typo', (target, stream) => misspell(target.text, stream)),
		compound: both('compound', (target) => recompose(target.text)),
		gradation: both('gradation', (target, stream) => alternate(target.text, stream)),
		abbreviation: take(
			rng.fork('abbreviation'),
			abbreviationTargets(model),
			perCategory,
			(target) => target.text,
		),
	};
	const queries: EvalQuery[] = Object.entries(made).flatMap(([category, list]) =>
		list.map((item) => ({
			category: category as Category,
			query: item.query,
			expect: item.expect,
		})),
	);
	const halves = splitHalves(queries, seed);
	return {
		tuning: queries.filter((item) => halves.get(item) === 'tuning'),
		blind: queries.filter((item) => halves.get(item) === 'blind'),
	};
}

/** Loads the corpus under `root` through the project's parser and model and makes its queries. */
export function corpusQueries(root: string, seed: number): Record<Half, EvalQuery[]> {
	const { model, problems } = loadContent({ root });
	const errors = problems.filter((problem) => problem.severity === 'error');
	if (errors.length > 0)
		throw new Error(
			`Genereeritud korpuses on ${errors.length} viga; esimene: ${errors[0].message}`,
		);
	return queriesFromModel(model, seed);
}
