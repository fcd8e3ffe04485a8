/** Competency catalogue index and, per competency, the positions that require it grouped by unit. */
import { compareEt } from '../content/estonian-order.ts';
import type { Competency, CompetencyGroup } from '../../../schemas/competency.ts';
import type { CompetencyRef, Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import { normalizeName } from '../content/suggest.ts';
import { unitChain, type Model } from '../content/model.ts';
import { MAX_ROWS_ON_ONE_PAGE } from '../paging.ts';

export const COMPETENCY_GROUP_ORDER: readonly CompetencyGroup[] = ['core', 'additional'];

export interface CompetencyIndexEntry {
	competency: Competency;
	/** Distinct positions whose document lists the competency under any of its names. */
	positionCount: number;
	/** Distinct positions whose document lists it in this entry's group. */
	groupCount: number;
	/** Distinct positions whose document lists it in the other group. */
	otherGroupCount: number;
}

export interface CompetencyIndexGroup {
	group: CompetencyGroup;
	entries: CompetencyIndexEntry[];
}

/**
 * The catalogue by the group the documents list each competency in (core first), by name within a group;
 * empty groups left out. A document decides a competency's group for its position, so a competency core
 * in one document and additional in another is in both groups, each with its own count; one no document
 * lists is under its catalogue group.
 */
export function competencyIndex(model: Model): CompetencyIndexGroup[] {
	const groups = new Map<CompetencyGroup, CompetencyIndexEntry[]>(
		COMPETENCY_GROUP_ORDER.map((group) => [group, []]),
	);
	for (const competency of model.competencies.values()) {
		const usage = model.competencyUsage.get(competency.id) ?? [];
		const positionCount = new Set(usage.map((use) => use.position.id)).size;
		const inGroup = (group: CompetencyGroup) =>
			new Set(usage.filter((use) => use.group === group).map((use) => use.position.id)).size;
		const counts = { core: inGroup('core'), additional: inGroup('additional') };
		for (const group of COMPETENCY_GROUP_ORDER) {
			if (counts[group] === 0 && !(positionCount === 0 && competency.group === group))
				continue;
			const other = group === 'core' ? 'additional' : 'core';
			groups.get(group)?.push({
				competency,
				positionCount,
				groupCount: counts[group],
				otherGroupCount: counts[other],
			});
		}
	}
	return COMPETENCY_GROUP_ORDER.map((group) => ({
		group,
		entries: (groups.get(group) ?? []).sort(
			(a, b) =>
				compareEt(a.competency.name, b.competency.name) ||
				a.competency.id.localeCompare(b.competency.id),
		),
	})).filter((group) => group.entries.length > 0);
}

export interface PositionWithoutCompetencies {
	position: Position;
	unit?: Unit;
	/** What the document writes instead, e.g. its personal qualities as plain text. */
	personalQualities?: string;
}

/**
 * Described positions whose document lists no catalogue competency, by title, with what the document
 * has instead: such a position is on no competency page, and the index says so rather than hiding it.
 */
export function positionsWithoutCompetencies(model: Model): PositionWithoutCompetencies[] {
	return [...model.positions.values()]
		.filter(
			(position) =>
				!position.stub &&
				position.competencies.core.length === 0 &&
				position.competencies.additional.length === 0,
		)
		.sort((a, b) => compareEt(a.title, b.title) || a.id.localeCompare(b.id))
		.map((position) => ({
			position,
			unit: model.units.get(position.unit),
			personalQualities: position.requirements.personalQualities,
		}));
}

export interface CompetencyUse {
	position: Position;
	ref: CompetencyRef;
	/** Where this document lists it: core or additional. */
	group: CompetencyGroup;
	/** The document's own name for it, when that is not the catalogue name ("Tõhusus" for Efektiivsus). */
	documentLabel?: string;
}

export interface CompetencyUnitGroup {
	unitId: string;
	unit?: Unit;
	uses: CompetencyUse[];
}

/** The positions using one competency, grouped by unit (units by name, positions by title as in the model). */
export function competencyUsesByUnit(model: Model, competencyId: string): CompetencyUnitGroup[] {
	const competency = model.competencies.get(competencyId);
	if (!competency) return [];
	const catalogueName = normalizeName(competency.name);
	const groups = new Map<string, CompetencyUnitGroup>();
	for (const { position, ref, group } of model.competencyUsage.get(competencyId) ?? []) {
		let unitGroup = groups.get(position.unit);
		if (!unitGroup)
			groups.set(
				position.unit,
				(unitGroup = {
					unitId: position.unit,
					unit: model.units.get(position.unit),
					uses: [],
				}),
			);
		unitGroup.uses.push({
			position,
			ref,
			group,
			documentLabel: normalizeName(ref.name) === catalogueName ? undefined : ref.name,
		});
	}
	const name = (group: CompetencyUnitGroup) => group.unit?.name ?? group.unitId;
	return [...groups.values()].sort(
		(a, b) => compareEt(name(a), name(b)) || a.unitId.localeCompare(b.unitId),
	);
}

export interface IndicatorWording {
	text: string;
	/** How many position documents use this wording. */
	positions: number;
}

/**
 * The distinct behavioural indicators the documents give for one competency, most used first. They are
 * what the search index holds for indicator text: position pages leave their indicator lists out of the
 * index (the same sentences recur in thousands of documents and were about a third of each page's
 * indexed words), so a search for a wording finds the competency, whose page lists the positions.
 */
export function indicatorWordings(groups: readonly CompetencyUnitGroup[]): IndicatorWording[] {
	const byKey = new Map<string, { text: string; positions: Set<string> }>();
	for (const group of groups) {
		for (const { position, ref } of group.uses) {
			for (const indicator of ref.indicators) {
				const text = indicator.replace(/\s+/g, ' ').trim();
				const key = text.toLocaleLowerCase('et').replace(/[.;,]+$/, '');
				const entry = byKey.get(key) ?? { text, positions: new Set<string>() };
				entry.positions.add(position.id);
				byKey.set(key, entry);
			}
		}
	}
	return [...byKey.values()]
		.map(({ text, positions }) => ({ text, positions: positions.size }))
		.sort((a, b) => b.positions - a.positions || compareEt(a.text, b.text));
}

/** Above this many positions a competency page lists osakonnad, each with a page of its own positions. */
export const MAX_USES_ON_ONE_PAGE = MAX_ROWS_ON_ONE_PAGE;

export interface CompetencyPart {
	/** The osakond (or the agency itself, for the positions placed directly in it); its id is the page's. */
	id: string;
	unit?: Unit;
	name: string;
	/** The unit groups below it, in the order of competencyUsesByUnit. */
	groups: CompetencyUnitGroup[];
	positionCount: number;
}

/**
 * The unit groups of one competency by the unit just below the agency (the osakond), the agency's own
 * positions first, then by name. A unit outside the tree is its own part.
 */
export function competencyParts(
	model: Model,
	groups: readonly CompetencyUnitGroup[],
): CompetencyPart[] {
	const parts = new Map<string, CompetencyPart>();
	for (const group of groups) {
		const chain = unitChain(model, group.unitId);
		const top = chain[1] ?? chain[0];
		const id = top?.id ?? group.unitId;
		let part = parts.get(id);
		if (!part)
			parts.set(
				id,
				(part = {
					id,
					unit: top,
					name: top?.name ?? group.unitId,
					groups: [],
					positionCount: 0,
				}),
			);
		part.groups.push(group);
	}
	for (const part of parts.values())
		part.positionCount = new Set(
			part.groups.flatMap((group) => group.uses.map((use) => use.position.id)),
		).size;
	const isRoot = (part: CompetencyPart) =>
		part.unit !== undefined && part.unit.parent === undefined;
	return [...parts.values()].sort(
		(a, b) =>
			Number(isRoot(b)) - Number(isRoot(a)) ||
			compareEt(a.name, b.name) ||
			a.id.localeCompare(b.id),
	);
}
