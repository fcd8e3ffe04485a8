/**
 * Turns the YAML parser's errors into messages an HR editor can act on: one message per root cause.
 * A tab in the indentation makes the parser report every line after it; a value with ": " in it is
 * read as a nested field. Both get a message that names the fix, and later errors that follow from
 * the first are dropped. Duplicate keys are independent of each other and are all kept.
 */
import type { YAMLError } from 'yaml';
import { messages } from './messages.ts';
import type { Location } from './problems.ts';

export interface YamlErrorReport extends Location {
	message: string;
}

/** Errors after which the document can still be read (the later key wins), so the rest is validated too. */
export function isRecoverable(errors: readonly Pick<YAMLError, 'code'>[]): boolean {
	return errors.every((error) => error.code === 'DUPLICATE_KEY');
}

export function describeYamlErrors(errors: readonly YAMLError[], text: string, at: (offset: number) => Location): YamlErrorReport[] {
	const reports: YamlErrorReport[] = [];
	for (const error of errors) {
		if (error.code !== 'DUPLICATE_KEY') continue;
		const key = keyAt(text, error.pos[0]);
		reports.push({ ...at(error.pos[0]), message: key === undefined ? messages.yamlSyntax(messages.yamlErrorDetail(error.code)) : messages.yamlDuplicateKey(key) });
	}
	const tabs = errors.filter((error) => error.code === 'TAB_AS_INDENT');
	if (tabs.length > 0) {
		const lines = [...new Set(tabs.map((error) => at(error.pos[0]).line))];
		reports.push({ ...at(tabs[0].pos[0]), message: messages.yamlTabIndent(lines) });
		return reports;
	}
	const first = errors.find((error) => error.code !== 'DUPLICATE_KEY');
	if (first) reports.push({ ...at(first.pos[0]), message: describe(first, text) });
	return reports;
}

function describe(error: YAMLError, text: string): string {
	if (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') {
		const field = fieldOfLine(text, error.pos[0]);
		if (field && /:\s/.test(field.value)) return messages.yamlNeedsQuotes(field.key, field.value);
	}
	return messages.yamlSyntax(messages.yamlErrorDetail(error.code));
}

/** The key written at `offset` (plain or quoted), read up to its colon. */
function keyAt(text: string, offset: number): string | undefined {
	const match = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^:\n]*?))[ \t]*:/.exec(text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset)));
	const key = match?.[1] ?? match?.[2] ?? match?.[3]?.trim();
	return key === '' ? undefined : key;
}

/** `key: value` on the line that holds `offset`, with the list dash and indentation stripped. */
function fieldOfLine(text: string, offset: number): { key: string; value: string } | undefined {
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const end = text.indexOf('\n', offset);
	const line = text.slice(start, end === -1 ? undefined : end);
	const match = /^[ ]*(?:-[ ]+)?([A-Za-z][A-Za-z0-9]*):[ ]+(.+?)[ ]*$/.exec(line);
	return match ? { key: match[1], value: match[2] } : undefined;
}
