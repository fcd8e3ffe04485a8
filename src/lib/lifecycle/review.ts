/**
 * Review deadlines (ülevaatuse tähtajad): pure date arithmetic and the grouping behind /ulevaatus/.
 * Dates are calendar days written YYYY-MM-DD and computed in UTC, so no time zone or daylight-saving
 * change can move a deadline by a day.
 */
import { compareEt } from '../content/estonian-order.ts';
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import { nextReviewDue, unitChain, type Model } from '../content/model.ts';
import { MAX_ROWS_ON_ONE_PAGE } from '../paging.ts';

/** How close a position is to its next review. */
export type ReviewStatus = 'overdue' | 'due-soon' | 'ok' | 'missing';

/** A review due within this many days of the build date counts as "due soon" (both ends inclusive). */
export const REVIEW_WINDOW_DAYS = 60;

/** Above this many descriptions /ulevaatus/ links to a page per osakond and /ulevaatus/koik/ is paged. */
export const MAX_REVIEW_ENTRIES_ON_ONE_PAGE = MAX_ROWS_ON_ONE_PAGE;

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['overdue', 'due-soon', 'ok', 'missing'];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
	overdue: 'tähtaeg möödas',
	'due-soon': `tähtaeg ${REVIEW_WINDOW_DAYS} päeva jooksul`,
	ok: 'korras',
	missing: 'kuupäev puudub',
};

const DAY_MS = 86_400_000;

function toUtc(iso: string): number {
	const [year, month, day] = iso.split('-').map(Number);
	return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
	return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/**
 * Status of a due date on `today`: due today or within the next `windowDays` days is "due soon",
 * the day after the due date is "overdue".
 */
export function reviewStatus(
	due: string | undefined,
	today: string,
	windowDays = REVIEW_WINDOW_DAYS,
): ReviewStatus {
	if (due === undefined) return 'missing';
	if (due < today) return 'overdue';
	return due <= addDays(today, windowDays) ? 'due-soon' : 'ok';
}

export interface ReviewEntry {
	position: Position;
	lastReviewed: string | undefined;
	intervalMonths: number;
	/** lastReviewed + interval (month ends clamp: 31 January + 1 month = 28/29 February). */
	due: string | undefined;
	status: ReviewStatus;
	/** Days from today to the due date; negative when overdue, undefined without a date. */
	daysLeft: number | undefined;
}

export function reviewEntry(
	position: Position,
	today: string,
	windowDays = REVIEW_WINDOW_DAYS,
): ReviewEntry {
	const due = nextReviewDue(position);
	return {
		position,
		lastReviewed: position.lastReviewed,
		intervalMonths: position.reviewIntervalMonths,
		due,
		status: reviewStatus(due, today, windowDays),
		daysLeft: due === undefined ? undefined : daysBetween(today, due),
	};
}

/** By due date, earliest (most overdue) first; positions without a date last; then by title. */
export function compareReviewEntries(a: ReviewEntry, b: ReviewEntry): number {
	if (a.due !== b.due) {
		if (a.due === undefined) return 1;
		if (b.due === undefined) return -1;
		return a.due < b.due ? -1 : 1;
	}
	return (
		compareEt(a.position.title, b.position.title) || a.position.id.localeCompare(b.position.id)
	);
}

export type ReviewCounts = Record<ReviewStatus, number> & { total: number };

export function emptyCounts(): ReviewCounts {
	return { overdue: 0, 'due-soon': 0, ok: 0, missing: 0, total: 0 };
}

export function countStatuses(entries: readonly ReviewEntry[]): ReviewCounts {
	const counts = emptyCounts();
	for (const entry of entries) addTo(counts, entry.status);
	return counts;
}

function addTo(counts: ReviewCounts, status: ReviewStatus): void {
	counts[status] += 1;
	counts.total += 1;
}

/** Whether a position is on the review dashboard: described (not a stub) and not repealed. */
export function isReviewed(position: Position): boolean {
	return !position.stub && position.status !== 'kehtetu';
}

export interface UnitReview {
	unit: Unit;
	/** Agency first, the unit itself last. */
	chain: readonly Unit[];
	/** The unit's own positions, sorted by due date. */
	entries: ReviewEntry[];
	counts: ReviewCounts;
}

export interface DepartmentReview {
	/** The osakond, or the agency itself for positions placed directly under it. */
	unit: Unit;
	/** Positions of the department and all its sub-units. */
	counts: ReviewCounts;
	/** The department's own unit first, then its sub-units in tree order; only units with entries. */
	units: UnitReview[];
}

export interface ReviewReport {
	today: string;
	counts: ReviewCounts;
	/** All entries, sorted by due date. */
	entries: ReviewEntry[];
	departments: DepartmentReview[];
	/** Repealed positions left out of the dashboard. */
	repealed: number;
}

/**
 * Builds the dashboard from the model's per-unit position lists, walking the unit tree once: each unit
 * is visited once and each position once, so the page costs O(positions + units).
 */
export function buildReviewReport(model: Model, today: string): ReviewReport {
	const counts = emptyCounts();
	const entries: ReviewEntry[] = [];
	const departments: DepartmentReview[] = [];
	let repealed = 0;
	const visited = new Set<string>();

	const collect = (unit: Unit, into: UnitReview[], department: ReviewCounts) => {
		if (visited.has(unit.id)) return;
		visited.add(unit.id);
		const own: ReviewEntry[] = [];
		for (const position of model.unitPositions.get(unit.id) ?? []) {
			if (position.stub) continue;
			if (!isReviewed(position)) {
				repealed += 1;
				continue;
			}
			own.push(reviewEntry(position, today));
		}
		if (own.length > 0) {
			own.sort(compareReviewEntries);
			const unitCounts = countStatuses(own);
			into.push({ unit, chain: unitChain(model, unit.id), entries: own, counts: unitCounts });
			for (const entry of own) {
				addTo(department, entry.status);
				addTo(counts, entry.status);
				entries.push(entry);
			}
		}
		for (const child of model.unitChildren.get(unit.id) ?? []) collect(child, into, department);
	};

	const roots = [...model.units.values()].filter(
		(unit) => unit.parent === undefined || !model.units.has(unit.parent),
	);
	for (const root of roots.sort((a, b) => compareEt(a.name, b.name))) {
		// Positions placed on the agency itself form a group of their own, before the departments.
		const agency: DepartmentReview = { unit: root, counts: emptyCounts(), units: [] };
		visited.add(root.id);
		const own = (model.unitPositions.get(root.id) ?? []).filter((position) => !position.stub);
		const reviewed = own
			.filter(isReviewed)
			.map((position) => reviewEntry(position, today))
			.sort(compareReviewEntries);
		repealed += own.length - reviewed.length;
		if (reviewed.length > 0) {
			agency.units.push({
				unit: root,
				chain: [root],
				entries: reviewed,
				counts: countStatuses(reviewed),
			});
			for (const entry of reviewed) {
				addTo(agency.counts, entry.status);
				addTo(counts, entry.status);
				entries.push(entry);
			}
			departments.push(agency);
		}
		for (const child of model.unitChildren.get(root.id) ?? []) {
			const department: DepartmentReview = { unit: child, counts: emptyCounts(), units: [] };
			collect(child, department.units, department.counts);
			if (department.units.length > 0) departments.push(department);
		}
	}
	entries.sort(compareReviewEntries);
	return { today, counts, entries, departments, repealed };
}
