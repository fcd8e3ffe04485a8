/**
 * Signature and acknowledgement blocks (personal-data.ts): a line that opens one, and the names of the
 * signatories on the lines under it.
 */

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

/**
 * Over a whole text (flags g and m): the starts of lines that may open a signature block, that is a
 * signature phrase in any case after the marks and list number signatureAt skips. Whitespace is
 * `[^\S\n]`, so that no match runs on into the next line. Case folding (flag u) reads every letter
 * as toLocaleLowerCase('et') does for the phrases' letters, so every line signatureAt accepts is found.
 */
export const SIGNATURE_LINE = new RegExp(
	`^(?:[^\\S\\n]|[>*_+\\-–—•/([#])*(?:\\d{1,3}[.)][^\\S\\n](?:[^\\S\\n]|[*_/([])*)?(?:${SIGNATURE_PHRASES.join('|')})`,
	'gimu',
);

/** Words every signature phrase contains one of: lines without them skip the phrase tests. */
const SIGNATURE_WORD = /allkir|tööand|töötaj|tutvu|kinnita|sign|employ|acknowl|read and/i;

export function signatureAt(line: string): boolean {
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
export function isPersonName(line: string): boolean {
	const words = line.replace(/^[\s/*_]+|[\s/*_,.]+$/g, '').split(' ');
	if (words.length < 2 || words.length > 6) return false;
	return words.every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(word));
}
