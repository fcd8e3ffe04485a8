import { beforeAll, describe, expect, test, vi } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import ReviewCounts from '../../src/components/lifecycle/ReviewCounts.astro';
import type { Model } from '../../src/lib/content/model.ts';
import {
	buildReviewReport,
	MAX_REVIEW_ENTRIES_ON_ONE_PAGE,
} from '../../src/lib/lifecycle/review.ts';
import { buildDate } from '../../src/lib/site-config.ts';
import DepartmentPage, {
	getStaticPaths as departmentPaths,
} from '../../src/pages/ulevaatus/[osakond].astro';
import IndexPage from '../../src/pages/ulevaatus/index.astro';
import AllPage, {
	getStaticPaths as allPaths,
} from '../../src/pages/ulevaatus/koik/[...page].astro';
import { generatedModel, render, type Component } from '../support/generated-agency.ts';
import { useModel } from '../support/fake-site-data.ts';

// A generated agency with more descriptions than the review dashboard shows on one page.
let model: Model;

vi.mock('../../src/lib/site-data.ts', () => import('../support/fake-site-data.ts'));

beforeAll(() => {
	model = useModel(generatedModel(400, 11));
}, 60_000);

describe('review dashboard of a large agency', () => {
	test('/ulevaatus/ links each osakond to its own page and shows no tables of positions', async () => {
		const report = buildReviewReport(model, buildDate);
		expect(report.entries.length).toBeGreaterThan(MAX_REVIEW_ENTRIES_ON_ONE_PAGE);
		const page = await render(IndexPage);
		expect(
			page.querySelectorAll('table.departments tbody a').map((a) => a.getAttribute('href')),
		).toEqual(report.departments.map((department) => `/ulevaatus/${department.unit.id}/`));
		expect(page.querySelectorAll('.unit-review')).toHaveLength(0);

		const paths = await departmentPaths();
		expect(paths.map((path) => path.params.osakond)).toEqual(
			report.departments.map((department) => department.unit.id),
		);
		const { department } = paths[1].props;
		const own = await render(DepartmentPage as Component, paths[1].props);
		expect(own.querySelector('h1')?.text).toBe(department.unit.name);
		const rows = own.querySelectorAll('.unit-review tbody tr');
		expect(rows).toHaveLength(department.counts.total);
	}, 60_000);

	test('/ulevaatus/koik/ is paged by due date: every description once, the earliest first', async () => {
		const report = buildReviewReport(model, buildDate);
		const paths = await allPaths();
		expect(paths.map((path) => path.params.page)).toEqual([
			undefined,
			...paths.slice(1).map((_, index) => String(index + 2)),
		]);
		expect(paths.flatMap((path) => path.props.page.rows)).toEqual(report.entries);
		expect(
			paths.every((path) => path.props.page.rows.length <= MAX_REVIEW_ENTRIES_ON_ONE_PAGE),
		).toBe(true);

		const second = await render(AllPage as Component, paths[1].props, {
			request: new Request('http://localhost/ulevaatus/koik/2/'),
		});
		expect(
			second.querySelector('.view-switch [aria-current="page"]')?.getAttribute('href'),
		).toBe('/ulevaatus/koik/');
		expect(second.querySelector('.pagination [aria-current="page"]')?.text.trim()).toBe('2');
		expect(second.querySelector('.pagination a[rel="prev"]')?.getAttribute('href')).toBe(
			'/ulevaatus/koik/',
		);
	}, 60_000);
});

describe('Pagination', () => {
	const numbers = async (current: number, last: number) => {
		const nav = (
			await render(Pagination, {
				current,
				last,
				href: (n: number) => `/x/${n}/`,
				label: 'Leheküljed',
			})
		).querySelector('nav');
		return nav?.querySelectorAll('li').map((li) => li.text.trim());
	};

	test('shows the first, the last and two pages each side of the current one, with gaps', async () => {
		expect(await numbers(2, 32)).toEqual([
			'‹ Eelmine',
			'1',
			'2',
			'3',
			'4',
			'…',
			'32',
			'Järgmine ›',
		]);
		expect(await numbers(16, 32)).toEqual([
			'‹ Eelmine',
			'1',
			'…',
			'14',
			'15',
			'16',
			'17',
			'18',
			'…',
			'32',
			'Järgmine ›',
		]);
		expect(await numbers(32, 32)).toEqual(['‹ Eelmine', '1', '…', '30', '31', '32']);
		expect(await numbers(1, 3)).toEqual(['1', '2', '3', 'Järgmine ›']);
	});

	test('a single page has no navigation', async () => {
		expect(await numbers(1, 1)).toBeUndefined();
	});
});

describe('ReviewCounts', () => {
	test('writes large counts with a space between thousands, as the rest of the site does', async () => {
		const counts = { total: 12345, overdue: 10001, 'due-soon': 2000, ok: 344, missing: 0 };
		const list = await render(ReviewCounts, { counts, label: 'Kogu amet' });
		expect(list.querySelector('.total')?.text).toContain('12\u00a0345 ametijuhendit kokku');
		expect(list.querySelector('.status-overdue strong')?.text).toBe('10\u00a0001');
		const line = await render(ReviewCounts, { counts, label: 'Osakond', compact: true });
		expect(line.querySelector('.compact')?.text).toContain('12\u00a0345 ametijuhendit');
	});
});
