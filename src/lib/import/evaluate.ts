/**
 * Measures the importer on an evaluation set: folders of documents with an expected.json that says,
 * per document file, what each job description in it holds (header fields in the document's
 * wording, and the duty, result and requirement lines that must reach the file). Used by
 * scripts/eval-import.ts and tests/import/evaluation.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ImportedFile } from './import-text.ts';
import type { ReadHeader } from './map-document.ts';

export const HEADER_FIELDS = [
	'title',
	'unit',
	'manager',
	'substitutedBy',
	'substitutes',
	'purpose',
	'approval',
] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** One job description as the evaluation set expects it; null: the document does not give it. */
export interface ExpectedDescription {
	title: string | null;
	unit: string | null;
	manager: string | null;
	substitutedBy: string | null;
	substitutes: string | null;
	purpose: string | null;
	/** "YYYY-MM-DD nr N". */
	approval: string | null;
	/** The text is cut off: the file must be a draft (eelnõu). */
	draft?: boolean;
	/** Title and unit the user gives on the command line (--title, --unit). */
	options?: { title?: string; unit?: string };
	lines: string[];
}

/** Imports one document's text; returns the files written (one per job description). */
export type ImportFn = (
	text: string,
	options: { title?: string; unit?: string },
) => readonly ImportedFile[];

export interface DocumentScore {
	file: string;
	expected: number;
	yielded: number;
	fieldsRight: number;
	fieldsTotal: number;
	linesKept: number;
	linesTotal: number;
	draftsRight: number;
	draftsTotal: number;
	wrong: string[];
	crashed?: string;
}

export interface SetScore {
	name: string;
	documents: DocumentScore[];
}

export function normalize(text: string): string {
	return text
		.toLocaleLowerCase('et')
		.replace(/[„“”«»]/gu, '"')
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/^[-–•]\s*/u, '')
		.replace(/[.;,:]+$/u, '')
		.trim();
}

/** Titles in a list field, connectors ("," "ja" "või") taken as separators. */
function titles(text: string): string[] {
	return text
		.split(/\s*[,;]\s*|\s+(?:või|ja|ning)\s+/u)
		.map(normalize)
		.filter((part) => part !== '' && part !== '-');
}

function readValue(header: ReadHeader, field: HeaderField): string | undefined {
	const value = header[field];
	if (value === undefined) return undefined;
	if (field === 'approval') {
		const approval = value as ReadHeader['approval'];
		return `${approval?.date ?? '?'} nr ${approval?.directive ?? '?'}`;
	}
	return Array.isArray(value) ? value.join(', ') : (value as string);
}

function fieldRight(
	field: HeaderField,
	expected: string | null,
	read: string | undefined,
): boolean {
	const readList = read === undefined ? [] : titles(read);
	if (expected === null || titles(expected).length === 0)
		return read === undefined || readList.length === 0;
	if (read === undefined) return false;
	if (field === 'manager' || field === 'substitutedBy' || field === 'substitutes')
		return titles(expected).join('|') === readList.join('|');
	return normalize(expected) === normalize(read);
}

/**
 * Lines found in the file in the expected order (a line found out of order does not count). The
 * frontmatter (requirements) and the body (duties, rights …) are ordered each on its own: the file
 * format puts the requirements first whatever the document's order.
 */
