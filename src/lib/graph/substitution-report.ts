/**
 * Substitution problems per position, for the /asendused/ page. Works on the model's derived
 * substitution maps only; asymmetry means the same as in validate.ts (one file names the other
 * position, the other file lacks the mirror entry).
 */
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import { unitChain, type Model, type SubstitutionLink } from '../content/model.ts';
import { comparePositions } from './order.ts';
import type { LaidOutSection } from './laid-out.ts';
import type { GraphSection } from './sections.ts';

export type ProblemKind = 'missing' | 'asymmetric' | 'stubSubstitute';

/** A substitution written in only one of the two files. */
export interface AsymmetricRelation {
	/** The position that stands in. */
	substitute: string;
	/** The position stood in for. */
	substituted: string;
	/** Position whose file has the entry, and in which field. */
	declaredIn: string;
	declaredField: 'substitutedBy' | 'substitutes';
	/** Position whose file lacks the mirror entry, and the field it belongs in. */
	missingIn: string;
	missingField: 'substitutedBy' | 'substitutes';
}

export type RowProblem =
	| { kind: 'missing' }
	| { kind: 'asymmetric'; relation: AsymmetricRelation }
	| { kind: 'stubSubstitute'; substitute: string };

export interface SubstitutionRow {
	position: Position;
	substitutedBy: readonly SubstitutionLink[];
	substitutes: readonly SubstitutionLink[];
	problems: RowProblem[];
}

export interface UnitGroup {
	unitId: string;
	/** Undefined only for a unit id without a file (a validation error). */
	unit: Unit | undefined;
	/** Unit names from below the agency down ("Teenuste osakond › Ekspertiisitalitus"). */
	label: string;
	rows: SubstitutionRow[];
}

export interface SubstitutionReport {
	groups: UnitGroup[];
	/** Every asymmetric relation once, whichever side it was found from. */
	asymmetric: AsymmetricRelation[];
	/** Described positions nobody is named to substitute. */
	missing: Position[];
	/** Described positions with a substitute whose description has not been added. */
	stubSubstitutes: { position: Position; substitute: Position }[];
	counts: Record<ProblemKind, number>;
	/** Described positions (rows) and stubs left out of the table. */
	positionCount: number;
	stubCount: number;
	/** Distinct substitute → substituted pairs between different positions, and positions with "another holder". */
	relationCount: number;
	samePositionCount: number;
}

const relationKey = (substitute: string, substituted: string) =>
	`${substitute}\u0000${substituted}`;

/** The asymmetric relation behind one link of `owner`, if the link is one-sided. */
export function asymmetryOf(
	owner: string,
	link: SubstitutionLink,
	direction: 'substitutedBy' | 'substitutes',
): AsymmetricRelation | undefined {
	if (link.samePosition || link.declaredHere === link.declaredThere) return undefined;
	const other = link.positionId;
	const mirror = direction === 'substitutedBy' ? 'substitutes' : 'substitutedBy';
	const [substitute, substituted] =
		direction === 'substitutedBy' ? [other, owner] : [owner, other];
	return link.declaredHere
		? {
				substitute,
				substituted,
				declaredIn: owner,
				declaredField: direction,
				missingIn: other,
				missingField: mirror,
			}
		: {
				substitute,
				substituted,
				declaredIn: other,
				declaredField: mirror,
				missingIn: owner,
				missingField: direction,
			};
}

export function buildSubstitutionReport(model: Model): SubstitutionReport {
	const compare = comparePositions(model);
	const all = [...model.positions.values()].sort(compare);
	const described = all.filter((position) => !position.stub);

	const asymmetric = new Map<string, AsymmetricRelation>();
	const relations = new Set<string>();
	let samePositionCount = 0;
	for (const position of all) {
		const by = model.substitutedBy.get(position.id) ?? [];
		const of = model.substitutes.get(position.id) ?? [];
		if ([...by, ...of].some((link) => link.samePosition)) samePositionCount++;
		for (const [direction, links] of [
			['substitutedBy', by],
			['substitutes', of],
		] as const) {
			for (const link of links) {
				if (link.samePosition || !model.positions.has(link.positionId)) continue;
				const [substitute, substituted] =
					direction === 'substitutedBy'
						? [link.positionId, position.id]
						: [position.id, link.positionId];
				relations.add(relationKey(substitute, substituted));
				const relation = asymmetryOf(position.id, link, direction);
				if (relation) asymmetric.set(relationKey(substitute, substituted), relation);
			}
		}
	}

	const missing: Position[] = [];
	const stubSubstitutes: SubstitutionReport['stubSubstitutes'] = [];
	const groups: UnitGroup[] = [];
	for (const position of described) {
		const substitutedBy = model.substitutedBy.get(position.id) ?? [];
		const substitutes = model.substitutes.get(position.id) ?? [];
		const problems: RowProblem[] = [];
		if (substitutedBy.length === 0) {
			problems.push({ kind: 'missing' });
			missing.push(position);
		}
		for (const [direction, links] of [
			['substitutedBy', substitutedBy],
			['substitutes', substitutes],
		] as const) {
			for (const link of links) {
				if (!model.positions.has(link.positionId)) continue;
				const relation = asymmetryOf(position.id, link, direction);
				if (relation) problems.push({ kind: 'asymmetric', relation });
			}
		}
		for (const link of substitutedBy) {
			const substitute = model.positions.get(link.positionId);
			if (substitute?.stub) {
				problems.push({ kind: 'stubSubstitute', substitute: substitute.id });
				stubSubstitutes.push({ position, substitute });
			}
		}

		const row: SubstitutionRow = { position, substitutedBy, substitutes, problems };
		const last = groups.at(-1);
		if (last && last.unitId === position.unit) last.rows.push(row);
		else {
			// Below the agency the path starts from the osakond: every row would repeat "Sotsiaalkindlustusamet".
			const chain = unitChain(model, position.unit);
			const below = chain.length > 1 ? chain.slice(1) : chain;
			const label = below.map((unit) => unit.name).join(' › ') || position.unit;
			groups.push({
				unitId: position.unit,
				unit: model.units.get(position.unit),
				label,
				rows: [row],
			});
		}
	}

	const asymmetricList = [...asymmetric.values()].sort((a, b) => {
		const pa = model.positions.get(a.substituted);
		const pb = model.positions.get(b.substituted);
		const bySubstituted =
			pa && pb ? compare(pa, pb) : a.substituted.localeCompare(b.substituted);
		return bySubstituted || a.substitute.localeCompare(b.substitute);
	});

	return {
		groups,
		asymmetric: asymmetricList,
		missing,
		stubSubstitutes,
		counts: {
			missing: missing.length,
			asymmetric: asymmetricList.length,
			stubSubstitute: stubSubstitutes.length,
		},
		positionCount: described.length,
		stubCount: all.length - described.length,
		relationCount: relations.size,
		samePositionCount,
	};
}

