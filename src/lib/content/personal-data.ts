/**
 * Finds personal data that must not be published: Estonian personal identification codes (with a
 * valid checksum), personal e-mail addresses, phone numbers, and signature blocks with names that
 * imported documents carry. Works on raw file text so it covers frontmatter and body alike.
 */
import { messages } from './messages.ts';

export interface PersonalDataFinding {
	line: number;
	column: number;
	message: string;
}

/** Role mailboxes that name no person; anything else at an e-mail address is treated as personal. */
const ROLE_MAILBOXES = new Set(['info', 'abi', 'kontakt', 'klienditugi', 'personal', 'personalitalitus', 'hr', 'noreply', 'no-reply', 'ska']);

const ID_CODE = /(?<![\d])[1-8]\d{10}(?![\d])/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// +372 numbers in any grouping, and Estonian mobile numbers (5…, 7–8 digits) written without it.
const PHONE = /(?:\+372[\s-]?\d(?:[\s-]?\d){6,7})|(?<!\d|\d[.,/-])5\d{2,3}[\s-]?\d{3,4}(?!\d|[.,/-]\d)/g;
const SIGNATURE = /allkirjastatud digitaalselt|poolte allkirjad|^\s*(?:tööandja|töötaja)\s*:/i;

/**
 * Whole-text tests that every line SIGNATURE, ID_CODE or PHONE matches also passes (a line's end is a
 * newline in the whole text, which the lookarounds treat as they treat the end of the line). Most files
 * pass none of them and are not split into lines at all: scanning every line cost about 5 % of `npm run
 * check` at 10,000 files. SIGNATURE's own line-start alternative is slow over a whole text; this one
 * only asks for the words.
 */
const SIGNATURE_ANYWHERE = /allkirja|t[öÖ]{2}(?:andja|taja)\s*:/i;
const ID_CODE_ANYWHERE = new RegExp(ID_CODE.source);
const PHONE_ANYWHERE = new RegExp(PHONE.source);
const PERSON_NAME = /^\s*(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+){1,5}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*$/u;

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

export function findPersonalData(text: string): PersonalDataFinding[] {
	const findings: PersonalDataFinding[] = [];
	const mayHaveIdCode = ID_CODE_ANYWHERE.test(text);
	const mayHaveEmail = text.includes('@');
	const mayHavePhone = PHONE_ANYWHERE.test(text);
	const mayHaveSignature = SIGNATURE_ANYWHERE.test(text);
	if (!mayHaveIdCode && !mayHaveEmail && !mayHavePhone && !mayHaveSignature) return findings;
	const lines = text.split('\n');
	let afterSignature = 0;
	for (const [index, line] of lines.entries()) {
		const lineNumber = index + 1;
		// Cheap guards first: most lines have no digit and no '@'.
		const hasDigit = (mayHaveIdCode || mayHavePhone) && /\d/.test(line);
		if (hasDigit && mayHaveIdCode) for (const match of line.matchAll(ID_CODE)) {
			if (isValidIdCode(match[0])) findings.push({ line: lineNumber, column: match.index + 1, message: messages.personalIdCode() });
		}
		if (mayHaveEmail && line.includes('@')) for (const match of line.matchAll(EMAIL)) {
			const mailbox = match[0].split('@')[0].toLowerCase();
			if (!ROLE_MAILBOXES.has(mailbox)) findings.push({ line: lineNumber, column: match.index + 1, message: messages.personalEmail(match[0]) });
		}
		if (hasDigit && mayHavePhone) for (const match of line.matchAll(PHONE)) {
			findings.push({ line: lineNumber, column: match.index + 1, message: messages.phoneNumber(match[0].trim()) });
		}
		if (mayHaveSignature && SIGNATURE.test(line)) {
			findings.push({ line: lineNumber, column: 1, message: messages.signatureBlock() });
			afterSignature = 4;
			continue;
		}
		if (afterSignature > 0) {
			afterSignature -= 1;
			if (PERSON_NAME.test(line)) findings.push({ line: lineNumber, column: 1, message: messages.signatoryName() });
		}
	}
	return findings;
}
