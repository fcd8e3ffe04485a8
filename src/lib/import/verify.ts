/**
 * Runs the project's own checks (the ones `npm run check` runs) on an imported file as if it were
 * already in content/, so the importer can say exactly what a human must fix before the check
 * passes.
 */
import type { Position } from '../../../schemas/position.ts';
import { buildModel } from '../content/model.ts';
import { parsePosition, type ParsedFile } from '../content/parse-file.ts';
import type { Problem } from '../content/problems.ts';
import { sortProblems } from '../content/problems.ts';
import { runCrossFileRules, type ContentFiles } from '../content/validate.ts';

export interface VerifyInput {
	markdown: string;
	/** Path relative to the project root, as the check prints it. */
	file: string;
	id: string;
	/** The existing content (from loadContent). */
	files: ContentFiles;
	/** Other files of the same import run, so references between them resolve. */
	batch?: readonly ParsedFile<Position>[];
	today: string;
}

export function parseImported(markdown: string, file: string, id: string): ParsedFile<Position> {
	return parsePosition(markdown, file, id);
}

export function verifyImported({
	markdown,
	file,
	id,
	files,
	batch = [],
	today,
}: VerifyInput): Problem[] {
	const parsed = parseImported(markdown, file, id);
	const others = batch.filter((other) => other.id !== id);
	const replaced = new Set([id, ...others.map((other) => other.id)]);
	const positions = [
		...files.positions.filter((other) => !replaced.has(other.id)),
		...others,
		parsed,
	];
	const all: ContentFiles = { ...files, positions };
	const valid = <T>(list: readonly ParsedFile<T>[]) =>
		list.flatMap((entry) => (entry.value === undefined ? [] : [entry.value]));
	const model = buildModel({
		positions: valid(positions),
		units: valid(files.units),
		competencies: valid(files.competencies),
	});
	const relations = runCrossFileRules(model, all, today).filter(
		(problem) => problem.file === file,
	);
	return sortProblems([...parsed.problems, ...relations]);
}
