/**
 * Terminal output of an import run: one result line per file with what needs attention under it,
 * then a summary table (file, id, duties, results, competencies, status).
 */
import { basename } from 'node:path';
import { formatProblem } from '../content/problems.ts';
import { HEADER_FIELDS } from './evaluate.ts';
import { importMessages } from './messages.ts';
import type { FileOutcome } from './run.ts';

export function counts(outcome: FileOutcome): {
	duties: number;
	results: number;
	competencies: number;
	fields: number;
	todos: number;
} {
	const position = outcome.imported?.position;
	if (!position) return { duties: 0, results: 0, competencies: 0, fields: 0, todos: 0 };
	const competencies = position.frontmatter.competencies;
	const header = position.header;
	return {
		duties: position.body.duties.length,
		results: position.body.duties.reduce((sum, duty) => sum + duty.results.length, 0),
		competencies: (competencies?.core?.length ?? 0) + (competencies?.additional?.length ?? 0),
		// Header fields counted as recognised: the ones the evaluation scores.
		fields: HEADER_FIELDS.filter((field) => {
			const value = header[field];
			return value !== undefined && (!Array.isArray(value) || value.length > 0);
		}).length,
		todos:
			position.comments.filter((comment) => comment.text.includes('TODO')).length +
			position.unplaced.length,
	};
}

export function status(outcome: FileOutcome): string {
	if (outcome.failure !== undefined) return importMessages.statusFailed();
	return outcome.attention > 0
		? importMessages.statusAttention(outcome.attention)
		: importMessages.statusOk();
}

/** The result line of one file and, indented under it, everything a human should read. */
export function formatOutcome(outcome: FileOutcome): string[] {
	const mark = outcome.failure !== undefined || outcome.attention > 0 ? '✘' : '✔';
	const target = outcome.imported?.path;
	const action =
		outcome.action === 'written'
			? importMessages.written(target ?? '')
			: outcome.action === 'dry-run'
				? importMessages.wouldWrite(target ?? '')
				: (target ?? '');
	const lines = [
		`${mark} ${outcome.input}${action === '' ? '' : ` → ${action}`}  ${status(outcome)}`,
	];
	if (outcome.failure !== undefined) lines.push(`    ✘ ${outcome.failure}`);
	for (const item of outcome.report) {
		const field = item.field === '' ? '' : `${item.field}  `;
		lines.push(`    ${item.severity === 'attention' ? '✘' : 'ℹ'} ${field}${item.message}`);
	}
	if (outcome.problems.some((problem) => problem.severity === 'error'))
		lines.push(`    ${importMessages.checkFailed()}`);
	for (const problem of outcome.problems) lines.push(`    ${formatProblem(problem)}`);
	return lines;
}

export function formatTable(outcomes: readonly FileOutcome[]): string[] {
	const rows = outcomes.map((outcome) => {
		const { duties, results, competencies, fields, todos } = counts(outcome);
		const imported = outcome.imported !== undefined;
		const shown = (value: number) => (imported ? String(value) : '—');
		return [
			basename(outcome.input),
			outcome.imported?.position.id ?? '—',
			imported ? `${fields}/${HEADER_FIELDS.length}` : '—',
			shown(duties),
			shown(results),
			shown(competencies),
			shown(todos),
			status(outcome),
		];
	});
	const table = [importMessages.tableHeader(), ...rows];
	const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
	const numeric = new Set([2, 3, 4, 5, 6]);
	const line = (row: readonly string[]) =>
		row
			.map((cell, column) =>
				numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
			)
			.join('  ')
			.trimEnd();
	return [line(table[0]), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)];
}

export function formatSummary(outcomes: readonly FileOutcome[]): string[] {
	const attention = outcomes.filter((outcome) => outcome.attention > 0).length;
	const files = new Set(outcomes.map((outcome) => outcome.input.replace(/ \(lisa \d+\)$/u, '')))
		.size;
	const descriptions = outcomes.filter((outcome) => outcome.imported !== undefined).length;
	return [
		importMessages.summary(files, descriptions, attention),
		// "Look for TODO" only where a file was written to look in.
		...(attention === 0
			? []
			: descriptions === 0
				? [importMessages.howToFixNothingWritten()]
				: [importMessages.howToFix()]),
	];
}
