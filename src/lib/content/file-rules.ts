/**
 * Rules that look at one file at a time, after it has been parsed: the one place where they run
 * (parseJob calls runFileRules, in the main thread or a parser thread). A rule gets the decoded text
 * and the parse result and returns located problems; add a rule by adding it to FILE_RULES.
 * Rules that need more than one file (references, cycles, duplicate titles) run in validate.ts.
 */
import { fileProblem, type ParsedFile } from './parse-file.ts';
import { findPersonalData } from './personal-data.ts';
import { findPlaceholders } from './placeholders.ts';
import type { Problem } from './problems.ts';

export interface FileRuleInput {
	kind: 'positions' | 'units' | 'competencies';
	/** Path relative to the project root. */
	file: string;
	/** The file's text: UTF-8 decoded, LF line ends, NFC. */
	text: string;
	parsed: ParsedFile<unknown>;
}

export type FileRule = (input: FileRuleInput) => Problem[];

/** Names, personal id codes, e-mail addresses and phone numbers must not be published. */
const personalData: FileRule = ({ text, file }) =>
	findPersonalData(text).map((finding) => fileProblem(file, finding.message, finding, 'isikuandmed'));

/** Placeholders from `npm run new`: an error in a file in force, a warning in a draft. */
const placeholders: FileRule = ({ kind, text, file, parsed }) => {
	const status = kind === 'positions' ? ((parsed.value ?? parsed.partial) as { status?: string } | undefined)?.status : undefined;
	return findPlaceholders(text, file, status, kind === 'positions');
};

export const FILE_RULES: readonly FileRule[] = [personalData, placeholders];

export function runFileRules(input: FileRuleInput): Problem[] {
	return FILE_RULES.flatMap((rule) => rule(input));
}
