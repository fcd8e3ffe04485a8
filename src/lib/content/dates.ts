/**
 * What is wrong with a date an author typed, and what they probably meant. The schemas accept only
 * real calendar dates written YYYY-MM-DD; these helpers turn a refusal into a message that teaches
 * the fix (tests/content/dates.test.ts).
 */

const MONTHS_INESSIVE = [
	'jaanuaris',
	'veebruaris',
	'märtsis',
	'aprillis',
	'mais',
	'juunis',
	'juulis',
	'augustis',
	'septembris',
	'oktoobris',
	'novembris',
	'detsembris',
];

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | undefined {
	if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	const match = ISO_SHAPE.exec(value);
	return match !== null && iso(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/**
 * The YYYY-MM-DD date the author most likely meant: the Estonian order (30.11.2026, 30/11/2026),
 * unpadded numbers (2026-1-5) or month and day swapped (2026-30-11). Undefined when no reading
 * gives a real date, or when the value is already one.
 */
export function suggestIsoDate(value: string): string | undefined {
	const text = value.trim();
	if (isIsoDate(text)) return text === value ? undefined : text;
	const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
	if (dayFirst) return iso(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
	const yearFirst = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(text);
	if (!yearFirst) return undefined;
	const [year, first, second] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
	return iso(year, first, second) ?? (first > 12 ? iso(year, second, first) : undefined);
}

/**
 * For a value shaped YYYY-MM-DD that is not in the calendar, why (the month has fewer days, there is
 * no such month); undefined for anything else.
 */
export function calendarProblem(value: string): { month?: string; days?: number } | undefined {
	const match = ISO_SHAPE.exec(value);
	if (!match || isIsoDate(value)) return undefined;
	const [year, month] = [Number(match[1]), Number(match[2])];
	if (month < 1 || month > 12) return {};
	return { month: MONTHS_INESSIVE[month - 1], days: daysIn(year, month) };
}
