/**
 * Rules on one content file that the schema cannot express (issue 25, findings 6 and 7): control
 * characters, a stub that has a description, ids that collide with route names, and titles that a
 * spreadsheet would read as a formula in the open-data CSV.
 */
import type { Competency } from '../../../../schemas/competency.ts';
import type { Position } from '../../../../schemas/position.ts';
import type { Unit } from '../../../../schemas/unit.ts';
import { startsLikeFormula } from '../../csv.ts';
import { messages } from '../messages.ts';
import { fileProblem, type ParsedFile } from '../parse-file.ts';
import type { Problem } from '../problems.ts';

export type ContentKind = 'positions' | 'units' | 'competencies';

/**
 * Ids that a page route uses beside a unit's or a position's own: `/ulevaatus/koik/` beside
 * `/ulevaatus/<osakond>/`, the graph section `muud` beside one per unit, and `index` pages.
 */
export const RESERVED_IDS: ReadonlyMap<string, string> = new Map([
	['koik', '/ulevaatus/koik/'],
	['muud', '/asendused/ (jaotis "Muud ametikohad")'],
	['index', 'kausta avaleht'],
]);

/** C0 and C1 control characters but tab and newline, DEL, and the bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
/** Lines reported per file; a file full of them needs one look, not thousands of lines. */
const MAX_CONTROL_LINES = 10;

function controlCharacters(file: string, text: string): Problem[] {
	const problems: Problem[] = [];
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	if (!/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/.test(text)) return problems;
	for (const [index, line] of text.split('\n').entries()) {
		CONTROL.lastIndex = 0;
		const match = CONTROL.exec(line);
		if (!match) continue;
		const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
		problems.push(fileProblem(file, messages.controlCharacter(code), { line: index + 1, column: match.index + 1 }));
		if (problems.length === MAX_CONTROL_LINES) break;
	}
	return problems;
}

/** What a stub has that only a written description has: the fields and sections it fills. */
function stubContent(position: Position): string[] {
	const filled: string[] = [];
	if (position.purpose !== undefined) filled.push('purpose');
	if (position.specialConditions !== undefined) filled.push('specialConditions');
	const { additional, ...requirements } = position.requirements;
	if (additional.length > 0 || Object.values(requirements).some((value) => value !== undefined)) filled.push('requirements');
	const { core, additional: more, notes } = position.competencies;
	if (core.length + more.length + notes.length > 0) filled.push('competencies');
	if (position.approval !== undefined) filled.push('approval');
	if (position.duties.length > 0) filled.push('## Tööülesanded');
	if (position.rights.items.length > 0 || position.rights.lead !== undefined) filled.push('## Õigused');
	if (position.responsibilities.items.length > 0 || position.responsibilities.lead !== undefined) filled.push('## Vastutus');
	if (position.tools.length > 0) filled.push('## Töövahendid');
	if (position.revisionPolicy.length > 0) filled.push('## Ametijuhendi muutmine');
	return filled;
}

/** Texts that go into a CSV cell of the open data, with their field paths. */
function csvTexts(kind: ContentKind, value: unknown): { path: PropertyKey[]; text: string }[] {
	if (kind === 'positions') {
		const position = value as Position;
		return [
			{ path: ['title'], text: position.title },
			...(['core', 'additional'] as const).flatMap((group) =>
				position.competencies[group].map((ref, index) => ({ path: ['competencies', group, index, 'name'], text: ref.name })),
			),
		];
	}
	if (kind === 'units') return [{ path: ['name'], text: (value as Unit).name }];
	const competency = value as Competency;
	return [{ path: ['name'], text: competency.name }, ...competency.aliases.map((alias, index) => ({ path: ['aliases', index], text: alias }))];
}

export function checkFileRules(kind: ContentKind, file: string, id: string, text: string, parsed: ParsedFile<unknown> | undefined): Problem[] {
	const problems = controlCharacters(file, text);
	const route = RESERVED_IDS.get(id);
	if (route !== undefined && kind !== 'competencies') problems.push(fileProblem(file, messages.reservedId(id, route)));
	const value = parsed?.value;
	if (parsed === undefined || value === undefined) return problems;
	if (kind === 'positions' && (value as Position).stub) {
		const filled = stubContent(value as Position);
		if (filled.length > 0) problems.push(fileProblem(file, messages.stubWithContent(filled), parsed.locate(['stub']), 'stub'));
	}
	for (const { path, text: cell } of csvTexts(kind, value)) {
		if (!startsLikeFormula(cell)) continue;
		const field = path.map(String).join('.');
		problems.push({ ...fileProblem(file, messages.csvFormula(cell.trimStart()[0]), parsed.locate(path), field), severity: 'warning' });
	}
	return problems;
}
