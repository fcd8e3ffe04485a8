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
import { findEmails, MAY_HAVE_MARKER } from './personal-data-emails.ts';
import { findNumbers } from './personal-data-numbers.ts';
import { isPersonName, SIGNATURE_LINE, signatureAt } from './personal-data-signatures.ts';
import { messages } from './messages.ts';
import { decodePublished, MAY_COMPOSE, NEEDS_DECODING, sourceOf, type DecodedText, type TextMode } from './published-text.ts';

export { isValidIdCode } from './personal-data-numbers.ts';

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

export interface Match {
	kind: PersonalDataKind;
	value: string;
	/** Offsets in the decoded text: [start, end). */
	start: number;
	end: number;
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

/**
 * The last line of a file's YAML frontmatter (its closing `---`), -1 when the file has none: the lines
 * up to it are YAML, the rest Markdown. Unclosed frontmatter runs to the end of the file.
 */
function frontmatterEnd(text: string, starts: readonly number[]): number {
	if (!/^---\s*$/.test(lineOf(text, starts, 0))) return -1;
	for (let index = 1; index < starts.length; index += 1) {
		if (/^---\s*$/.test(lineOf(text, starts, index))) return index;
	}
	return starts.length - 1;
}

/** The offset at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
	return starts;
}

/** Line `index` of `text` (without its newline). */
function lineOf(text: string, starts: readonly number[], index: number): string {
	return text.slice(starts[index], index + 1 < starts.length ? starts[index + 1] - 1 : text.length);
}

interface LineFindings {
	decoded: DecodedText;
	matches: Match[];
	/** The whole line is a signature block line or a signatory's name. */
	whole?: 'signature' | 'signatory';
}

/**
 * Seven digits joined as findNumbers joins them (directly, by one space or dash, or by ") "), over a
 * whole text: a line without it has neither a code nor a phone number.
 */
const SEVEN_JOINED_DIGITS = /\d(?:(?:[ -]|\) )?\d){6}/g;
const TO_DECODE = new RegExp(NEEDS_DECODING.source, 'g');
const MARKER = new RegExp(MAY_HAVE_MARKER.source, 'g');

/**
 * The lines that may hold a finding, or undefined when every line must be scanned. Each test runs over
 * the whole text and picks the lines it matches on: a character to decode, seven joined digits, an
 * `@` or an at-marker, the start of a signature line. A line none of them picks is its own decoded
 * text and has no finding, unless it follows a signature line. Text that is not NFC is scanned line
 * by line: a line's decoded form can differ there without a character to decode.
 */
export function linesToScan(text: string, starts: readonly number[]): Uint8Array | undefined {
	if (MAY_COMPOSE.test(text) && text.normalize('NFC') !== text) return undefined;
	const picked = new Uint8Array(starts.length);
	const lineAt = (index: number) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle] <= index) low = middle;
			else high = middle - 1;
		}
		return low;
	};
	for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) picked[lineAt(at)] = 1;
	for (const pattern of [TO_DECODE, SEVEN_JOINED_DIGITS, MARKER, SIGNATURE_LINE]) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
			const line = lineAt(match.index);
			picked[line] = 1;
			// One match is enough: go on from the next line.
			if (line + 1 === starts.length) break;
			pattern.lastIndex = starts[line + 1];
		}
	}
	return picked;
}

/**
 * Each line's findings, by line index; undefined for a line with none that needed no decoding (most
 * lines: the scan of every line had been most of the guard's time). Only the lines scanned are cut
 * out of the text: splitting every file into lines had cost more than the scan.
 */
function scanLines(text: string, mode: TextMode | 'file'): (LineFindings | undefined)[] {
	const starts = lineStarts(text);
	const toScan = linesToScan(text, starts);
	const yamlEnd = mode === 'file' ? frontmatterEnd(text, starts) : -1;
	const results = new Array<LineFindings | undefined>(starts.length).fill(undefined);
	let afterSignature = 0;
	for (let index = 0; index < starts.length; index += 1) {
		if (afterSignature === 0 && toScan?.[index] === 0) continue;
		const lineMode = mode !== 'file' ? mode : index <= yamlEnd ? 'yaml' : 'markdown';
		const decoded = decodePublished(lineOf(text, starts, index), lineMode);
		const result: LineFindings = { decoded, matches: findInDecoded(decoded.text) };
		if (signatureAt(decoded.text)) {
			result.whole = 'signature';
			afterSignature = 4;
		} else if (afterSignature > 0) {
			afterSignature -= 1;
			if (isPersonName(decoded.text)) result.whole = 'signatory';
		}
		results[index] = result;
	}
	return results;
}

/**
 * Personal data in a text. `mode` says how it is written: `file` for a position file (YAML
 * frontmatter, Markdown body), `yaml` for a unit or competency file, `plain` for a commit subject.
 */
export function findPersonalData(text: string, mode: TextMode | 'file' = 'file'): PersonalDataFinding[] {
	const findings: PersonalDataFinding[] = [];
	const results = scanLines(text, mode);
	for (let index = 0; index < results.length; index += 1) {
		const result = results[index];
		if (result === undefined) continue;
		const { decoded, matches, whole } = result;
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
	const results = scanLines(text, mode);
	let changed = false;
	const out = text.split('\n').map((line, index) => {
		const scanned = results[index];
		if (scanned === undefined) return line;
		const { decoded, matches, whole } = scanned;
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

/**
 * Seven digits (ASCII or full-width) anywhere in a text, or an `@` (either width). An attempt starts only
 * at a digit and fails only when fewer than seven digits follow, so at most six attempts fail and the
 * test stays linear. It runs over every string of every value: 0.09 s at 10,000 positions, where
 * counting the digits in a loop took 0.36 s.
 */
const SEVEN_DIGITS_OR_AT = /[0-9\uff10-\uff19](?:[^0-9\uff10-\uff19]*[0-9\uff10-\uff19]){6}|[@\uff20]/;

/** Whether a string has seven digits (decoded or full-width), an `@` or an at-marker. */
function mayHoldInline(text: string): boolean {
	return SEVEN_DIGITS_OR_AT.test(text) || MAY_HAVE_MARKER.test(text) || NEEDS_DECODING.test(text);
}
