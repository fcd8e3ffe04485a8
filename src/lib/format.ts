/** Display helpers: Estonian labels and formats for values stored in content. */
import type { CompetencyGroup } from '../../schemas/competency.ts';
import type { Language } from '../../schemas/position.ts';
import type { UnitKind } from '../../schemas/unit.ts';

/** 2023-03-26 → 26.03.2023, the form Estonian documents use. */
export function formatDate(iso: string | undefined): string {
	if (iso === undefined) return '';
	const [year, month, day] = iso.split('-');
	return `${day}.${month}.${year}`;
}

export const STATUS_LABELS = { kehtiv: 'Kehtiv', eelnõu: 'Eelnõu', kehtetu: 'Kehtetu' } as const;

export const GROUP_LABELS = { ametnik: 'Ametnik', töötaja: 'Töötaja' } as const;

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
	amet: 'Amet',
	osakond: 'Osakond',
	talitus: 'Talitus',
	tiim: 'Tiim',
};

export const COMPETENCY_GROUP_LABELS: Record<CompetencyGroup, string> = {
	core: 'Tööks vajalikud kompetentsid',
	additional: 'Täiendavad kompetentsid, isikuomadused ja teadmised',
};

/** Language names in the nominative, for tables ("eesti keel"). */
export function languageLabel(language: Language): string {
	return language === 'võõrkeel'
		? 'võõrkeel'
		: language === 'viipekeel'
			? 'viipekeel'
			: `${language} keel`;
}

/** Capitalises the first letter: labels in the documents are sometimes written in lower case. */
export function capitalize(text: string): string {
	return text.charAt(0).toLocaleUpperCase('et') + text.slice(1);
}

/** A number as Estonian text writes it: "5000", "12 345" (a no-break space between thousands from 10 000 on). */
export function formatNumber(n: number): string {
	return n.toLocaleString('et');
}

/** "1 ametikoht", "5 ametikohta", "12 345 ametikohta": Estonian takes the partitive singular after numbers above one. */
export function count(n: number, singular: string, partitive: string): string {
	return `${formatNumber(n)} ${n === 1 ? singular : partitive}`;
}

/** Compares labels regardless of case and trailing punctuation ("Tõhusus:" = "tõhusus"). */
export { normalizeName as normalizeLabel } from './content/suggest.ts';
