/**
 * Long lists at scale: a list of more than MAX_ROWS_ON_ONE_PAGE rows is shown on pages of that many
 * (/…/, /…/2/, /…/3/), so that no page of a 5,000-position site weighs megabytes.
 */
import { formatNumber } from './format.ts';

export const MAX_ROWS_ON_ONE_PAGE = 150;

export interface RowPage<T> {
	/** 1-based. */
	current: number;
	last: number;
	rows: T[];
	/** 1-based position of the page's first row in the whole list. */
	first: number;
	/** Rows in the whole list. */
	total: number;
}

/** The rows in pages of `size`; an empty list is one empty page. */
export function pageRows<T>(rows: readonly T[], size = MAX_ROWS_ON_ONE_PAGE): RowPage<T>[] {
	const last = Math.max(1, Math.ceil(rows.length / size));
	return Array.from({ length: last }, (_, index) => ({
		current: index + 1,
		last,
		rows: rows.slice(index * size, (index + 1) * size),
		first: index * size + 1,
		total: rows.length,
	}));
}

/** The route parameter of a page for a `[...page]` route: none for the first page. */
export const pageParam = (current: number): string | undefined =>
	current === 1 ? undefined : String(current);

/** The address of page n of the list at `base` (which ends with a slash). */
export const pageHref =
	(base: string) =>
	(n: number): string =>
		n === 1 ? base : `${base}${n}/`;

/** "151.–300. 4 834-st ametikohast": which rows of the whole list a page shows. */
export function pageRangeText(part: { first: number; total: number }, shown: number): string {
	return `${formatNumber(part.first)}.–${formatNumber(part.first + shown - 1)}. ${formatNumber(part.total)}-st ametikohast`;
}

/**
 * A page lists at most this many positions as plain links (about 180 KB of HTML); /ametikohad/ and a unit
 * page with more point to the units' own pages instead.
 */
export const MAX_POSITION_LINKS = 1000;
