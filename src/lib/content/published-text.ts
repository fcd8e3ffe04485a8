/**
 * The text a reader of the site sees, from the text an editor typed: what the personal-data guard
 * must look at. Markdown decodes character references (`&#51;`) and backslash escapes, YAML decodes
 * `\x33`-style escapes in quoted values, and a reader does not see zero-width characters or tell
 * full-width digits from ASCII ones. Every step keeps, for each output character, the offset of the
 * source character it came from, so a finding still points at the right column and a redaction
 * replaces the right span.
 */

export type TextMode = 'markdown' | 'yaml' | 'plain';

/** Decoded text and, for each of its characters, the offset in the source it came from. */
export interface DecodedText {
	text: string;
	/** `source[i]` is the source offset of `text[i]`; `source[text.length]` is the source length. Absent when nothing was decoded: each character is at its own offset. */
	source?: number[];
}

/** The source offset of decoded character `index` (`text.length`: the source's length). */
export function sourceOf(decoded: DecodedText, index: number): number {
	return decoded.source === undefined ? index : decoded.source[index];
}

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	commat: '@',
	period: '.',
	nbsp: ' ',
	lpar: '(',
	rpar: ')',
	lsqb: '[',
	rsqb: ']',
	plus: '+',
	dash: '-',
	hyphen: '-',
	colon: ':',
	sol: '/',
	quot: '"',
	apos: "'",
	lt: '<',
	gt: '>',
};

const HEX = /^[0-9a-fA-F]+$/;

/** Characters a reader does not see: zero-width spaces and joiners, soft hyphens, direction marks, BOM. */
function isInvisible(code: number): boolean {
	return (
		code === 0xad ||
		(code >= 0x200b && code <= 0x200f) ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2060 && code <= 0x2064) ||
		code === 0xfeff ||
		code === 0x180e
	);
}

/** Space-like characters a reader takes for a space (no-break, thin, figure, ideographic). */
function isSpaceLike(code: number): boolean {
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** Full-width digits, `@`, `+`, `-` and `.` read as their ASCII forms. */
function foldWide(character: string): string {
	const code = character.codePointAt(0)!;
	if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
	if (code === 0x2010 || code === 0x2011 || code === 0x2212) return '-';
	return character;
}

/** A character reference at `index` (`&#51;`, `&#x33;`, `&commat;`): its text and length, or undefined. */
function readEntity(text: string, index: number): { value: string; length: number } | undefined {
	const end = text.indexOf(';', index);
	if (end < 0 || end - index > 12) return undefined;
	const body = text.slice(index + 1, end);
	let code: number | undefined;
	if (body.startsWith('#x') || body.startsWith('#X')) code = HEX.test(body.slice(2)) ? parseInt(body.slice(2), 16) : undefined;
	else if (body.startsWith('#')) code = /^\d+$/.test(body.slice(1)) ? Number(body.slice(1)) : undefined;
	else {
		const named = NAMED_ENTITIES[body.toLowerCase()];
		return named === undefined ? undefined : { value: named, length: end - index + 1 };
	}
	if (code === undefined || code > 0x10ffff) return undefined;
	return { value: String.fromCodePoint(code), length: end - index + 1 };
}

/** A YAML double-quoted escape at `index` (`\x33`, `\u0033`, `\U00000033`, `\_`): its text and length. */
function readYamlEscape(text: string, index: number): { value: string; length: number } | undefined {
	const kind = text[index + 1];
	const digits = kind === 'x' ? 2 : kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
	if (digits > 0) {
		const hex = text.slice(index + 2, index + 2 + digits);
		if (hex.length !== digits || !HEX.test(hex)) return undefined;
		const code = parseInt(hex, 16);
		return code > 0x10ffff ? undefined : { value: String.fromCodePoint(code), length: 2 + digits };
	}
	if (kind === '_' || kind === 'N' || kind === 'L' || kind === 'P') return { value: ' ', length: 2 };
	return undefined;
}

/** NFC changes nothing below U+0300 (Estonian letters included), so most lines skip the normalisation. */
// eslint-disable-next-line no-control-regex -- a range from U+0000: everything below U+0300
export const MAY_COMPOSE = /[^\x00-\u02ff]/;

/** Anything decodePublished would change: references, escapes, invisible, space-like and full-width characters, NFC. */
export const NEEDS_DECODING = /[&\\\u00a0\u00ad\u1680\u180e\u2000-\u206f\u202f\u205f\u3000\ufeff\uff01-\uff5e\u2212]/;

const MARKDOWN_ESCAPABLE = /[!-/:-@[-`{-~]/;

/**
 * Decodes one line (or any text) as the site shows it: character references and backslash escapes in
 * Markdown, escapes in YAML, then for every mode invisible characters dropped, space-like ones made
 * spaces, full-width forms folded, and NFC. Linear in the length of the text.
 */
export function decodePublished(text: string, mode: TextMode): DecodedText {
	// Most lines need nothing decoded; their map is the identity, made only when asked for.
	if (!NEEDS_DECODING.test(text) && (!MAY_COMPOSE.test(text) || text.normalize('NFC') === text)) return { text };
	let out = '';
	const source: number[] = [];
	const push = (value: string, from: number) => {
		for (const character of value) {
			const code = character.codePointAt(0)!;
			if (isInvisible(code)) continue;
			const folded = isSpaceLike(code) ? ' ' : foldWide(character);
			out += folded;
			for (let unit = 0; unit < folded.length; unit += 1) source.push(from);
		}
	};
	let index = 0;
	while (index < text.length) {
		const character = text[index];
		if (mode === 'markdown' && character === '&') {
			const entity = readEntity(text, index);
			if (entity) {
				push(entity.value, index);
				index += entity.length;
				continue;
			}
		}
		if (character === '\\') {
			const next = text[index + 1] ?? '';
			if (mode === 'markdown' && MARKDOWN_ESCAPABLE.test(next)) {
				push(next, index);
				index += 2;
				continue;
			}
			if (mode === 'yaml') {
				const escape = readYamlEscape(text, index);
				if (escape) {
					push(escape.value, index);
					index += escape.length;
					continue;
				}
			}
		}
		const code = text.codePointAt(index)!;
		const width = code > 0xffff ? 2 : 1;
		push(text.slice(index, index + width), index);
		index += width;
	}
	source.push(text.length);
	// NFC only changes text with combining marks; keep the map when it changes nothing (almost always).
	const composed = out.normalize('NFC');
	if (composed === out) return { text: out, source };
	return { text: composed, source: composed.length === out.length ? source : approximateSource(composed, source) };
}

/** After NFC shortened the text, each character keeps the source offset at its proportional position. */
function approximateSource(text: string, source: number[]): number[] {
	const ratio = (source.length - 1) / Math.max(text.length, 1);
	const result: number[] = [];
	for (let index = 0; index < text.length; index += 1) result.push(source[Math.min(Math.floor(index * ratio), source.length - 2)]);
	result.push(source[source.length - 1]);
	return result;
}
