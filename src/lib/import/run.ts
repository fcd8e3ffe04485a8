/**
 * Imports a batch of files: extract → import → check against the content → write. Used by
 * scripts/import-documents.ts; takes its output functions as arguments so tests can run it in-process.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Position } from '../../../schemas/position.ts';
import { loadContent } from '../content/load.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { Problem } from '../content/problems.ts';
import { extractFile } from './extract.ts';
import { ImportFailure } from './failure.ts';
import { importText, type ImportedFile } from './import-text.ts';
import { importMessages } from './messages.ts';
import { contextFromModel, type MappingContext, type MappingPosition } from './resolve.ts';
import type { ReportItem } from './types.ts';
import { parseImported, verifyImported } from './verify.ts';

export interface RunOptions {
	/** Files as the user gave them; shown like that in the output. */
	inputs: readonly string[];
	/** Folder relative inputs are resolved from (default: the process's). */
	cwd?: string;
	/** Project root whose content/ the names are mapped against. */
	root: string;
	/** Root under which content/positions/… is written. */
	out: string;
	dryRun: boolean;
	force: boolean;
	/** YYYY-MM-DD for the review-date checks; default today. */
	today?: string;
	/** Called before each file is read (for a progress line on a terminal). */
	onStart?: (input: string, index: number, total: number) => void;
}

export type Action = 'written' | 'exists' | 'dry-run';

export interface FileOutcome {
	input: string;
	imported?: ImportedFile;
	/** Why the file could not be imported at all. */
	failure?: string;
	report: ReportItem[];
	/** What `npm run check` would say about the written file. */
	problems: Problem[];
	action?: Action;
	/** Items a human must act on: the importer's and the check's errors, without double counting. */
	attention: number;
}

export interface RunResult {
	outcomes: FileOutcome[];
	/** 1 when any file needs attention or failed. */
	exitCode: number;
}

export async function runImport(options: RunOptions): Promise<RunResult> {
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const loaded = loadContent({ root: options.root, today });
	const context = contextFromModel(loaded.model);
	const outcomes: FileOutcome[] = [];
	const texts = new Map<FileOutcome, string>();

	for (const [index, input] of options.inputs.entries()) {
		options.onStart?.(input, index, options.inputs.length);
		const outcome: FileOutcome = { input, report: [], problems: [], attention: 0 };
		outcomes.push(outcome);
		try {
			const extracted = await extractFile(resolve(options.cwd ?? process.cwd(), input));
			outcome.report.push(...extracted.report);
			texts.set(outcome, extracted.text);
			outcome.imported = importText(extracted.text, context);
		} catch (error) {
			if (!(error instanceof ImportFailure)) throw error;
			outcome.failure = error.message;
		}
	}

	// Second pass: files of the same run may name each other (a specialist and the head of the unit).
	const batch = outcomes.filter((outcome) => outcome.imported !== undefined);
	if (batch.length > 1) {
		for (const outcome of batch) {
			const others = batch.filter((other) => other !== outcome).map(asMappingPosition);
			const known = new Set(context.positions.map((position) => position.id));
			const extended: MappingContext = {
				...context,
				positions: [...context.positions, ...others.filter((other) => !known.has(other.id))],
			};
			outcome.imported = importText(texts.get(outcome) ?? '', extended);
		}
	}
	const parsedBatch: ParsedFile<Position>[] = batch.map((outcome) => {
		const imported = outcome.imported as ImportedFile;
		return parseImported(imported.markdown, imported.path, imported.position.id);
	});
	const seenIds = new Map<string, string>();

	for (const outcome of outcomes) {
		const imported = outcome.imported;
		if (!imported) {
			outcome.attention = 1;
			continue;
		}
		outcome.report.push(...imported.position.report);
		const duplicateOf = seenIds.get(imported.position.id);
		if (duplicateOf !== undefined) {
			outcome.report.push({
				severity: 'attention',
				field: 'title',
				message: importMessages.batchDuplicate(imported.position.id, duplicateOf),
			});
		}
		seenIds.set(imported.position.id, outcome.input);
		outcome.problems = verifyImported({
			markdown: imported.markdown,
			file: imported.path,
			id: imported.position.id,
			files: loaded.files,
			batch: parsedBatch,
			today,
		});
		outcome.action = await write(imported, options, outcome);
		outcome.attention = countAttention(outcome);
	}
	return { outcomes, exitCode: outcomes.some((outcome) => outcome.attention > 0) ? 1 : 0 };
}

function asMappingPosition(outcome: FileOutcome): MappingPosition {
	const { position, path } = outcome.imported as ImportedFile;
	return {
		id: position.id,
		title: position.frontmatter.title,
		unit: position.frontmatter.unit,
		file: path,
	};
}

async function write(
	imported: ImportedFile,
	options: RunOptions,
	outcome: FileOutcome,
): Promise<Action | undefined> {
	const target = join(options.out, imported.path);
	if (options.dryRun) {
		// Say now what the real run would refuse.
		if (!options.force && existsSync(target)) {
			outcome.report.push({
				severity: 'attention',
				field: '',
				message: importMessages.fileExists(imported.path),
			});
		}
		return 'dry-run';
	}
	try {
		await mkdir(dirname(target), { recursive: true });
		// "wx" fails when the file exists, so a file is never replaced without --force, even in a race.
		await writeFile(target, imported.markdown, {
			encoding: 'utf8',
			flag: options.force ? 'w' : 'wx',
		});
		return 'written';
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'tundmatu viga';
		if (code === 'EEXIST') {
			outcome.report.push({
				severity: 'attention',
				field: '',
				message: importMessages.fileExists(imported.path),
			});
			return 'exists';
		}
		outcome.failure = importMessages.fileUnreadable(code);
		return undefined;
	}
}

/**
 * The importer's attention items plus check errors on fields the importer has not already flagged
 * (an unresolved unit is one item, not two).
 */
function countAttention(outcome: FileOutcome): number {
	const flagged = new Set(
		outcome.report
			.filter((item) => item.severity === 'attention')
			.map((item) => item.field.split('.')[0]),
	);
	const errors = outcome.problems.filter(
		(problem) => problem.severity === 'error' && !flagged.has(problem.field.split('.')[0]),
	);
	return (
		outcome.report.filter((item) => item.severity === 'attention').length +
		errors.length +
		(outcome.failure === undefined ? 0 : 1)
	);
}
