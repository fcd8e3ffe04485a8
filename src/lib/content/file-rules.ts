/**
 * Rules that look at one file at a time, after it has been parsed: the one place where they run
 * (parseJob calls runFileRules, in the main thread or a parser thread). A rule gets the decoded text
 * and the parse result and returns located problems; add a rule by adding it to FILE_RULES.
 * Rules that need more than one file (references, cycles, duplicate titles) run in validate.ts.
 */
import { guardPersonalData } from './guard.ts';
import type { ParsedFile } from './parse-file.ts';
import { findPlaceholders } from './placeholders.ts';
import type { Problem } from './problems.ts';
import { checkFileRules } from './rules/file-rules.ts';

export interface FileRuleInput {
	kind: 'positions' | 'units' | 'competencies';
	/** Path relative to the project root. */
	file: string;
	/** The id the file name gives. */
	id: string;
	/** The file's text: UTF-8 decoded, LF line ends, NFC. */
	text: string;
	parsed: ParsedFile<unknown>;
}

export type FileRule = (input: FileRuleInput) => Problem[];

/** Names, personal id codes, e-mail addresses and phone numbers must not be published (guard.ts). */
const personalData: FileRule = ({ kind, file, text, parsed }) => guardPersonalData(file, text, kind, parsed);

/** Stubs with content, YAML tags, control characters, reserved ids, dates, formula-like titles (rules/). */
const reviewRules: FileRule = ({ kind, file, id, text, parsed }) => checkFileRules(kind, file, id, text, parsed);

/** Placeholders from `npm run new`: an error in a file in force, a warning in a draft. */
const placeholders: FileRule = ({ kind, text, file, parsed }) => {
	const fields: { status?: string } | undefined = parsed.value ?? parsed.partial;
	const status = kind === 'positions' ? fields?.status : undefined;
	return findPlaceholders(text, file, status, kind === 'positions');
};

export const FILE_RULES: readonly FileRule[] = [personalData, placeholders, reviewRules];

export function runFileRules(input: FileRuleInput): Problem[] {
	return FILE_RULES.flatMap((rule) => rule(input));
}
