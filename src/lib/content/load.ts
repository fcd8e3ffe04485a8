import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Competency } from '../../../schemas/competency.ts';
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import { messages } from './messages.ts';
import { findPersonalData } from './personal-data.ts';
import { buildModel, type Model } from './model.ts';
import { decodeContent, fileProblem, parseCompetency, parsePosition, parseUnit, type ParsedFile } from './parse-file.ts';
import { sortProblems, type Problem } from './problems.ts';
import { IdSchema } from '../../../schemas/shared.ts';
import { validateRelations, type ContentFiles } from './validate.ts';

export interface LoadedContent {
	model: Model;
	files: ContentFiles;
	problems: Problem[];
	fileCount: number;
}

export interface LoadOptions {
	/** Project root that holds content/. */
	root: string;
	/** Today's date (YYYY-MM-DD) for review-due warnings; injectable for tests. */
	today?: string;
}

const KINDS = [
	{ key: 'positions', folder: 'positions', extension: '.md', parse: parsePosition },
	{ key: 'units', folder: 'units', extension: '.yaml', parse: parseUnit },
	{ key: 'competencies', folder: 'competencies', extension: '.yaml', parse: parseCompetency },
] as const;

/** Files that may sit beside content without being content (folder notes, editor leftovers). */
const IGNORED = /^(README\.md|\..*)$/;

/** Reads, parses and validates the whole content tree. Never throws for content problems. */
export function loadContent({ root, today = new Date().toISOString().slice(0, 10) }: LoadOptions): LoadedContent {
	const problems: Problem[] = [];
	const files = { positions: [], units: [], competencies: [] } as {
		positions: ParsedFile<Position>[];
		units: ParsedFile<Unit>[];
		competencies: ParsedFile<Competency>[];
	};
	let fileCount = 0;

	for (const kind of KINDS) {
		const folder = join(root, 'content', kind.folder);
		const seen = new Map<string, string>();
		for (const path of listFiles(folder)) {
			const file = relative(root, path).split(sep).join('/');
			const name = path.slice(path.lastIndexOf(sep) + 1);
			if (IGNORED.test(name)) continue;
			fileCount += 1;
			if (!name.endsWith(kind.extension)) {
				problems.push(fileProblem(file, messages.unexpectedFile(kind.extension)));
				continue;
			}
			const id = name.slice(0, -kind.extension.length);
			if (!IdSchema.safeParse(id).success) {
				problems.push(fileProblem(file, messages.badFileName(name)));
				continue;
			}
			const duplicateOf = seen.get(id);
			if (duplicateOf !== undefined) {
				problems.push(fileProblem(file, messages.duplicateId(id, duplicateOf)));
				continue;
			}
			seen.set(id, file);
			const { text, problem } = decodeContent(readFileSync(path), file);
			if (problem || text === undefined) {
				if (problem) problems.push(problem);
				continue;
			}
			const parsed = kind.parse(text, file, id);
			problems.push(...parsed.problems);
			for (const finding of findPersonalData(text)) {
				problems.push(fileProblem(file, finding.message, finding, 'isikuandmed'));
			}
			(files[kind.key] as ParsedFile<unknown>[]).push(parsed);
		}
	}

	const valid = <T>(list: readonly ParsedFile<T>[]) => list.flatMap((file) => (file.value === undefined ? [] : [file.value]));
	const model = buildModel({ positions: valid(files.positions), units: valid(files.units), competencies: valid(files.competencies) });
	problems.push(...validateRelations(model, files, today));
	return { model, files, problems: sortProblems(problems), fileCount };
}

function listFiles(folder: string): string[] {
	let entries: Dirent[];
	try {
		entries = readdirSync(folder, { withFileTypes: true, recursive: true });
	} catch {
		return [];
	}
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}
