import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import type { Competency } from '../../../schemas/competency.ts';
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import { messages } from './messages.ts';
import { runFileRules } from './file-rules.ts';
import { buildModel, indexContent, type Model } from './model.ts';
import { decodeContent, fileProblem, parseCompetency, parsePosition, parseUnit, type ParsedFile } from './parse-file.ts';
import { sortProblems, type Problem } from './problems.ts';
import { IdSchema } from '../../../schemas/shared.ts';
import { runCrossFileRules, type ContentFiles, type PositionFields } from './validate.ts';

export interface LoadedContent {
	model: Model;
	files: ContentFiles;
	problems: Problem[];
	fileCount: number;
}

/** What `npm run check` needs: every problem, and how many files were read. */
export type CheckedContent = Pick<LoadedContent, 'problems' | 'fileCount'>;

export interface LoadOptions {
	/** Project root that holds content/. */
	root: string;
	/** Today's date (YYYY-MM-DD) for review-due warnings; injectable for tests. */
	today?: string;
}

const KINDS = [
	{ key: 'positions', folder: 'positions', extension: '.md' },
	{ key: 'units', folder: 'units', extension: '.yaml' },
	{ key: 'competencies', folder: 'competencies', extension: '.yaml' },
] as const;

const PARSERS = { positions: parsePosition, units: parseUnit, competencies: parseCompetency } as const;

/** Files that may sit beside content without being content (folder notes, editor leftovers). */
const IGNORED = /^(README\.md|\..*)$/;

/** One content file to parse; plain data, so it can be handed to a worker thread. */
export interface ParseJob {
	kind: 'positions' | 'units' | 'competencies';
	path: string;
	file: string;
	id: string;
}

/** Lists the content files and reports the ones that cannot be parsed at all (name, extension, duplicate id). */
export function listContent(root: string): { jobs: ParseJob[]; problems: Problem[]; fileCount: number } {
	const jobs: ParseJob[] = [];
	const problems: Problem[] = [];
	let fileCount = 0;
	for (const kind of KINDS) {
		const folder = join(root, 'content', kind.folder);
		const seen = new Map<string, string>();
		for (const path of listFiles(folder)) {
			// Every path starts with `folder`: cutting it off is the same as path.relative, which took
			// 30-60 ms of the serial start at 10,000 files.
			const file = `content/${kind.folder}/${path.slice(folder.length + 1).split(sep).join('/')}`;
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
			jobs.push({ kind: kind.key, path, file, id });
		}
	}
	return { jobs, problems, fileCount };
}

/** Reads and parses one file, with the findings of the per-file rules (file-rules.ts) among the problems. */
export function parseJob(job: ParseJob): { parsed?: ParsedFile<unknown>; problems: Problem[] } {
	const { text, problem } = decodeContent(readFileSync(job.path), job.file);
	if (problem || text === undefined) return { problems: problem ? [problem] : [] };
	const parse = PARSERS[job.kind];
	const parsed = parse(text, job.file, job.id) as ParsedFile<unknown>;
	const problems = [...parsed.problems, ...runFileRules({ kind: job.kind, file: job.file, id: job.id, text, parsed })];
	return { parsed, problems };
}

/** Builds the model from parsed files and adds the checks that need more than one file. */
export function assembleContent(
	parsedFiles: readonly ParsedFile<unknown>[],
	kinds: readonly ParseJob['kind'][],
	fileProblems: Problem[],
	fileCount: number,
	today: string,
): LoadedContent {
	const files = byKind<Position>(parsedFiles, kinds);
	const model = buildModel({ positions: valid(files.positions), units: valid(files.units), competencies: valid(files.competencies) });
	return { model, files, problems: sortProblems([...fileProblems, ...runCrossFileRules(model, files, today)]), fileCount };
}

/**
 * The problems assembleContent finds, without the model: the cross-file rules need only the index
 * (indexContent), not the relations the pages use, and only the positions' fields outside the body.
 */
export function checkAssembled(parsedFiles: readonly ParsedFile<unknown>[], kinds: readonly ParseJob['kind'][], fileProblems: Problem[], today: string): Problem[] {
	const files = byKind<PositionFields>(parsedFiles, kinds);
	const index = indexContent({ positions: valid(files.positions), units: valid(files.units), competencies: valid(files.competencies) });
	return sortProblems([...fileProblems, ...runCrossFileRules(index, files, today)]);
}

function byKind<P>(parsedFiles: readonly ParsedFile<unknown>[], kinds: readonly ParseJob['kind'][]) {
	const files = { positions: [], units: [], competencies: [] } as {
		positions: ParsedFile<P>[];
		units: ParsedFile<Unit>[];
		competencies: ParsedFile<Competency>[];
	};
	parsedFiles.forEach((parsed, index) => (files[kinds[index]] as ParsedFile<unknown>[]).push(parsed));
	return files;
}

const valid = <T>(list: readonly ParsedFile<T>[]) => list.flatMap((file) => (file.value === undefined ? [] : [file.value]));

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** Reads, parses and validates the whole content tree. Never throws for content problems. */
export function loadContent({ root, today = todayIso() }: LoadOptions): LoadedContent {
	const { jobs, problems, fileCount } = listContent(root);
	const parsedFiles: ParsedFile<unknown>[] = [];
	const kinds: ParseJob['kind'][] = [];
	for (const job of jobs) {
		const result = parseJob(job);
		problems.push(...result.problems);
		if (result.parsed) {
			parsedFiles.push(result.parsed);
			kinds.push(job.kind);
		}
	}
	return assembleContent(parsedFiles, kinds, problems, fileCount, today);
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
