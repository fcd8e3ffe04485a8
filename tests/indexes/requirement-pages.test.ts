import { beforeAll, describe, expect, test, vi } from 'vitest';
import type { Model } from '../../src/lib/content/model.ts';
import { educationSections, languageIndex } from '../../src/lib/indexes/requirements.ts';
import {
	MAX_ROWS_ON_ONE_PAGE,
	pageHref,
	pageParam,
	pageRangeText,
	pageRows,
} from '../../src/lib/paging.ts';
import EducationPage, {
	getStaticPaths as educationPaths,
} from '../../src/pages/nouded/haridus/[osa]/[...page].astro';
import HaridusPage from '../../src/pages/nouded/haridus.astro';
import LanguagePage, {
	getStaticPaths as languagePaths,
} from '../../src/pages/nouded/keeled/[keel]/[...page].astro';
import KeeledPage from '../../src/pages/nouded/keeled.astro';
import { generatedModel, render, type Component } from '../support/generated-agency.ts';
import { useModel } from '../support/fake-site-data.ts';

describe('pageRows', () => {
	test('every row once, in order, in pages of the given size', () => {
		const rows = Array.from({ length: 7 }, (_, index) => index);
		const pages = pageRows(rows, 3);
		expect(pages.map((page) => page.rows)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
		expect(pages.map((page) => [page.current, page.last, page.first, page.total])).toEqual([
			[1, 3, 1, 7],
			[2, 3, 4, 7],
			[3, 3, 7, 7],
		]);
		expect(pageRows([], 3)).toEqual([{ current: 1, last: 1, rows: [], first: 1, total: 0 }]);
	});

	test('addresses: the first page is the list itself', () => {
		expect([1, 2, 10].map(pageParam)).toEqual([undefined, '2', '10']);
		expect([1, 2].map(pageHref('/nouded/keeled/eesti/'))).toEqual([
			'/nouded/keeled/eesti/',
			'/nouded/keeled/eesti/2/',
		]);
		expect(pageRangeText({ first: 151, total: 12345 }, 150)).toBe(
			'151.–300. 12\u00a0345-st ametikohast',
		);
	});
});

// A generated agency where some requirements are on more positions than one page lists.
let model: Model;

vi.mock('../../src/lib/site-data.ts', () => import('../support/fake-site-data.ts'));

beforeAll(() => {
	model = useModel(generatedModel(400, 13));
}, 60_000);

describe('requirement indexes of a large agency', () => {
	test('/nouded/keeled/ lists short sections in full and links long ones to their pages, keeping every section id', async () => {
		const sections = languageIndex(model);
		const long = sections.filter((section) => section.rows.length > MAX_ROWS_ON_ONE_PAGE);
		expect(long.length).toBeGreaterThan(0);
		const page = await render(KeeledPage);
		for (const section of sections) {
			const element = page.querySelector(`section[aria-labelledby="${section.id}"]`)!;
			expect(element.querySelector(`h2#${section.id}`)).not.toBeNull();
			const isLong = section.rows.length > MAX_ROWS_ON_ONE_PAGE;
			expect(element.querySelectorAll('tbody tr')).toHaveLength(
				isLong ? 0 : section.rows.length,
			);
			if (isLong)
				expect(element.querySelector('a')?.getAttribute('href')).toBe(
					`/nouded/keeled/${section.id}/`,
				);
		}

		const paths = await languagePaths();
		for (const section of long) {
			const own = paths.filter((path) => path.params.keel === section.id);
			expect(own.flatMap((path) => path.props.page.rows)).toEqual(section.rows);
		}
		const second = paths.find((path) => path.params.page === '2')!;
		const html = await render(LanguagePage as Component, second.props);
		expect(html.querySelectorAll('tbody tr')).toHaveLength(second.props.page.rows.length);
		expect(html.querySelector('.pagination [aria-current="page"]')?.text.trim()).toBe('2');
	}, 60_000);

	test('/nouded/haridus/ pages its long sections, the experience table included', async () => {
		const sections = educationSections(model);
		expect(sections.at(-1)?.kind).toBe('experience');
		const page = await render(HaridusPage);
		for (const section of sections)
			expect(page.querySelector(`h2#${section.id}`)).not.toBeNull();

		const paths = await educationPaths();
		const experience = paths.filter((path) => path.params.osa === 'tookogemus');
		expect(experience.length).toBeGreaterThan(1);
		expect(experience.flatMap((path) => path.props.page.rows)).toEqual(sections.at(-1)!.rows);
		const html = await render(EducationPage as Component, experience[0].props);
		expect(html.querySelector('h1')?.text).toBe('Nõutav töökogemus');
		expect(html.querySelectorAll('td.years')).toHaveLength(
			experience[0].props.page.rows.length,
		);
	}, 60_000);
});
