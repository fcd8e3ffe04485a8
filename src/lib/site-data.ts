import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { publishedModel, type EntryData } from './content/handoff.ts';
import type { Model } from './content/model.ts';
import { layOutSectionsAside, type LaidOutSection } from './graph/laid-out.ts';
import {
	substitutionPages as buildSubstitutionPages,
	type SubstitutionPages,
} from './graph/substitution-report.ts';
import { positionsFile, type PositionsFile } from './lifecycle/open-data.ts';
import { openDataContext, versionsOf } from './lifecycle/site.ts';
import { buildDate } from './site-config.ts';
import { findCommonTexts, type CommonTexts } from './search/common-text.ts';
import {
	createAnalyzer,
	createSearchTerms,
	type Analyzer,
	type SearchTerms,
} from './search/index.ts';
import { modelTitleSortKey } from './search/title-order.ts';
import { vocabularyShards } from './search/vocabulary.ts';

let model: Promise<Model> | undefined;

/**
 * The content model for pages: the one the content loader built and published (content/handoff.ts),
 * checked against the load the collection entries come from.
 */
export function getModel(): Promise<Model> {
	model ??= Promise.all([
		getCollection('positions'),
		getCollection('units'),
		getCollection('competencies'),
	]).then((collections) =>
		publishedModel(
			collections.map((entries) => (entries[0]?.data as EntryData | undefined)?.generation),
		),
	);
	return model;
}

/** Date of the last commit that changed the position's file (YYYY-MM-DD); undefined without git history. */
export function lastChanged(positionId: string): string | undefined {
	return versionsOf(positionId)[0]?.date;
}

let positionRecords: Promise<PositionsFile> | undefined;

/**
 * positions.json's content, built once: positions.csv and positions-competencies.csv list the same
 * records, and each built all of them again.
 */
export function getPositionsFile(): Promise<PositionsFile> {
	positionRecords ??= getModel().then((model) =>
		positionsFile(openDataContext(model, buildDate)),
	);
	return positionRecords;
}

let searchTerms: Promise<SearchTerms | undefined> | undefined;

/**
 * The Estonian search enrichment (src/lib/search), loaded once per build. SEARCH_ENRICHMENT=0 turns it
 * off, which scripts/bench-search.ts uses to measure what it adds.
 */
export function getSearchTerms(): Promise<SearchTerms | undefined> {
	searchTerms ??=
		process.env.SEARCH_ENRICHMENT === '0'
			? Promise.resolve(undefined)
			: getAnalyzer().then(createSearchTerms);
	return searchTerms;
}

let analyzer: Promise<Analyzer> | undefined;

/**
 * The Estonian analyser, loaded once per build: the search terms and the typo vocabulary share its
 * dictionary and the analyses of the words they have in common.
 */
export function getAnalyzer(): Promise<Analyzer> {
	analyzer ??= createAnalyzer();
	return analyzer;
}

let vocabulary: Promise<Map<string, string[]>> | undefined;

/**
 * The words of the model by first letter (vocabulary.ts), with their base forms, compound heads and
 * the compounds written with a shared head left out: for the typo corrections and the query expansions.
 */
export function getVocabulary(): Promise<Map<string, string[]>> {
	vocabulary ??= Promise.all([getModel(), getAnalyzer()]).then(([model, analyzer]) =>
		vocabularyShards(
			model,
			(word) => analyzer.lemmas(word)[0],
			(word) => analyzer.headTerms(word),
			(text) => analyzer.suspendedCompounds(text),
		),
	);
	return vocabulary;
}

/**
 * The search page's sort key for a page titled `title` (data-pagefind-sort "pealkiri"): its place in Estonian
 * order among the titles of every position, unit and competency.
 */
export async function titleSortKey(title: string): Promise<string> {
	return modelTitleSortKey(await getModel(), title);
}

let commonTexts: Promise<CommonTexts> | undefined;

/** The wordings most job descriptions share, which the position pages keep out of the search index. */
export function getCommonTexts(): Promise<CommonTexts> {
	commonTexts ??= getModel().then((model) => findCommonTexts(model.positions.values()));
	return commonTexts;
}

/** Where a worker thread's source is: this module is bundled into the build's own chunks. */
const workerSource = (path: string) => join(process.cwd(), 'src/lib', path);

let laidOutSections: Promise<LaidOutSection[]> | undefined;

/** The substitution page's pictures, laid out once per build (on a worker thread for large sites). */
export function getLaidOutSections(): Promise<LaidOutSection[]> {
	laidOutSections ??= getModel().then((model) =>
		layOutSectionsAside(model, workerSource('graph/layout-worker.ts')),
	);
	return laidOutSections;
}

let substitutionPages: Promise<SubstitutionPages> | undefined;

/** The substitution report and its pictures, for /asendused/, its section pages and the unit pages' links. */
export function getSubstitutionPages(): Promise<SubstitutionPages> {
	substitutionPages ??= Promise.all([getModel(), getLaidOutSections()]).then(
		([model, sections]) => buildSubstitutionPages(model, sections),
	);
	return substitutionPages;
}

/**
 * Starts the work of pages rendered later, so that it runs while the position pages render: the
 * substitution pictures on a worker thread.
 */
export function prefetchLaterPages(): void {
	void getLaidOutSections();
}
