import { z } from 'astro/zod';
import { isIsoDate } from '../src/lib/content/dates.ts';
import { messages } from '../src/lib/content/messages.ts';

/** Stable ASCII kebab-case identifier; for files it is the file name without extension. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message:
			'tunnus peab olema väiketähtedes ASCII, sõnad sidekriipsuga (nt "kvaliteedi-peaspetsialist")',
	})
	.describe('Tunnus: väiketähed a–z, numbrid ja sidekriipsud.');

/**
 * Calendar date as YYYY-MM-DD. The YAML parser keeps dates as strings, so an impossible date such as
 * 2026-02-30 reaches this check instead of being rolled over to 2 March. zod's ISO date checks the
 * calendar (leap years included) in one pattern, which the JSON Schema carries too (with
 * `format: date`); one refusal gives one message, with the value and the likely intended date.
 */
export const IsoDateSchema = z.iso
	.date({ error: (issue) => messages.invalidDate(issue.input) })
	.describe('Kuupäev kujul AAAA-KK-PP.');

export function isRealDate(value: string): boolean {
	return isIsoDate(value);
}

/**
 * Non-empty text; surrounding white space is trimmed. "Not blank" is a pattern rather than a minimum
 * length so that the JSON Schema, which cannot trim, refuses a text of spaces too.
 */
export const TextSchema = z.string().trim().regex(/\S/, { message: 'tekst ei tohi olla tühi' });

/**
 * For a cross-field `.refine`'s `when`: run it whenever the input is a map, even if some fields are
 * invalid, so that its message comes in the same run as theirs (zod skips it otherwise).
 */
export function isMap(payload: { value: unknown }): boolean {
	return (
		typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value)
	);
}
