/**
 * Rules that need the model (issue 25, finding 6): references to repealed positions, a position filed
 * outside its department's folder (CODEOWNERS assigns reviewers by folder), and dates that cannot be
 * right: far in the future, or an approval after the last review.
 */
import { unitChain, type ContentIndex, type Model } from '../model.ts';
import { messages } from '../messages.ts';
import { fileProblem, type ParsedFile } from '../parse-file.ts';
import type { Problem } from '../problems.ts';
import type { ContentFiles, PositionFields } from '../validate.ts';

/** The folder under content/positions for a unit: the osakond containing it, or the agency for agency-level units. */
export function departmentFolder(model: Pick<Model, 'units'>, unitId: string): string | undefined {
	const chain = unitChain(model, unitId);
	return (chain.find((unit) => unit.kind === 'osakond') ?? chain[0])?.id;
}

/** The date one year after `today` (YYYY-MM-DD); 29 February becomes 1 March. */
function yearAfter(today: string): string {
	const date = new Date(`${today}T00:00:00Z`);
	date.setUTCFullYear(date.getUTCFullYear() + 1);
	return date.toISOString().slice(0, 10);
}

const POSITIONS_PREFIX = 'content/positions/';

export function checkRelationRules(model: ContentIndex<PositionFields>, files: ContentFiles<PositionFields>, today: string): Problem[] {
	const problems: Problem[] = [];
	const at = (file: ParsedFile<unknown>, path: PropertyKey[], message: string, severity: Problem['severity']) =>
		problems.push({ ...fileProblem(file.file, message, file.locate(path), path.map(String).join('.')), severity });
	const repealed = (id: string) => model.positions.get(id)?.status === 'kehtetu';
	const latest = yearAfter(today);

	for (const file of files.positions) {
		const position = file.value;
		if (!position) continue;
		// A repealed position may keep its old links; a current one should not point at a repealed one.
		if (position.status !== 'kehtetu') {
			if (position.manager !== undefined && position.manager !== position.id && repealed(position.manager)) {
				at(file, ['manager'], messages.repealedReference(position.manager), 'warning');
			}
			for (const field of ['substitutedBy', 'substitutes'] as const) {
				position[field].forEach((other, index) => {
					if (other !== position.id && repealed(other)) at(file, [field, index], messages.repealedReference(other), 'warning');
				});
			}
		}

		const folder = departmentFolder(model, position.unit);
		const actual = file.file.startsWith(POSITIONS_PREFIX) ? file.file.slice(POSITIONS_PREFIX.length).split('/').slice(0, -1).join('/') : undefined;
		if (folder !== undefined && actual !== undefined && actual !== folder) at(file, ['unit'], messages.wrongFolder(position.unit, folder), 'error');

		checkDates(position, latest, (path, message, severity) => at(file, path, message, severity));
	}

	for (const file of files.units) {
		const head = file.value?.head;
		if (head !== undefined && repealed(head)) at(file, ['head'], messages.repealedReference(head), 'warning');
	}
	return problems;
}

function checkDates(position: PositionFields, latest: string, report: (path: PropertyKey[], message: string, severity: Problem['severity']) => void): void {
	const approved = position.approval?.date;
	const reviewed = position.lastReviewed;
	if (reviewed !== undefined && reviewed > latest) report(['lastReviewed'], messages.dateTooFarAhead(reviewed, latest), 'error');
	if (approved !== undefined && approved > latest) report(['approval', 'date'], messages.dateTooFarAhead(approved, latest), 'error');
	if (approved !== undefined && reviewed !== undefined && approved > reviewed) {
		report(['approval', 'date'], messages.approvedAfterReview(approved, reviewed), 'warning');
	}
}
