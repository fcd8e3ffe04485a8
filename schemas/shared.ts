import { z } from 'astro/zod';

/** Stable ASCII kebab-case identifier; for files it is the file name without extension. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		message: 'tunnus peab olema väiketähtedes ASCII, sõnad sidekriipsuga (nt "kvaliteedi-peaspetsialist")',
	})
	.describe('Tunnus: väiketähed a–z, numbrid ja sidekriipsud.');

/**
 * Calendar date as YYYY-MM-DD. The YAML parser keeps dates as strings, so an impossible date such as
 * 2026-02-30 reaches this check instead of being rolled over to 2 March.
 */
export const IsoDateSchema = z
	.string({ message: 'kuupäev peab olema kujul AAAA-KK-PP (nt 2024-03-26)' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'kuupäev peab olema kujul AAAA-KK-PP (nt 2024-03-26)' })
	.refine(isRealDate, { message: 'sellist kuupäeva ei ole kalendris' })
	.describe('Kuupäev kujul AAAA-KK-PP.');

export function isRealDate(value: string): boolean {
	const [year, month, day] = value.split('-').map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** Non-empty text; surrounding white space is trimmed. */
export const TextSchema = z.string().trim().min(1, { message: 'tekst ei tohi olla tühi' });
