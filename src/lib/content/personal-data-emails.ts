/**
 * Personal e-mail addresses in one decoded line (personal-data.ts), also written with markers
 * (`mari [at] ska [dot] ee`); role mailboxes that name no person are allowed.
 */
import type { Match } from './personal-data.ts';

/** Role mailboxes that name no person; anything else at an e-mail address is treated as personal. */
const ROLE_MAILBOXES = new Set(['info', 'abi', 'kontakt', 'klienditugi', 'personal', 'personalitalitus', 'hr', 'noreply', 'no-reply', 'ska']);

/** `[at]`, `(ät)`, `{@}` and the like, and bare ` at ` between words: read as `@`. */
const AT_MARKER = /\s?[[({<]\s?(?:at|ät|@)\s?[\])}>]\s?|(?<=[\p{L}\p{N}]) (?:at|ät) (?=[\p{L}\p{N}])/giu;
/** `[dot]`, `(punkt)` and bare ` dot ` / ` punkt ` between words: read as `.`. */
const DOT_MARKER = /\s?[[({<]\s?(?:dot|punkt)\s?[\])}>]\s?|(?<=[\p{L}\p{N}]) (?:dot|punkt) (?=[\p{L}\p{N}])/giu;
/**
 * A cheap test that AT_MARKER may match: `at`/`ät` after a bracket or as a word, or `@` after a bracket.
 * The marker comes first and what precedes it is a lookbehind: written bracket-or-space first, as
 * `[[({<]\s?(?:at|…|@)|(?:^|\s)(?:at|…)\s`, it was tried at every space and took 0.9 s of a
 * single-threaded check's 11 s at 10,000 positions. This form matches the same texts in under half
 * the time (tests/personal-data.test.ts compares the two).
 */
export const MAY_HAVE_MARKER = /(?:at|ät|AT|ÄT|At|Ät)(?:(?<=(?:^|\s)..)\s|(?<=[[({<]\s?..))|(?<=[[({<]\s?)@/;
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
export function findEmails(text: string, found: Match[]): void {
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