function linesKept(lines: readonly string[], markdown: string): number {
	const flat = (text: string) => normalize(text.replace(/^\s*(?:[-#>]+|\d+\.)\s/gmu, ' '));
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(markdown);
	// Text kept only in a "# TODO" comment has not reached its place in the file.
	const withoutComments = (text: string) => text.replace(/^\s*#(?!#).*$/gmu, '');
	const regions = (match ? [withoutComments(match[1]), match[2]] : [markdown]).map((text) => ({
		text: flat(text),
		from: 0,
	}));
	let kept = 0;
	for (const line of lines) {
		const needle = normalize(line);
		const region = regions.find((candidate) => candidate.text.includes(needle));
		if (!region) continue;
		const index = region.text.indexOf(needle, region.from);
		if (index < 0) continue;
		kept += 1;
		region.from = index + 1;
	}
	return kept;
}

function frontmatterStatus(markdown: string): string | undefined {
	const match = /^---\n([\s\S]*?)\n---/u.exec(markdown);
	if (!match) return undefined;
	const data = parseYaml(match[1]) as Record<string, unknown> | null;
	return typeof data?.status === 'string' ? data.status : undefined;
}

export function scoreDocument(
	file: string,
	expected: readonly ExpectedDescription[],
	imported: readonly ImportedFile[],
): DocumentScore {
	const score: DocumentScore = {
		file,
		expected: expected.length,
		yielded: Math.min(imported.length, expected.length),
		fieldsRight: 0,
		fieldsTotal: 0,
		linesKept: 0,
		linesTotal: 0,
		draftsRight: 0,
		draftsTotal: 0,
		wrong: [],
	};
	expected.forEach((description, index) => {
		const result = imported[index];
		score.fieldsTotal += HEADER_FIELDS.length;
		score.linesTotal += description.lines.length;
		if (description.draft) score.draftsTotal += 1;
		if (!result) {
			score.wrong.push(`#${index + 1}: no file`);
			return;
		}
		for (const field of HEADER_FIELDS) {
			const read = readValue(result.position.header, field);
			if (fieldRight(field, description[field], read)) score.fieldsRight += 1;
			else
				score.wrong.push(
					`#${index + 1} ${field}: expected ${JSON.stringify(description[field])}, read ${JSON.stringify(read ?? null)}`,
				);
		}
		const kept = linesKept(description.lines, result.markdown);
		score.linesKept += kept;
		if (kept < description.lines.length)
			score.wrong.push(`#${index + 1} lines: ${kept}/${description.lines.length} kept`);
		if (description.draft) {
			if (frontmatterStatus(result.markdown) === 'eelnõu') score.draftsRight += 1;
			else score.wrong.push(`#${index + 1}: cut-off text not marked eelnõu`);
		}
	});
	return score;
}

/** Scores every document of a set folder against its expected.json. */
export function evaluateSet(name: string, folder: string, importFn: ImportFn): SetScore {
	const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as Record<
		string,
		ExpectedDescription[]
	>;
	const present = new Set(readdirSync(folder));
	const documents = Object.entries(expected).map(([file, descriptions]) => {
		if (!present.has(file))
			throw new Error(`${folder}: ${file} is in expected.json but missing`);
		const text = readFileSync(join(folder, file), 'utf8');
		try {
			return scoreDocument(
				file,
				descriptions,
				importFn(text, descriptions[0]?.options ?? {}),
			);
		} catch (error) {
			const score = scoreDocument(file, descriptions, []);
			score.crashed = error instanceof Error ? error.message : String(error);
			return score;
		}
	});
	return { name, documents };
}

export interface Totals {
	documents: number;
	documentsWithFile: number;
	descriptions: number;
	descriptionsWithFile: number;
	fieldsRight: number;
	fieldsTotal: number;
	linesKept: number;
	linesTotal: number;
	draftsRight: number;
	draftsTotal: number;
}

export function totals(set: SetScore): Totals {
	const sum = (pick: (score: DocumentScore) => number) =>
		set.documents.reduce((total, score) => total + pick(score), 0);
	return {
		documents: set.documents.length,
		documentsWithFile: set.documents.filter((score) => score.yielded > 0).length,
		descriptions: sum((score) => score.expected),
		descriptionsWithFile: sum((score) => score.yielded),
		fieldsRight: sum((score) => score.fieldsRight),
		fieldsTotal: sum((score) => score.fieldsTotal),
		linesKept: sum((score) => score.linesKept),
		linesTotal: sum((score) => score.linesTotal),
		draftsRight: sum((score) => score.draftsRight),
		draftsTotal: sum((score) => score.draftsTotal),
	};
}
