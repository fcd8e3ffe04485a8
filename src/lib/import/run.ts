/**
 * Imports a batch of files: extract → import → check against the content → write. Used by
 * scripts/import-documents.ts; takes its output functions as arguments so tests can run it
 * in-process.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import type { Position } from '../../../schemas/position.ts';
import { loadContent } from '../content/load.ts';
import type { ParsedFile } from '../content/parse-file.ts';
import type { Problem } from '../content/problems.ts';
import { extractFile, SUPPORTED_EXTENSIONS } from './extract.ts';
import { ImportFailure } from './failure.ts';
import { importDocument, reimportAnnex, type AnnexImport } from './import-document.ts';
import type { ImportedFile } from './import-text.ts';
import type { Approval } from './interpret.ts';
import { importMessages } from './messages.ts';
import { contextFromModel, type MappingContext, type MappingPosition } from './mapping-context.ts';
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
	/** --title / --unit for documents that do not name them. */
	title?: string;
	unit?: string;
}

export type Action = 'written' | 'exists' | 'dry-run';

export interface FileOutcome {
	/**
	 * The file as the user gave it (or found in a folder), with "(lisa N)" for a directive's annex.
	 */
	input: string;
	imported?: ImportedFile;
	/** Why the file could not be imported at all. */
	failure?: string;
	report: ReportItem[];
	/** What `npm run check` would say about the written file. */
	problems: Problem[];
	action?: Action;
	/**
	 * Items a human must act on: the importer's and the check's errors, without double counting.
	 */
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
	const annexes = new Map<FileOutcome, AnnexImport & { directive?: Approval }>();
	const documentOptions = {
		...(options.title === undefined ? {} : { title: options.title }),
		...(options.unit === undefined ? {} : { unit: options.unit }),
	};
	const cwd = options.cwd ?? process.cwd();
	const inputs = await expandInputs(options.inputs, cwd);

	for (const [index, input] of inputs.entries()) {
		options.onStart?.(input, index, inputs.length);
		const report: ReportItem[] = [];
		try {
			const extracted = await extractFile(resolve(cwd, input));
			report.push(...extracted.report);
			const document = importDocument(extracted.text, context, documentOptions);
			report.push(...document.report);
			const directive = directiveOf(document.annexes);
			document.annexes.forEach((annex, annexIndex) => {
				const outcome: FileOutcome = {
					input: annex.annex === undefined ? input : `${input} (lisa ${annex.annex})`,
					// What concerns the whole document is told once, with its first description.
					report: annexIndex === 0 ? [...report] : [],
					problems: [],
					attention: 0,
					...(annex.imported === undefined ? {} : { imported: annex.imported }),
					...(annex.failure === undefined ? {} : { failure: annex.failure }),
				};
				outcomes.push(outcome);
				annexes.set(outcome, {
					...annex,
					...(directive === undefined ? {} : { directive }),
				});
			});
		} catch (error) {
			// One bad file never stops the batch: its reason is one line, the others go on.
			outcomes.push({
				input,
				report,
				problems: [],
				attention: 0,
				failure:
					error instanceof ImportFailure
						? error.message
						: importMessages.unexpectedError(
								error instanceof Error ? error.message : String(error),
							),
			});
		}
	}

	// Second pass: files of the same run may name each other (a specialist and the head of the
	// unit).
	const batch = outcomes.filter((outcome) => outcome.imported !== undefined);
	if (batch.length > 1) {
		for (const outcome of batch) {
			const others = batch.filter((other) => other !== outcome).map(asMappingPosition);
			const known = new Set(context.positions.map((position) => position.id));
			const extended: MappingContext = {
				...context,
				positions: [
					...context.positions,
					...others.filter((other) => !known.has(other.id)),
				],
			};
			const annex = annexes.get(outcome);
			if (annex === undefined) continue;
			const again = reimportAnnex(annex, extended, {
				...documentOptions,
				...(annex.directive === undefined ? {} : { directive: annex.directive }),
			});
			if (again.imported !== undefined) outcome.imported = again.imported;
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

/** The directive's approval as the first annex got it, for importing the annexes again. */
function directiveOf(annexes: readonly AnnexImport[]): Approval | undefined {
	if (!annexes.some((annex) => annex.annex !== undefined)) return undefined;
	return annexes.find((annex) => annex.imported?.position.frontmatter.approval !== undefined)
		?.imported?.position.frontmatter.approval;
}

/**
 * Folders become the .txt, .docx and .pdf files in them (sorted, subfolders included); other files
 * in a folder are left out. A file given by name is always tried, so that its problem is reported.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
	const out: string[] = [];
	for (const input of inputs) {
		const path = resolve(cwd, input);
		const info = await stat(path).catch(() => undefined);
		if (!info?.isDirectory()) {
			out.push(input);
			continue;
		}
		const entries = await readdir(path, { recursive: true, withFileTypes: true });
		const files = entries
			.filter(
				(entry) =>
					entry.isFile() &&
					(SUPPORTED_EXTENSIONS as readonly string[]).includes(
						extname(entry.name).toLowerCase(),
					),
			)
			.map((entry) => join(input, relative(path, join(entry.parentPath, entry.name))))
			.sort((a, b) => a.localeCompare(b, 'et'));
		out.push(...(files.length === 0 ? [input] : files));
	}
	return out;
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
		// "wx" fails when the file exists, so a file is never replaced without --force, even in a
		// race.
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
