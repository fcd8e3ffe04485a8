/**
 * Collects report items and the TODO comments that go into the file next to the field concerned.
 */
import { importMessages } from './messages.ts';
import type { FieldComment, FrontmatterKey, ReportItem } from './types.ts';

export interface Reporter {
	readonly items: ReportItem[];
	readonly comments: FieldComment[];
	attention(field: string, message: string): void;
	info(field: string, message: string): void;
	/** Needs attention, and the document's text is kept in the file as a "# TODO:" comment. */
	todo(field: FrontmatterKey, message: string, text: string, path?: (string | number)[]): void;
}

export function createReporter(initial: readonly ReportItem[] = []): Reporter {
	const items = [...initial];
	const comments: FieldComment[] = [];
	return {
		items,
		comments,
		attention: (field, message) => items.push({ severity: 'attention', field, message }),
		info: (field, message) => items.push({ severity: 'info', field, message }),
		todo(field, message, text, path) {
			items.push({ severity: 'attention', field, message });
			comments.push({
				field,
				...(path ? { path } : {}),
				text: importMessages.commentTodo(text),
			});
		},
	};
}
