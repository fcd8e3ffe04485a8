/**
 * Reads structured values out of the document's wording: education level, years of experience,
 * language requirements with CEFR levels, the approval line and the review interval. Each function
 * returns undefined (or leaves items out) where the wording does not say it plainly.
 */
import { isRealDate } from '../../../schemas/shared.ts';
import type { EducationLevel, Language, LanguageRequirement } from '../../../schemas/position.ts';
import { clean } from './text.ts';

/** Education levels from lowest to highest, with the wordings that name them. */
const EDUCATION: readonly [EducationLevel, RegExp][] = [
	['põhiharidus', /põhiharidus/u],
	['keskharidus', /keskharidus|keskeri/u],
	['kutseharidus', /kutseharidus|kutsekeskharidus/u],
	[
		'rakenduslik kõrgharidus',
		/rakenduslik kõrgharidus|rakendus(?:likku)?\s*-?\s*(?:või|ja)\s+(?:\S+\s+)?kõrgharidus|rakenduskõrgharidus/u,
	],
	['kõrgharidus', /kõrgharidus|kõrgema hariduse/u],
	['bakalaureusekraad', /bakalaureus/u],
	['magistrikraad', /magistri(?:kraad)?|magistrant/u],
	['doktorikraad', /doktori(?:kraad)?/u],
];

/**
 * The lowest level the text names: "bakalaureusekraad, soovitavalt magistrikraad" requires the
 * former; "rakendus- või kõrgharidus" accepts the applied one.
 */
export function educationLevel(text: string): EducationLevel | undefined {
	const lower = text.toLocaleLowerCase('et');
	// "rakenduslik kõrgharidus" also contains "kõrgharidus"; testing lowest first finds it first.
	return EDUCATION.find(([, pattern]) => pattern.test(lower))?.[0];
}

const NUMBER_WORDS: Record<string, number> = {
	ühe: 1,
	kahe: 2,
	kolme: 3,
	nelja: 4,
	viie: 5,
	kuue: 6,
	seitsme: 7,
	kaheksa: 8,
	üheksa: 9,
	kümne: 10,
};

/** Years of experience: "3-aastane", "üheaastane", "vähemalt 2 aastat". The first figure counts. */
export function experienceYears(text: string): number | undefined {
	const lower = text.toLocaleLowerCase('et');
	const digits = /(\d{1,2})\s*-?\s*(?:aastane|aasta(?:st|t)?(?![\p{L}\d]))/u.exec(lower);
	const word =
		/(?<![\p{L}\d])(ühe|kahe|kolme|nelja|viie|kuue|seitsme|kaheksa|üheksa|kümne)\s*-?\s*aastane/u.exec(
			lower,
		);
	if (digits && (!word || digits.index <= word.index)) return Number(digits[1]);
	return word ? NUMBER_WORDS[word[1]] : undefined;
}

/** Language stems as they appear in any case form ("eesti keelt", "inglise keele", "võõrkeele"). */
const LANGUAGES: readonly [Language, RegExp][] = [
	['võõrkeel', /võõrkeel/u],
	['viipekeel', /viipekeel/u],
	['eesti', /(?<![\p{L}\d])eesti(?![\p{L}\d])/u],
	['inglise', /(?<![\p{L}\d])inglise(?![\p{L}\d])/u],
	['vene', /(?<![\p{L}\d])vene(?![\p{L}\d])/u],
	['saksa', /(?<![\p{L}\d])saksa(?![\p{L}\d])/u],
	['soome', /(?<![\p{L}\d])soome(?![\p{L}\d])/u],
	['prantsuse', /(?<![\p{L}\d])prantsuse(?![\p{L}\d])/u],
	['rootsi', /(?<![\p{L}\d])rootsi(?![\p{L}\d])/u],
	['läti', /(?<![\p{L}\d])läti(?![\p{L}\d])/u],
	['leedu', /(?<![\p{L}\d])leedu(?![\p{L}\d])/u],
];

const LEVEL = /\b([ABC][12])\b/gu;

/**
 * Language requirements, one sentence (line) at a time. "Vähemalt ühe võõrkeele (soovitavalt
 * inglise või vene keel) valdamine … B1" becomes võõrkeel B1 with the preferred languages; a
 * sentence with several levels pairs them with its languages in order. Sentences that do not read
 * as a language and a level are returned in `unparsed`.
 */
