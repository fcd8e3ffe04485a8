/**
 * The skeleton of a generated agency: unit tree, positions with titles and ids, managers and
 * substitution relations. Text is filled in later (render.ts), so the structure can be tested
 * alone.
 */
import type { UnitKind } from '../../../schemas/unit.ts';
import { slug } from '../slug.ts';
import {
	AGENCY_NAME,
	AGENCY_STAFF,
	DEPARTMENT_STAFF,
	DEPARTMENTS,
	GENERIC_TOPICS,
	HEAD_TITLES,
	REGIONS,
	SPECIALIST_TITLES,
	SPECIALIST_WEIGHTS,
	type DepartmentName,
} from './lexicon.ts';
import type { Rng } from './prng.ts';
import { assignSubstitution } from './substitution.ts';

export interface GenUnit {
	id: string;
	name: string;
	kind: UnitKind;
	parent?: GenUnit;
	head?: GenPosition;
	/**
	 * Folder under content/positions: the department's id (the agency's own id for agency staff).
	 */
	folder: string;
	children: GenUnit[];
	positions: GenPosition[];
}

export interface GenPosition {
	id: string;
	title: string;
	unit: GenUnit;
	manager?: GenPosition;
	isHead: boolean;
	stub: boolean;
	/**
	 * Ids, in the order they are written; the own id means "another holder of the same position".
	 */
	substitutedBy: string[];
	substitutes: string[];
	/** Topics for specialist titles of the department, reused for education wording. */
	topics: readonly string[];
}

export interface Structure {
	agency: GenUnit;
	units: GenUnit[];
	positions: GenPosition[];
	stats: StructureStats;
}

export interface StructureStats {
	departments: number;
	leafUnits: number;
	substitutionEdges: number;
	selfSubstitutions: number;
	/** Edges written in only one of the two files (warned by the check). */
	asymmetricEdges: number;
	/**
	 * Described positions with no substitution at all (about 5% chosen so, plus heads nobody can
	 * stand in for).
	 */
	withoutSubstitution: number;
}

const MIN_UNIT = 5;
const MAX_UNIT = 40;

/**
 * Departments grow slowly with the corpus: 8 at 500 positions, ~14 at 20,000, never more than 15.
 */
export function departmentCount(count: number): number {
	const byScale = Math.round(8 + 3.5 * Math.log10(Math.max(count, 1) / 500));
	return Math.max(1, Math.min(15, Math.max(8, byScale), Math.floor(count / 12)));
}

/**
 * Splits `total` into parts of MIN_UNIT..MAX_UNIT (fewer than MIN_UNIT only if total itself is).
 */
export function unitSizes(total: number, rng: Rng): number[] {
	if (total <= 0) return [];
	let parts = Math.max(1, Math.round(total / rng.int(12, 24)));
	while (total / parts > MAX_UNIT) parts += 1;
	while (parts > 1 && total / parts < MIN_UNIT) parts -= 1;
	const base = Math.min(MIN_UNIT, Math.floor(total / parts));
	const sizes = new Array<number>(parts).fill(base);
	let rest = total - base * parts;
	// Skewed weights: many mid-sized units, a few large ones, as in a real agency.
	const weights = sizes.map(() => rng.next() ** 2 + 0.15);
	const sum = weights.reduce((a, b) => a + b, 0);
	for (let i = 0; i < parts && rest > 0; i += 1) {
		const extra = Math.min(MAX_UNIT - sizes[i], Math.floor((rest * weights[i]) / sum), rest);
		sizes[i] += extra;
	}
	rest = total - sizes.reduce((a, b) => a + b, 0);
	for (let i = 0; rest > 0; i = (i + 1) % parts) {
		if (sizes[i] < MAX_UNIT) {
			sizes[i] += 1;
			rest -= 1;
		}
	}
	return sizes;
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLocaleLowerCase('et') + text.slice(1);
}

/** Division names for a department: its own names first, then regional ones, then numbered. */
function divisionNames(department: DepartmentName, count: number, rng: Rng): string[] {
	const names = [...department.stems];
	for (const region of rng.shuffle(REGIONS))
		for (const stem of department.stems) names.push(`${region} ${lowerFirst(stem)}`);
	const out = names.slice(0, count);
	for (let n = 2; out.length < count; n += 1)
		for (const stem of department.stems) if (out.length < count) out.push(`${stem} ${n}`);
	return out;
}

