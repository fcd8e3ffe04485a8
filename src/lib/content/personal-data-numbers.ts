/**
 * Isikukoodid and phone numbers in one decoded line (personal-data.ts): digit groups joined by single
 * spaces or dashes, each window of whole groups tried as a code and then as a phone number.
 */
import type { Match } from './personal-data.ts';

/** Isikukood checksum (two passes of weights, as defined by the Estonian standard EVS 585). */
export function isValidIdCode(code: string): boolean {
	if (!/^[1-8]\d{10}$/.test(code)) return false;
	const digits = [...code].map(Number);
	const century = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000, 7: 2100, 8: 2100 }[digits[0]] ?? 0;
	const year = century + digits[1] * 10 + digits[2];
	const month = digits[3] * 10 + digits[4];
	const day = digits[5] * 10 + digits[6];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
	const weigh = (weights: number[]) => weights.reduce((sum, weight, index) => sum + weight * digits[index], 0) % 11;
	let check = weigh([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]);
	if (check === 10) check = weigh([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 10;
	return check === digits[10];
}

const isDigit = (character: string | undefined) => character !== undefined && character >= '0' && character <= '9';

/** One run of digits in a number written with spaces or dashes between its groups. */
interface Group {
	start: number;
	end: number;
}

/** Separators allowed between the digit groups of one number: one space or one dash. */
const GROUP_SEPARATOR = new Set([' ', '-']);

/** Words before a number that make it a reference, not a phone number (`Käskkiri nr 5123456`). */
const REFERENCE_BEFORE = /(?:^|[^\p{L}])(?:nr|no|number|numbri(?:ga)?|registrikood(?:iga)?|reg|kood(?:iga)?|viide|viitenumber|käskkiri|käskkirjaga|otsus|määrus|akt|punkt|lg|§)\.?\s?[:#]?\s?$/iu;
/** Words after a number that make it a sum of money or a count. */
const AMOUNT_AFTER = /^\s?(?:€|eur(?:o|ot|ole|i|iga)?\b|krooni|senti|inimest|inimese|isikut|klienti|korda|tundi|päeva|aastat|km|m²|%)/iu;
const AMOUNT_BEFORE = /(?:€|eur|summas?|summa ulatuses)\s?$/iu;

/** Digits-only groups with `1–3` then only `3`: a count or sum in thousands (`5 000 000`). */
function isThousands(text: string, groups: readonly Group[]): boolean {
	if (groups.length < 3) return false;
	const first = groups[0].end - groups[0].start;
	return first <= 3 && groups.slice(1).every((group) => group.end - group.start === 3 && text[group.start - 1] === ' ');
}

/** Whether `digits` (no country code) is an Estonian phone number: mobile 5x/8x, landline 3x/4x/6x/7x, 800. */
function isLocalPhone(digits: string, international: boolean): boolean {
	const length = digits.length;
	if (international) return (length === 7 || length === 8) && digits[0] !== '0';
	switch (digits[0]) {
		case '5':
			return length === 7 || length === 8;
		case '8':
			return length === 8 || (length === 7 && digits.startsWith('80'));
		case '3':
		case '4':
		case '6':
		case '7':
			return length === 7;
		default:
			return false;
	}
}

/**
 * Isikukoodid and phone numbers: digit groups joined by single spaces or dashes (`376 0503 0299`,
 * `+372 5123-4567`), each window of whole groups tried as a code (11 digits, valid checksum) and then
 * as a phone number. A number inside a date, a decimal or a reference (`1-1/2023`, `26.03.2023`) or
 * after "nr" or before "eurot" is not a phone number.
 */
export function findNumbers(text: string, found: Match[]): void {
	let index = 0;
	while (index < text.length) {
		if (!isDigit(text[index])) {
			index += 1;
			continue;
		}
		// Collect one sequence of groups.
		const groups: Group[] = [];
		let position = index;
		for (;;) {
			const start = position;
			while (isDigit(text[position])) position += 1;
			groups.push({ start, end: position });
			const separator = text[position];
			// "(+372) 5123 4567": a closing parenthesis after the country code, then a space.
			const afterCode = groups.length === 1 && separator === ')' && text[position + 1] === ' ' && isDigit(text[position + 2]);
			if (afterCode) {
				position += 2;
				continue;
			}
			if (separator !== undefined && GROUP_SEPARATOR.has(separator) && isDigit(text[position + 1])) {
				position += 1;
				continue;
			}
			break;
		}
		const sequenceStart = groups[0].start;
		const sequenceEnd = groups.at(-1)!.end;
		index = sequenceEnd;
		// Fewer than seven digits is neither a code nor a phone number: most numbers end here.
		let digitCount = 0;
		for (const group of groups) digitCount += group.end - group.start;
		if (digitCount < 7) continue;
		const before = text[sequenceStart - 1];
		const after = text[sequenceEnd];
		// Part of a larger number: a date, a decimal, a reference with slashes, or glued to letters.
		const partOfLarger =
			(['.', ',', '/', ':'].includes(before ?? '') && isDigit(text[sequenceStart - 2])) ||
			(['.', ',', '/', ':'].includes(after ?? '') && isDigit(text[sequenceEnd + 1]));
		const textBefore = text.slice(Math.max(0, sequenceStart - 24), before === '+' ? sequenceStart - 1 : sequenceStart);
		const textAfter = text.slice(sequenceEnd, sequenceEnd + 12);
		const reference = REFERENCE_BEFORE.test(textBefore);
		const amount = AMOUNT_AFTER.test(textAfter) || AMOUNT_BEFORE.test(textBefore);

		let first = 0;
		while (first < groups.length) {
			// An isikukood: whole groups holding exactly eleven digits.
			let digits = '';
			let last = first;
			for (; last < groups.length && digits.length < 11; last += 1) digits += text.slice(groups[last].start, groups[last].end);
			if (digits.length === 11 && isValidIdCode(digits)) {
				found.push({ kind: 'idCode', value: digits, start: groups[first].start, end: groups[last - 1].end });
				first = last;
				continue;
			}
			const phone = partOfLarger || reference || amount ? undefined : phoneAt(text, groups, first);
			if (phone) {
				found.push(phone.match);
				first = phone.next;
				continue;
			}
			first += 1;
		}
	}
}

/** A phone number starting at group `first`: an optional country code, then 7 or 8 digits. */
function phoneAt(text: string, groups: readonly Group[], first: number): { match: Match; next: number } | undefined {
	const firstDigits = text.slice(groups[first].start, groups[first].end);
	const plus = text[groups[first].start - 1] === '+';
	const code = firstDigits === '372' || firstDigits === '00372' ? 1 : firstDigits.startsWith('372') && plus ? 0 : -1;
	const start = groups[first].start - (plus ? 1 : 0) - (plus && text[groups[first].start - 2] === '(' ? 1 : 0);
	let from = first;
	let offset = 0;
	let international = false;
	if (code === 1 && (plus || firstDigits === '00372' || first + 1 < groups.length)) {
		from = first + 1;
		international = true;
	} else if (code === 0) {
		offset = 3;
		international = true;
	}
	if (from >= groups.length) return undefined;
	// The longest window of whole groups that is a phone number.
	let digits = text.slice(groups[from].start + offset, groups[from].end);
	let best: number | undefined;
	for (let last = from; last < groups.length && digits.length <= 8; ) {
		if (isLocalPhone(digits, international) && !isThousands(text, groups.slice(from, last + 1))) best = last;
		last += 1;
		if (last < groups.length) digits += text.slice(groups[last].start, groups[last].end);
	}
	if (best === undefined) return undefined;
	const value = groups
		.slice(from, best + 1)
		.map((group) => text.slice(group.start, group.end))
		.join('')
		.slice(offset);
	return { match: { kind: 'phone', value, start, end: groups[best].end }, next: best + 1 };
}
