/**
 * Finds personal data that must not be published: Estonian personal identification codes (with a
 * valid checksum, in any spacing), Estonian phone numbers, personal e-mail addresses (also written
 * `mari [at] ska [dot] ee`), and signature or acknowledgement blocks with the names under them.
 *
 * It reads the text as the site shows it (published-text.ts decodes Markdown and YAML escapes, drops
 * zero-width characters and folds full-width digits), line by line, and points at the source column.
 * Every pass is a single scan or a regular expression without nested or adjacent unbounded
 * quantifiers, so a hostile line costs time linear in its length.
 */
import { messages } from './messages.ts';
import { decodePublished, NEEDS_DECODING, sourceOf, type DecodedText, type TextMode } from './published-text.ts';

export type PersonalDataKind = 'idCode' | 'phone' | 'email' | 'signature' | 'signatory';

export interface PersonalDataFinding {
	line: number;
	column: number;
	message: string;
	kind: PersonalDataKind;
	/** The decoded text found (digits only for codes and numbers), to tell one finding from another. */
	value: string;
	/** Source offsets within the line: [start, end). */
	start: number;
	end: number;
}

/** Written instead of personal data wherever the site shows text from git history. */
export const REDACTED = '[isikuandmed eemaldatud]';

/** Role mailboxes that name no person; anything else at an e-mail address is treated as personal. */
const ROLE_MAILBOXES = new Set(['info', 'abi', 'kontakt', 'klienditugi', 'personal', 'personalitalitus', 'hr', 'noreply', 'no-reply', 'ska']);

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