export function languageRequirements(text: string): {
	items: LanguageRequirement[];
	unparsed: string[];
} {
	const items: LanguageRequirement[] = [];
	const unparsed: string[] = [];
	for (const sentence of text
		.split('\n')
		.map(clean)
		.filter((line) => line !== '')) {
		const lower = sentence.toLocaleLowerCase('et');
		const levels = [...sentence.matchAll(LEVEL)].map(
			(match) => match[1] as LanguageRequirement['level'],
		);
		const found = LANGUAGES.map(([language, pattern]) => ({
			language,
			index: lower.search(pattern),
		}))
			.filter((entry) => entry.index >= 0)
			.sort((a, b) => a.index - b.index)
			.map((entry) => entry.language);
		if (levels.length === 0 || found.length === 0) {
			unparsed.push(sentence);
			continue;
		}
		if (found.includes('võõrkeel')) {
			const preferred = found.filter((language) => language !== 'võõrkeel');
			items.push({
				language: 'võõrkeel',
				level: levels[0],
				...(preferred.length > 0 ? { preferred } : {}),
			});
			continue;
		}
		if (levels.length === 1) {
			for (const language of found) items.push({ language, level: levels[0] });
		} else if (levels.length === found.length) {
			found.forEach((language, index) => items.push({ language, level: levels[index] }));
		} else {
			unparsed.push(sentence);
		}
	}
	return { items, unparsed };
}

export interface Approval {
	date?: string;
	directive?: string;
	approverRole?: string;
}

/** Genitive role in the approval line → the role as a title. */
const ROLES: Record<string, string> = {
	peadirektori: 'peadirektor',
	direktori: 'direktor',
	'peadirektori asetäitja': 'peadirektori asetäitja',
	juhi: 'juht',
	juhataja: 'juhataja',
	ministri: 'minister',
};

const APPROVAL =
	/(?:(peadirektori asetäitja|peadirektori|direktori|juhataja|juhi|ministri)\s+)?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\.?\s*(?:a\.\s*)?käskkirjaga\s+nr\.?\s*([\p{L}\d][\p{L}\d\-/.]*)/iu;

/** An annex heading's own date and number line: "07.01.2025 nr 1.9-23.4/1p-1" after "lisa 8". */
const ANNEX_DATE =
	/(?:^|\n)\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+nr\.?\s*([\p{L}\d][\p{L}\d\-/.]*)\s*(?:\n|$)/iu;

/**
 * "Sotsiaalkindlustusameti peadirektori 26.03.2023 käskkirjaga nr 57" → date, directive and role.
 */
export function parseApproval(text: string): Approval | undefined {
	const match = APPROVAL.exec(clean(text));
	if (!match) {
		// Only in the heading block: the same line further down would be a reference, not the
		// approval.
		const head = text.split(/\n\s*1\.\s/u)[0];
		const annex = /\blisa\s+\d+/iu.test(head) ? ANNEX_DATE.exec(head) : null;
		if (!annex) return undefined;
		const [, day, month, year, directive] = annex;
		const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
		return {
			...(isRealDate(date) ? { date } : {}),
			directive: directive.replace(/[.]+$/u, ''),
		};
	}
	const [, role, day, month, year, directive] = match;
	const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	const approverRole = role === undefined ? undefined : ROLES[role.toLocaleLowerCase('et')];
	return {
		...(isRealDate(date) ? { date } : {}),
		directive: directive.replace(/[.]+$/u, ''),
		...(approverRole === undefined ? {} : { approverRole }),
	};
}

/** The text of the approval line, to tell it from other text before section 1. */
export function approvalText(text: string): string | undefined {
	return APPROVAL.exec(clean(text))?.[0];
}

/** "vaadatakse üle kord aastas" → 12. Undefined when the wording gives no interval. */
export function reviewInterval(text: string): number | undefined {
	const lower = clean(text).toLocaleLowerCase('et');
	if (/kord\s+kvartalis/u.test(lower)) return 3;
	if (/kord\s+poolaastas|kaks\s+korda\s+aastas|iga\s+kuue\s+kuu/u.test(lower)) return 6;
	if (/kord\s+(?:kahe|2)\s+aasta|iga\s+(?:kahe|2)\s+aasta/u.test(lower)) return 24;
	if (/kord\s+(?:kolme|3)\s+aasta|iga\s+(?:kolme|3)\s+aasta/u.test(lower)) return 36;
	if (/kord\s+aastas|iga-?\s*aastaselt|igal\s+aastal|kord\s+aasta\s+jooksul/u.test(lower))
		return 12;
	return undefined;
}
