/**
 * Manager and substitutes: the document's titles (flattened columns in the numbered layout, one
 * label per line in the tabular one) resolved to position ids. An unresolved or ambiguous title is
 * reported and kept as a TODO comment.
 */
import { importMessages } from './messages.ts';
import type { Reporter } from './reporter.ts';
import type { MappingContext } from './mapping-context.ts';
import { resolvePosition, type PositionScope } from './resolve-position.ts';
import { segmentColumns, type ColumnEntry } from './segment-columns.ts';
import type { DraftGeneral, PersonField } from './types.ts';

export interface People {
	manager?: string;
	substitutedBy: string[];
	substitutes: string[];
	/** Text that could not be split into the columns at all. */
	unplaced: string[];
	/** Each field's titles as the document writes them, after the columns were split. */
	texts: Partial<Record<PersonField, string[]>>;
}

const FIELDS = ['manager', 'substitutedBy', 'substitutes'] as const;

export function mapPeople(
	general: DraftGeneral,
	scope: PositionScope,
	context: MappingContext,
	reporter: Reporter,
): People {
	const resolve = (phrase: string) => resolvePosition(phrase, scope, context);
	const columns: Partial<Record<PersonField, ColumnEntry[]>> = {};
	const unplaced: string[] = [];
	if (general.people) {
		const found = segmentColumns(general.people.chunks, general.people.fields.length, resolve);
		if (found) general.people.fields.forEach((field, index) => (columns[field] = found[index]));
		else {
			const text = general.people.chunks.join(' ');
			unplaced.push(text);
			reporter.attention(
				'manager',
				importMessages.columnsNotSplit('vahetu juht, kes asendab, keda asendab', text),
			);
		}
	}
	for (const field of FIELDS) {
		const text = general[field];
		if (text !== undefined && !columns[field])
			columns[field] = segmentColumns([text], 1, resolve)?.[0] ?? [{ text, ids: [] }];
	}

	const ids: Record<PersonField, string[]> = { manager: [], substitutedBy: [], substitutes: [] };
	for (const field of FIELDS) {
		for (const entry of columns[field] ?? []) {
			// The manager is never the position itself ("Talitusejuhataja" in the head's own file).
			const found =
				field === 'manager'
					? resolvePosition(entry.text, { ...scope, excludeOwn: true }, context)
					: entry.ids;
			if (found.length === 1) {
				if (!ids[field].includes(found[0])) ids[field].push(found[0]);
			} else if (found.length > 1) {
				reporter.todo(
					field,
					importMessages.ambiguousPosition(entry.text, found),
					`${field} dokumendis: "${entry.text}" (${found.join(' / ')})`,
				);
			} else if (field === 'manager') {
				reporter.todo(
					field,
					importMessages.managerUnresolved(entry.text),
					`vahetu juht dokumendis: "${entry.text}"`,
				);
			} else {
				reporter.todo(
					field,
					importMessages.substituteUnresolved(field, entry.text),
					`${field} dokumendis: "${entry.text}"`,
				);
			}
		}
	}
	const [manager, ...moreManagers] = ids.manager;
	if (moreManagers.length > 0) {
		reporter.todo(
			'manager',
			importMessages.ambiguousPosition(
				columns.manager?.map((entry) => entry.text).join(', ') ?? '',
				ids.manager,
			),
			`vahetu juht: valiti ${manager}`,
		);
	}
	const isAgency = scope.unitId !== undefined && context.units.get(scope.unitId)?.kind === 'amet';
	if (columns.manager === undefined && !isAgency && unplaced.length === 0)
		reporter.attention('manager', importMessages.managerMissing());
	return {
		...(manager === undefined ? {} : { manager }),
		substitutedBy: ids.substitutedBy,
		substitutes: ids.substitutes,
		unplaced,
		texts: Object.fromEntries(
			FIELDS.filter((field) => columns[field] !== undefined).map((field) => [
				field,
				(columns[field] ?? []).map((entry) => entry.text),
			]),
		),
	};
}