export function buildStructure(count: number, rng: Rng): Structure {
	const units: GenUnit[] = [];
	const unitIds = new Set<string>();
	const positionIds = new Set<string>();
	const positions: GenPosition[] = [];

	const uniqueId = (taken: Set<string>, ...candidates: string[]) => {
		for (const candidate of candidates)
			if (!taken.has(candidate)) return (taken.add(candidate), candidate);
		const last = candidates[candidates.length - 1];
		for (let n = 2; ; n += 1)
			if (!taken.has(`${last}-${n}`)) return (taken.add(`${last}-${n}`), `${last}-${n}`);
	};
	const addUnit = (name: string, kind: UnitKind, parent: GenUnit | undefined): GenUnit => {
		const id = uniqueId(unitIds, slug(name));
		const unit: GenUnit = {
			id,
			name,
			kind,
			parent,
			folder: parent ? (parent.kind === 'amet' ? id : parent.folder) : id,
			children: [],
			positions: [],
		};
		parent?.children.push(unit);
		units.push(unit);
		return unit;
	};
	const addPosition = (
		unit: GenUnit,
		title: string,
		isHead: boolean,
		topics: readonly string[],
	): GenPosition => {
		const base = slug(title);
		const id = uniqueId(positionIds, base, `${base}-${unit.id}`);
		const position: GenPosition = {
			id,
			title,
			unit,
			isHead,
			stub: false,
			substitutedBy: [],
			substitutes: [],
			topics,
		};
		if (isHead) unit.head = position;
		unit.positions.push(position);
		positions.push(position);
		return position;
	};

	const departments = rng.sample(DEPARTMENTS, departmentCount(count));
	const agency = addUnit(AGENCY_NAME, 'amet', undefined);
	const director = addPosition(agency, HEAD_TITLES.amet, true, GENERIC_TOPICS);
	const agencyStaff = count >= 100 ? rng.sample(AGENCY_STAFF, rng.int(2, 4)) : [];
	for (const title of agencyStaff) addPosition(agency, title, false, GENERIC_TOPICS);

	// Budget per department: random weights, so departments differ in size as they do in reality.
	const remaining = Math.max(0, count - positions.length);
	const weights = departments.map(() => 0.5 + rng.next());
	const weightSum = weights.reduce((a, b) => a + b, 0);
	const budgets = weights.map((weight) => Math.floor((remaining * weight) / weightSum));
	for (let i = 0; budgets.reduce((a, b) => a + b, 0) < remaining; i = (i + 1) % budgets.length)
		budgets[i] += 1;

	let leafUnits = 0;
	departments.forEach((name, index) => {
		const department = addUnit(name.name, 'osakond', agency);
		const topics = [...name.topics, ...GENERIC_TOPICS];
		let budget = budgets[index];
		if (budget <= 0) return;
		addPosition(department, HEAD_TITLES.osakond, true, topics);
		budget -= 1;
		const ownStaff = Math.min(
			budget < MIN_UNIT * 2 ? budget : rng.int(0, 3),
			DEPARTMENT_STAFF.length,
		);
		for (const title of rng.sample(DEPARTMENT_STAFF, ownStaff))
			addPosition(department, title, false, topics);
		budget -= ownStaff;
		const sizes = unitSizes(budget, rng);
		const names = divisionNames(name, sizes.length, rng);
		sizes.forEach((size, i) => {
			const kind: UnitKind = rng.chance(0.2) ? 'tiim' : 'talitus';
			const unitName =
				kind === 'tiim' ? names[i].replace(/talitus(\s\d+)?$/, 'tiim$1') : names[i];
			const unit = addUnit(unitName, kind, department);
			leafUnits += 1;
			addPosition(unit, HEAD_TITLES[kind], true, topics);
			const titles = new Set<string>();
			for (let n = 1; n < size; n += 1) {
				let title = '';
				for (
					let attempt = 0;
					attempt < 4 && (title === '' || titles.has(title));
					attempt += 1
				) {
					const base = rng.weighted(SPECIALIST_TITLES, SPECIALIST_WEIGHTS);
					title = rng.chance(0.6) || attempt > 0 ? `${base} (${rng.pick(topics)})` : base;
				}
				titles.add(title);
				addPosition(unit, title, false, topics);
			}
		});
	});

	// Managers: the unit's head, or for a head the head of the parent unit; the director has none.
	for (const position of positions) {
		if (position === director) continue;
		let unit: GenUnit | undefined = position.isHead ? position.unit.parent : position.unit;
		while (unit && !unit.head) unit = unit.parent;
		position.manager = unit?.head ?? director;
	}

	// A few positions are referenced but not yet described, as in the real content (heads
	// especially).
	for (const position of positions) {
		if (position === director) continue;
		position.stub = rng.chance(position.isHead ? 0.08 : 0.03);
	}

	const stats = assignSubstitution(units, rng);
	return {
		agency,
		units,
		positions,
		stats: { departments: departments.length, leafUnits, ...stats },
	};
}
