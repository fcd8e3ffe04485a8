/**
 * What the build writes beside Astro's pages (scripts/build-site.ts): the search index of exactly the
 * searchable pages, the query expansions measured against what Pagefind indexed, and the open-data
 * file of every position.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { ALL_VOCABULARY, VOCABULARY_PATH } from '../../src/lib/search/alternatives.ts';
import { expansionVocabulary } from '../../src/lib/search/expansions.ts';
import { createAnalyzer } from '../../src/lib/search/estonian.ts';
import { pagefindStem } from '../../src/lib/search/snowball-estonian.ts';
import { indexedVocabulary, indexWords } from '../support/indexed-vocabulary.ts';
import { listFiles, urlPathOf } from './support/site.ts';

const siteDir = inject('siteDir');

describe('the built site beside its pages', () => {
	test('the search index holds exactly the pages marked data-pagefind-body (one Estonian index)', () => {
		const searchable = listFiles(siteDir)
			.filter((file) => file.endsWith('.html'))
			.map((file) => ({
				path: urlPathOf(file),
				html: readFileSync(join(siteDir, file), 'utf8'),
			}))
			.filter(
				({ html }) =>
					html.includes('data-pagefind-body') &&
					parse(html).querySelector('[data-pagefind-body]'),
			);
		const entry = JSON.parse(
			readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8'),
		) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.keys(entry.languages)).toEqual(['et']);
		// src/lib/search/build/index-build.ts indexes only these files (SEARCHABLE_PAGES): a new searchable
		// template outside them would silently drop out of search.
		expect(
			searchable
				.map(({ path }) => path)
				.filter(
					(path) =>
						!/^\/((ametikohad|uksused|kompetentsid)\/[^/]+|korduvad-sonastused)\/$/.test(
							path,
						),
				),
		).toEqual([]);
		expect(entry.languages.et.page_count).toBe(searchable.length);
	});

	test("the query expansions, made from the model's words, cover what Pagefind indexed", async () => {
		// expansions.ts takes its words from the model (expansionVocabulary); Pagefind's own index is the
		// oracle. What the model lacks is the templates' labels ("tööülesanded", "isikuomadused"),
		// numbers, the compound heads of the pages' terms ("võime" of "töövõime") and words run
		// together across a <dt> and its <dd>: 0.858 of the index words and 0.964 of the expansions'
		// stems on the real content (December 2026).
		const model = expansionVocabulary(
			JSON.parse(
				readFileSync(join(siteDir, VOCABULARY_PATH, `${ALL_VOCABULARY}.json`), 'utf8'),
			) as string[],
		);
		const stems = new Set(model.map(pagefindStem));
		const index = [...indexWords(siteDir)];
		const wordCoverage = index.filter((word) => stems.has(word)).length / index.length;
		expect(wordCoverage, `index words covered: ${wordCoverage.toFixed(3)}`).toBeGreaterThan(
			0.8,
		);
		const analyzer = await createAnalyzer();
		const fromModel = analyzer.expansions([...model].sort());
		const fromIndex = [...analyzer.expansions([...indexedVocabulary(siteDir)].sort()).keys()];
		const stemCoverage =
			fromIndex.filter((stem) => fromModel.has(stem)).length / fromIndex.length;
		expect(stemCoverage, `expansion stems covered: ${stemCoverage.toFixed(3)}`).toBeGreaterThan(
			0.95,
		);
		expect(readdirSync(join(siteDir, 'otsing/laiendused')).length).toBeGreaterThan(0);
	});

	test('every position in positions.json has its own open-data file with the same record', () => {
		// Written by the build's last stage (scripts/lib/build/open-data.ts): a failure must not go unnoticed.
		const all = JSON.parse(readFileSync(join(siteDir, 'andmed/positions.json'), 'utf8')) as {
			generated: string;
			positions: { id: string }[];
		};
		expect(all.positions.length).toBeGreaterThan(0);
		for (const position of all.positions) {
			const file = JSON.parse(
				readFileSync(join(siteDir, `andmed/positions/${position.id}.json`), 'utf8'),
			) as { generated: string; position: unknown };
			expect(file.generated).toBe(all.generated);
			expect(file.position).toEqual(position);
		}
		expect(readdirSync(join(siteDir, 'andmed/positions')).sort()).toEqual(
			all.positions.map(({ id }) => `${id}.json`).sort(),
		);
	});
});
