/**
 * One input document → its job descriptions: a directive is cut into its annexes (each imported
 * with the directive's date and number when its own text names none), the directives it repeals are
 * reported with the positions they approved, and an annex that cannot be imported does not stop the
 * others.
 */
import { splitDirective } from './directive.ts';
import { ImportFailure } from './failure.ts';
import { importText, type ImportedFile } from './import-text.ts';
import { importMessages } from './messages.ts';
import type { MappingContext } from './mapping-context.ts';
import type { ReportItem } from './types.ts';

export interface DocumentOptions {
	/** --title / --unit: for a document that names no title (or unit). */
	title?: string;
	unit?: string;
}

export interface AnnexImport {
	/** The annex number ("Lisa 2"), when the document is a directive's annex. */
	annex?: number;
	/** The annex's text, to import again with a larger context. */
	text: string;
	imported?: ImportedFile;
	failure?: string;
}

export interface DocumentImport {
	annexes: AnnexImport[];
	/** About the document as a whole: the directive, what it repeals. */
	report: ReportItem[];
}

export function importDocument(
	text: string,
	context: MappingContext,
	options: DocumentOptions = {},
): DocumentImport {
	const split = splitDirective(text);
	const report: ReportItem[] = [];
	const directive = split.directive;
	if (directive) {
		const { approval } = directive;
		report.push({
			severity: 'info',
			field: '',
			message: importMessages.directiveFound(
				approval?.date ?? '?',
				approval?.directive ?? '?',
				split.annexes.length,
			),
		});
		for (const repealed of directive.repealed) {
			const positions = context.positions.filter(
				(position) =>
					position.approval?.date === repealed.date &&
					position.approval.directive === repealed.directive,
			);
			report.push(
				positions.length > 0
					? {
							severity: 'attention',
							field: 'status',
							message: importMessages.repealsPositions(
								repealed.date,
								repealed.directive,
								positions.map((position) => position.file),
							),
						}
					: {
							severity: 'info',
							field: 'status',
							message: importMessages.repealsUnknown(
								repealed.date,
								repealed.directive,
							),
						},
			);
		}
		if (directive.repealText !== undefined && directive.repealed.length === 0)
			report.push({
				severity: 'attention',
				field: 'status',
				message: importMessages.repealUnread(directive.repealText),
			});
	}
	const annexes = split.annexes.map((annex): AnnexImport => {
		const base = {
			text: annex.text,
			...(directive && annex.number !== undefined ? { annex: annex.number } : {}),
		};
		try {
			return {
				...base,
				imported: importText(annex.text, context, {
					...options,
					...(directive?.approval === undefined ? {} : { directive: directive.approval }),
				}),
			};
		} catch (error) {
			if (!(error instanceof ImportFailure)) throw error;
			return { ...base, failure: error.message };
		}
	});
	// A directive cut off before its first annex: say that rather than "not a job description".
	if (directive && annexes.every((annex) => annex.failure === importMessages.notJobDescription()))
		for (const annex of annexes) annex.failure = importMessages.directiveWithoutAnnexes();
	return { annexes, report };
}

/** Imports again with another context (the batch's own files added); same annexes, same order. */
export function reimportAnnex(
	annex: AnnexImport,
	context: MappingContext,
	options: DocumentOptions & { directive?: { date?: string; directive?: string } },
): AnnexImport {
	try {
		return { ...annex, imported: importText(annex.text, context, options) };
	} catch (error) {
		if (!(error instanceof ImportFailure)) throw error;
		return annex;
	}
}