/** The part of the report about one picture's positions (sections.ts), for its own page when there are several. */
export interface SectionReport<S extends GraphSectionLike = GraphSectionLike> {
	section: S;
	/** The table's rows of this section, grouped by unit as in the whole report. */
	groups: UnitGroup[];
	/** Described positions (rows). */
	positionCount: number;
	/** As in the whole report: missing substitutes, distinct one-sided relations touching the section, stub substitutes. */
	counts: Record<ProblemKind, number>;
}

/** What reportBySection reads of a picture section. */
export type GraphSectionLike = Pick<GraphSection, 'id' | 'heading' | 'positionIds'>;

/**
 * Splits the report's rows by picture section. Every position is in exactly one section (graphSections
 * ends with "Muud ametikohad" for the rest), so every row lands in one; the order of the groups is kept.
 */
export function reportBySection<S extends GraphSectionLike>(
	report: SubstitutionReport,
	sections: readonly S[],
): SectionReport<S>[] {
	const sectionOf = new Map<string, number>();
	sections.forEach((section, index) => {
		for (const id of section.positionIds) sectionOf.set(id, index);
	});
	const out: SectionReport<S>[] = sections.map((section) => ({
		section,
		groups: [],
		positionCount: 0,
		counts: { missing: 0, asymmetric: 0, stubSubstitute: 0 },
	}));
	const relations = out.map(() => new Set<string>());
	for (const group of report.groups) {
		for (const row of group.rows) {
			const index = sectionOf.get(row.position.id);
			if (index === undefined)
				throw new Error(`Ametikoht ${row.position.id} ei ole ühelgi skeemil`);
			const part = out[index];
			const last = part.groups.at(-1);
			if (last?.unitId === group.unitId) last.rows.push(row);
			else part.groups.push({ ...group, rows: [row] });
			part.positionCount++;
			for (const problem of row.problems) {
				if (problem.kind === 'asymmetric')
					relations[index].add(
						relationKey(problem.relation.substitute, problem.relation.substituted),
					);
				else part.counts[problem.kind]++;
			}
		}
	}
	out.forEach((part, index) => (part.counts.asymmetric = relations[index].size));
	return out;
}

export interface SubstitutionPages<S extends GraphSectionLike = LaidOutSection> {
	report: SubstitutionReport;
	/** One per picture, with its part of the report. */
	sections: SectionReport<S>[];
	/** More than one picture: each gets its own page, /asendused/<section id>/, and /asendused/ lists them. */
	split: boolean;
	/** Section id by position id. */
	sectionOf: ReadonlyMap<string, string>;
}

/** What the substitution pages show: the whole report and its part for each picture. */
export function substitutionPages<S extends GraphSectionLike>(
	model: Model,
	sections: readonly S[],
): SubstitutionPages<S> {
	const report = buildSubstitutionReport(model);
	const sectionOf = new Map(
		sections.flatMap((section) => section.positionIds.map((id) => [id, section.id] as const)),
	);
	return {
		report,
		sections: reportBySection(report, sections),
		split: sections.length > 1,
		sectionOf,
	};
}

/** Where a unit's substitutions are shown: the page of the picture that draws its positions, or /asendused/. */
export function substitutionPathOf(
	pages: SubstitutionPages<GraphSectionLike>,
	model: Model,
	unitId: string,
): string {
	if (!pages.split) return '/asendused/';
	const own = model.unitPositions.get(unitId)?.[0]?.id;
	const section = pages.sections.some(({ section }) => section.id === unitId)
		? unitId
		: own && pages.sectionOf.get(own);
	return section ? `/asendused/${section}/` : '/asendused/#uksuste-kaupa';
}
