/**
 * Side-by-side comparison of two to four positions from the open data records. Pure and free of
 * runtime imports, so the /vordlus/ page script and the tests share it.
 */
import type { PositionRecord } from './open-data.ts';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export interface CompareLookups {
	unitName(id: string): string | undefined;
	positionTitle(id: string): string | undefined;
	competencyName(id: string): string | undefined;
}

/** One labelled row; each cell is a list of lines (empty: the document says nothing). */
export interface CompareRow {
	label: string;
	cells: string[][];
	/** Per cell, the page of the position or unit the cell names (rows that name one). */
	links?: (string | undefined)[];
}

export type Sharing = 'all' | 'some' | 'unique';

export interface CompetencyCell {
	group: 'core' | 'additional';
	/** The name as this document writes it. */
	label: string;
}

export interface CompetencyRow {
	id: string;
	name: string;
	/** In every compared position, in some, or in exactly one. */
	sharing: Sharing;
	cells: (CompetencyCell | null)[];
}

export interface Comparison {
	positions: PositionRecord[];
	general: CompareRow[];
	requirements: CompareRow[];
	/** Shared by all first, then by how many share it, then unique ones; ties in first-seen order. */
	competencies: CompetencyRow[];
	/** Per position, in document order. */
	duties: { number: string; depth: number; text: string }[][];
}

export const GROUP_LABELS = { core: 'tööks vajalik', additional: 'täiendav' } as const;

/** Ids from the query string: known, unique, at most four, in the given order. */
export function selectedIds(values: readonly string[], known: (id: string) => boolean): string[] {
	const ids: string[] = [];
	for (const value of values) {
		const id = value.trim();
		if (id !== '' && known(id) && !ids.includes(id)) ids.push(id);
		if (ids.length === MAX_COMPARED) break;
	}
	return ids;
}

const lines = (text: string | null | undefined) =>
	text ? text.split('\n').filter((line) => line.trim() !== '') : [];

export function buildComparison(positions: PositionRecord[], lookups: CompareLookups): Comparison {
	const row = (label: string, cell: (position: PositionRecord) => string[]): CompareRow => ({
		label,
		cells: positions.map(cell),
	});
	const linked = (
		base: CompareRow,
		link: (position: PositionRecord) => string | undefined,
	): CompareRow => ({ ...base, links: positions.map(link) });
	const general = [
		linked(
			row('Struktuuriüksus', (p) => [lookups.unitName(p.unit) ?? p.unit]),
			(p) => `/uksused/${p.unit}/`,
		),
		linked(
			row('Vahetu juht', (p) =>
				p.manager ? [lookups.positionTitle(p.manager) ?? p.manager] : [],
			),
			(p) => (p.manager ? `/ametikohad/${p.manager}/` : undefined),
		),
		row('Ametikoha eesmärk', (p) => lines(p.purpose)),
	];
	const requirements = [
		row('Haridus', (p) => lines(p.requirements.education?.text)),
		row('Töökogemus', (p) => lines(p.requirements.experience?.text)),
		row('Keeleoskus', (p) => lines(p.requirements.languages?.text)),
		row('Arvutikasutamise oskus', (p) => lines(p.requirements.computerSkills)),
		row('Teadmised ja oskused', (p) => lines(p.requirements.knowledge)),
		row('Isikuomadused', (p) => lines(p.requirements.personalQualities)),
		row('Lisanõuded', (p) => p.requirements.additional),
	].filter((candidate) => candidate.cells.some((cell) => cell.length > 0));

	const rows = new Map<string, { first: number; cells: (CompetencyCell | null)[] }>();
	let seen = 0;
	positions.forEach((position, column) => {
		for (const competency of position.competencies) {
			let entry = rows.get(competency.id);
			if (!entry)
				rows.set(
					competency.id,
					(entry = { first: seen++, cells: positions.map(() => null) }),
				);
			// A competency listed in both groups of one document: the core entry wins.
			entry.cells[column] ??= { group: competency.group, label: competency.label };
		}
	});
	const competencies: CompetencyRow[] = [...rows]
		.map(([id, entry]) => {
			const present = entry.cells.filter((cell) => cell !== null).length;
			const sharing: Sharing =
				present === positions.length ? 'all' : present === 1 ? 'unique' : 'some';
			return {
				id,
				name: lookups.competencyName(id) ?? id,
				sharing,
				cells: entry.cells,
				present,
				first: entry.first,
			};
		})
		.sort((a, b) => b.present - a.present || a.first - b.first)
		.map(({ id, name, sharing, cells }) => ({ id, name, sharing, cells }));

	const duties = positions.map((position) =>
		position.duties.map((duty) => ({
			number: duty.number,
			depth: duty.depth,
			text: duty.text.join(' '),
		})),
	);
	return { positions, general, requirements, competencies, duties };
}
