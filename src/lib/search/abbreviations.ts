/**
 * Abbreviations of the job descriptions and what they stand for, so that a page using one is found by its
 * expansion and a page using the expansion is found by the abbreviation.
 *
 * Pagefind already indexes inflected abbreviations under the abbreviation itself ("SKAIS-i" → skais, skaisi;
 * "KOVile" → kovi …), so a search for "SKAIS" or "KOV" finds them by prefix; what it cannot know is the link to
 * the spelled-out name. Expansion terms are plain words: run them through the Estonian analyser as well
 * (index.ts does), so their inflected forms reach the page too.
 */
import { linesOf, perLine } from './per-line.ts';
import { foldDiacritics } from './snowball-estonian.ts';

export interface Abbreviation {
	/** As written in the documents, upper case. */
	abbreviation: string;
	/** The base form of what it stands for. */
	expansion: string;
	/** Finds the expansion, in any inflection, in lower-case text without diacritics. */
	pattern: RegExp;
	/** Other abbreviations for the same thing, added along with this one. */
	also?: string[];
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
	{
		abbreviation: 'SKA',
		expansion: 'Sotsiaalkindlustusamet',
		pattern: /sotsiaalkindlustusame\p{L}*/u,
	},
	{
		abbreviation: 'SKAIS',
		expansion: 'sotsiaalkaitse infosüsteem',
		pattern: /sotsiaalkaitse\s+infosusteem\p{L}*/u,
		also: ['SKAIS2'],
	},
	// SKAIS2 is the current version of SKAIS: its expansion is found through the SKAIS entry above.
	{ abbreviation: 'SKAIS2', expansion: 'sotsiaalkaitse infosüsteem', pattern: /(?!)/u },
	{
		abbreviation: 'STAR',
		expansion: 'sotsiaalteenuste ja -toetuste andmeregister',
		pattern: /sotsiaalteenuste\s+ja\s+-?\s*(?:sotsiaal)?toetuste\s+andmeregist\p{L}*/u,
	},
	{
		abbreviation: 'PIST',
		expansion: 'puuetega inimeste sotsiaaltoetused',
		pattern: /puuetega\s+inimeste\s+sotsiaaltoetus\p{L}*/u,
	},
	{
		abbreviation: 'KOV',
		expansion: 'kohaliku omavalitsuse üksus',
		pattern: /kohali\p{L}*\s+omavalitsus\p{L}*/u,
	},
	{
		abbreviation: 'RTK',
		expansion: 'Riigi Tugiteenuste Keskus',
		pattern: /riigi\s+tugiteenuste\s+keskus\p{L}*/u,
	},
];

/** An abbreviation in upper case, alone or with a case ending: SKA, SKA-s, SKAIS-i, SKAIS2, KOVile, STAR-iga. */
const USE = new RegExp(
	`(?<![\\p{L}\\p{N}])(${ABBREVIATIONS.map((a) => a.abbreviation)
		.sort((a, b) => b.length - a.length)
		.join('|')})(?![\\p{Lu}\\p{N}])`,
	'gu',
);

/** The abbreviations a text uses, and those whose expansion it spells out. */
export function findAbbreviations(text: string): {
	used: Abbreviation[];
	expanded: Abbreviation[];
} {
	const used = new Set<string>();
	for (const match of text.matchAll(USE)) used.add(match[1]);
	const folded = foldDiacritics(text);
	return {
		used: ABBREVIATIONS.filter((a) => used.has(a.abbreviation)),
		expanded: ABBREVIATIONS.filter((a) => a.pattern.test(folded)),
	};
}

/**
 * Extra index terms for a text, lower-case: the expansion's words for each abbreviation it uses, and the
 * abbreviation for each expansion it spells out ("Riigi Tugiteenuste Keskusele" → "rtk").
 */
export function abbreviationTerms(text: string): string[] {
	return termsOf(findAbbreviations(text));
}

function termsOf({ used, expanded }: ReturnType<typeof findAbbreviations>): string[] {
	const out = new Set<string>();
	for (const a of used)
		for (const word of a.expansion.toLocaleLowerCase('et').match(/\p{L}+/gu) ?? [])
			out.add(word);
	for (const a of expanded)
		for (const abbreviation of [a.abbreviation, ...(a.also ?? [])])
			out.add(abbreviation.toLowerCase());
	return [...out];
}

/**
 * abbreviationTerms for texts that share most of their lines, as the pages of job descriptions do: each
 * distinct line is scanned once (an abbreviation and its expansion are written on one line).
 */
export function lineAbbreviationTerms(): (text: string | readonly string[]) => string[] {
	const count = ABBREVIATIONS.length;
	/** Per line: bit i for ABBREVIATIONS[i] used, bit count + i for its expansion spelled out. */
	const maskOf = perLine((line) => {
		const { used, expanded } = findAbbreviations(line);
		let mask = 0;
		for (const a of used) mask |= 1 << ABBREVIATIONS.indexOf(a);
		for (const a of expanded) mask |= 1 << (count + ABBREVIATIONS.indexOf(a));
		return mask;
	});
	return (text) => {
		let mask = 0;
		for (const line of linesOf(text)) mask |= maskOf(line);
		return termsOf({
			used: ABBREVIATIONS.filter((_, i) => mask & (1 << i)),
			expanded: ABBREVIATIONS.filter((_, i) => mask & (1 << (count + i))),
		});
	};
}
