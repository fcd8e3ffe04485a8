import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../src/lib/content/model.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { isIndexWord, synonymQueries, vocabularyKey } from '../../src/lib/search/alternatives.ts';
import { createAnalyzer, type Analyzer } from '../../src/lib/search/estonian.ts';
import { queryWords, withoutStopWords } from '../../src/lib/search/query-words.ts';
import { pagefindStem } from '../../src/lib/search/snowball-estonian.ts';
import { readSynonyms, synonymMap } from '../../src/lib/search/synonyms.ts';
import { vocabularyShards } from '../../src/lib/search/vocabulary.ts';
import { projectRoot } from '../helpers.ts';

// The synonym list HR keeps (content/search/synonyms.yaml) is only worth its entries if what they mean is on
// a page: a meaning the pages lack searches nothing, and a phrase whose words are on different pages finds
// no page at all (Pagefind requires every word on one page).

const { model } = loadContent({ root: projectRoot, today: '2026-11-23' });
const { synonyms, problems } = readSynonyms(projectRoot);
let analyzer: Analyzer;
beforeAll(async () => {
	analyzer = await createAnalyzer();
});

/** Each page's words as the search page's vocabulary holds them: with base forms and compound heads. */
function pageVocabularies(): { page: string; words: Map<string, string[]> }[] {
	const none = new Map();
	const one = (entities: Partial<Model>): Map<string, string[]> =>
		vocabularyShards(
			{ positions: none, units: none, competencies: none, ...entities } as Model,
			(word) => analyzer.lemmas(word)[0],
			(word) => analyzer.headTerms(word),
		);
	return [
		...[...model.positions].map(([id, p]) => ({
			page: `/ametikohad/${id}/`,
			words: one({ positions: new Map([[id, p]]) }),
		})),
		...[...model.units].map(([id, u]) => ({
			page: `/uksused/${id}/`,
			words: one({ units: new Map([[id, u]]) }),
		})),
		...[...model.competencies].map(([id, c]) => ({
			page: `/kompetentsid/${id}/`,
			words: one({ competencies: new Map([[id, c]]) }),
		})),
	];
}

/** The query expansions the build writes for the model's words (build/expansions.ts), by Pagefind stem. */
let expansions: Map<string, string[]>;
beforeAll(() => {
	expansions = analyzer.expansions(
		[
			...vocabularyShards(
				model,
				(word) => analyzer.lemmas(word)[0],
				(word) => analyzer.headTerms(word),
			).values(),
		].flat(),
	);
});

/**
 * Whether the search finds `word` among a page's words: as Pagefind matches it, or in a form of another stem
 * of its paradigm, which the search page searches too ("kantseleitarbed" → "kantseleitarvete"). The
 * vocabulary holds words of three letters or more.
 */
function onPage(word: string, words: Map<string, string[]>): boolean {
	if (word.length < 3) return true;
	const forms = [word, ...(expansions.get(pagefindStem(word)) ?? [])];
	return forms.some((form) => isIndexWord(form, words.get(vocabularyKey(form)) ?? []));
}

describe('the synonym list HR keeps', () => {
	test('is valid', () => {
		expect(problems).toEqual([]);
	});

	test('every meaning has all its words on one page', () => {
		const pages = pageVocabularies();
		const unfound = synonyms.synonyms
			.flatMap((entry) => entry.means)
			.filter((meaning) => {
				const words = queryWords(withoutStopWords(meaning));
				return !pages.some((page) => words.every((word) => onPage(word, page.words)));
			});
		expect(unfound).toEqual([]);
	});

	test('no typed word is listed twice with the same meanings', () => {
		const map = synonymMap(synonyms);
		for (const [word, meanings] of Object.entries(map))
			expect(new Set(meanings).size, word).toBe(meanings.length);
	});

	test.each([
		['kaubaveod', 'majandusveod'],
		['vallavalitsusele', 'kohalik omavalitsus'],
		['invatoetus', 'puuetega inimeste sotsiaaltoetus'],
		['tendrid', 'riigihange'],
		['uued töötajad', 'uute töötajate töökoht'],
		['autoremont', 'sõidukite hooldus'],
		['pensioniamet', 'Sotsiaalkindlustusamet'],
	])('an everyday word reaches the documents’ word: %s → %s', (typed, meaning) => {
		expect(synonymQueries(typed, synonymMap(synonyms))).toContain(meaning);
	});
});