interface Match {
	kind: PersonalDataKind;
	value: string;
	/** Offsets in the decoded text: [start, end). */
	start: number;
	end: number;
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
function findNumbers(text: string, found: Match[]): void {
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

/** `[at]`, `(ät)`, `{@}` and the like, and bare ` at ` between words: read as `@`. */
const AT_MARKER = /\s?[[({<]\s?(?:at|ät|@)\s?[\])}>]\s?|(?<=[\p{L}\p{N}]) (?:at|ät) (?=[\p{L}\p{N}])/giu;
/** `[dot]`, `(punkt)` and bare ` dot ` / ` punkt ` between words: read as `.`. */
const DOT_MARKER = /\s?[[({<]\s?(?:dot|punkt)\s?[\])}>]\s?|(?<=[\p{L}\p{N}]) (?:dot|punkt) (?=[\p{L}\p{N}])/giu;
/** A cheap test that AT_MARKER may match: a bracket, or `at`/`ät` as a word. */
const MAY_HAVE_MARKER = /[[({<]\s?(?:at|ät|AT|ÄT|At|Ät|@)|(?:^|\s)(?:at|ät|AT|ÄT|At|Ät)\s/;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;

/** Replaces obfuscation markers and keeps each character's offset in `text`. */
function deobfuscate(text: string): { text: string; source: number[] } {
	let out = '';
	const source: number[] = [];
	const markers: { start: number; end: number; value: string }[] = [];
	for (const match of text.matchAll(AT_MARKER)) markers.push({ start: match.index, end: match.index + match[0].length, value: '@' });
	for (const match of text.matchAll(DOT_MARKER)) markers.push({ start: match.index, end: match.index + match[0].length, value: '.' });
	markers.sort((a, b) => a.start - b.start);
	let index = 0;
	for (const marker of markers) {
		if (marker.start < index) continue;
		for (; index < marker.start; index += 1) {
			out += text[index];
			source.push(index);
		}
		out += marker.value;
		source.push(marker.start);
		index = marker.end;
	}
	for (; index < text.length; index += 1) {
		out += text[index];
		source.push(index);
	}
	source.push(text.length);
	return { text: out, source };
}

/**
 * E-mail addresses: from each `@`, scan left over the local part and right over the domain. Each
 * character is scanned at most twice (a local part stops at the previous `@`), so the cost is linear.
 */
function findEmails(text: string, found: Match[]): void {
	if (!text.includes('@') && !MAY_HAVE_MARKER.test(text)) return;
	const plain = deobfuscate(text);
	const value = plain.text;
	for (let at = value.indexOf('@'); at >= 0; at = value.indexOf('@', at + 1)) {
		let start = at;
		while (start > 0 && LOCAL_CHAR.test(value[start - 1])) start -= 1;
		let end = at + 1;
		while (end < value.length && DOMAIN_CHAR.test(value[end])) end += 1;
		while (end > at + 1 && (value[end - 1] === '.' || value[end - 1] === '-')) end -= 1;
		while (start < at && value[start] === '.') start += 1;
		if (start === at) continue;
		const domain = value.slice(at + 1, end);
		const dot = domain.lastIndexOf('.');
		if (dot <= 0 || !/^\p{L}{2,}$/u.test(domain.slice(dot + 1))) continue;
		const address = value.slice(start, end);
		if (ROLE_MAILBOXES.has(value.slice(start, at).toLowerCase())) continue;
		found.push({ kind: 'email', value: address.toLowerCase(), start: plain.source[start], end: plain.source[end - 1] + 1 });
	}
}

/**
 * Opening words of a signature or acknowledgement block. A line is a block line when, after list
 * markers and punctuation, it starts with one of these and the rest is empty, a colon with a name, a
 * date or a line to sign on: "Dokumendid on allkirjastatud digitaalselt ja edastatud." is a sentence.
 */
const SIGNATURE_PHRASES = [
	'allkirjastatud digitaalselt',
	'digitaalselt allkirjastatud',
	'allkirjastatud digiallkirjaga',
	'digiallkirjastatud',
	'poolte allkirjad',
	'allkirjad',
	'allkiri',
	'allkirjastaja',
	'allkirjastajad',
	'nimi ja allkiri',
	'nimi, allkiri',
	'tööandja',
	'tööandja esindaja',
	'töötaja',
	'ametijuhendiga tutvunud',
	'ametijuhendiga olen tutvunud',
	'olen ametijuhendiga tutvunud',
	'tutvunud',
	'tutvusin',
	'kinnitan, et olen ametijuhendiga tutvunud',
	'kinnitaja',
	'kinnitanud',
	'signed digitally',
	'digitally signed',
	'signature',
	'signatures',
	'signed',
	'signed by',
	'employee',
	'employer',
	'acknowledged',
	'acknowledged by',
	'i have read and understood',
	'read and acknowledged',
];
/** Phrases that also open ordinary sentences, so they count only when a colon or a line follows. */
const NEEDS_COLON = new Set(['tööandja', 'tööandja esindaja', 'töötaja', 'employee', 'employer', 'signed', 'kinnitaja', 'kinnitanud', 'tutvunud', 'tutvusin', 'acknowledged', 'allkirjastaja']);
/** What may follow a signature phrase on its line: punctuation, a line to sign on, one date. */
const SIGNATURE_TAIL = /^[\s.:;,/()[\]*_\-–—]*$/;
const SIGNATURE_DATE = /\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2}/;
/** List markers, quotes and emphasis before the first word, and a list number ("1. "). */
const LEADING_MARKS = /^[\s>*_+\-–—•/([#]*/;
const LIST_NUMBER = /^\d{1,3}[.)]\s[\s*_/([]*/;

/** Words every signature phrase contains one of: lines without them skip the phrase tests. */
const SIGNATURE_WORD = /allkir|tööand|töötaj|tutvu|kinnita|sign|employ|acknowl|read and/i;

function signatureAt(line: string): boolean {
	if (!SIGNATURE_WORD.test(line)) return false;
	const lower = line.toLocaleLowerCase('et');
	const marked = lower.slice(LEADING_MARKS.exec(lower)?.[0].length ?? 0);
	const rest = marked.slice(LIST_NUMBER.exec(marked)?.[0].length ?? 0);
	for (const phrase of SIGNATURE_PHRASES) {
		if (!rest.startsWith(phrase)) continue;
		// Two signatures side by side repeat the phrase: "(allkirjastatud digitaalselt) (allkirjastatud digitaalselt)".
		const tail = rest.slice(phrase.length).replaceAll(phrase, '');
		if (/^[\p{L}\p{N}]/u.test(tail)) continue;
		if (/^\s?[:\-–—]/.test(tail) && (tail.length < 80 || !NEEDS_COLON.has(phrase))) return true;
		if (!NEEDS_COLON.has(phrase) && SIGNATURE_TAIL.test(tail.replace(SIGNATURE_DATE, ''))) return true;
		if (/^\s?_{3,}/.test(tail)) return true;
	}
	return false;
}

/** A line that is only a person's name: two to six capitalised words (`Mari Maasikas`, `Jaan Tamm-Kask`). */
function isPersonName(line: string): boolean {
	const words = line.replace(/^[\s/*_]+|[\s/*_,.]+$/g, '').split(' ');
	if (words.length < 2 || words.length > 6) return false;
	return words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word));
}

/** Personal data in one decoded line, with offsets in the decoded text. */
function findInDecoded(text: string): Match[] {
	const found: Match[] = [];
	if (/\d/.test(text)) findNumbers(text, found);
	findEmails(text, found);
	return found.sort((a, b) => a.start - b.start);
}

const MESSAGES: Record<PersonalDataKind, (value: string) => string> = {
	idCode: () => messages.personalIdCode(),
	phone: (value) => messages.phoneNumber(value),
	email: (value) => messages.personalEmail(value),
	signature: () => messages.signatureBlock(),
	signatory: () => messages.signatoryName(),
};

/** How each line of a file is written: YAML in the frontmatter, Markdown after it. */
function lineModes(lines: readonly string[], mode: TextMode | 'file'): TextMode[] {
	if (mode !== 'file') return lines.map(() => mode);
	const modes: TextMode[] = [];
	let state: 'start' | 'yaml' | 'markdown' = 'start';
	for (const [index, line] of lines.entries()) {
		if (state === 'start') state = index === 0 && /^---\s*$/.test(line) ? 'yaml' : 'markdown';
		else if (state === 'yaml' && /^---\s*$/.test(line)) {
			modes.push('yaml');
			state = 'markdown';
			continue;
		}
		modes.push(state);
	}
	return modes;
}

interface LineFindings {
	decoded: DecodedText;
	matches: Match[];
	/** The whole line is a signature block line or a signatory's name. */
	whole?: 'signature' | 'signatory';
}

function scanLines(text: string, mode: TextMode | 'file'): { lines: string[]; results: LineFindings[] } {
	const lines = text.split('\n');
	const modes = lineModes(lines, mode);
	const results: LineFindings[] = [];
	let afterSignature = 0;
	for (const [index, line] of lines.entries()) {
		const decoded = decodePublished(line, modes[index]);
		const result: LineFindings = { decoded, matches: findInDecoded(decoded.text) };
		if (signatureAt(decoded.text)) {
			result.whole = 'signature';
			afterSignature = 4;
		} else if (afterSignature > 0) {
			afterSignature -= 1;
			if (isPersonName(decoded.text)) result.whole = 'signatory';
		}
		results.push(result);
	}
	return { lines, results };
}

/**
 * Personal data in a text. `mode` says how it is written: `file` for a position file (YAML
 * frontmatter, Markdown body), `yaml` for a unit or competency file, `plain` for a commit subject.
 */
export function findPersonalData(text: string, mode: TextMode | 'file' = 'file'): PersonalDataFinding[] {
	const findings: PersonalDataFinding[] = [];
	const { results } = scanLines(text, mode);
	for (const [index, { decoded, matches, whole }] of results.entries()) {
		for (const match of matches) {
			const start = sourceOf(decoded, match.start);
			const end = sourceOf(decoded, match.end - 1) + 1;
			findings.push({ line: index + 1, column: start + 1, start, end, kind: match.kind, value: match.value, message: MESSAGES[match.kind](match.kind === 'email' ? match.value : decoded.text.slice(match.start, match.end).trim()) });
		}
		if (whole) {
			const length = sourceOf(decoded, decoded.text.length);
			findings.push({ line: index + 1, column: 1, start: 0, end: length, kind: whole, value: decoded.text, message: MESSAGES[whole](decoded.text) });
		}
	}
	return findings;
}

/**
 * The text with every piece of personal data replaced by REDACTED, for text from git history that the
 * site shows (earlier versions, commit subjects). Signature lines and signatories' names are replaced
 * whole; a redacted line is written decoded, so no escaped digit survives around the mark.
 */
export function redactPersonalData(text: string, mode: TextMode | 'file' = 'file'): string {
	const { lines, results } = scanLines(text, mode);
	let changed = false;
	const out = lines.map((line, index) => {
		const { decoded, matches, whole } = results[index];
		if (whole) {
			changed = true;
			const indent = /^[\s>*+-]*/.exec(line)?.[0] ?? '';
			return `${indent}${REDACTED}`;
		}
		if (matches.length === 0) return line;
		changed = true;
		let result = '';
		let at = 0;
		for (const match of matches) {
			if (match.start < at) continue;
			result += decoded.text.slice(at, match.start) + REDACTED;
			at = match.end;
		}
		return result + decoded.text.slice(at);
	});
	return changed ? out.join('\n') : text;
}

/** Every string in a parsed value with its personal data redacted (arrays and objects copied). */
export function redactValue<T>(value: T): T {
	if (typeof value === 'string') return redactPersonalData(value, 'plain') as T;
	if (Array.isArray(value)) return value.map((item: unknown) => redactValue(item)) as T;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item)])) as T;
	}
	return value;
}

/**
 * Calls `visit` with each string in a parsed value that may hold a code, a phone number or an e-mail
 * address (seven digits, an `@` or an at-marker), and its path. The path is copied only for those.
 */
export function visitCandidateStrings(value: unknown, visit: (text: string, path: PropertyKey[]) => void, path: PropertyKey[] = []): void {
	if (typeof value === 'string') {
		if (mayHoldInline(value)) visit(value, [...path]);
	} else if (Array.isArray(value)) {
		for (let index = 0; index < value.length; index += 1) {
			path.push(index);
			visitCandidateStrings(value[index], visit, path);
			path.pop();
		}
	} else if (value !== null && typeof value === 'object') {
		for (const key of Object.keys(value)) {
			path.push(key);
			visitCandidateStrings((value as Record<string, unknown>)[key], visit, path);
			path.pop();
		}
	}
}

/** Whether a string has seven digits (decoded or full-width), an `@` or an at-marker. */
function mayHoldInline(text: string): boolean {
	let digits = 0;
	for (let index = 0; index < text.length; index += 1) {
		const code = text.charCodeAt(index);
		if ((code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)) {
			digits += 1;
			if (digits >= 7) return true;
		} else if (code === 64 || code === 0xff20) return true;
	}
	return MAY_HAVE_MARKER.test(text) || NEEDS_DECODING.test(text);
}
