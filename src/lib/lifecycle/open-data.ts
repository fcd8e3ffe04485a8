/**
 * Open data files under /andmed/: builders of the JSON files from the content model. Their shape is
 * in open-data-schema.ts, the CSV files in open-data-csv.ts (both re-exported here).
 */
import type { Position } from '../../../schemas/position.ts';
import { nextReviewDue, type Model } from '../content/model.ts';
import { normalizeName } from '../content/suggest.ts';
import {
	SCHEMA_VERSION,
	type CompetenciesFile,
	type PositionFile,
	type PositionIndexFile,
	type PositionRecord,
	type PositionsFile,
	type UnitsFile,
} from './open-data-schema.ts';

export * from './open-data-csv.ts';
export * from './open-data-schema.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface OpenDataContext {
	model: Model;
	/** Build date, YYYY-MM-DD. */
	generated: string;
	/** Last change date by position id. */
	lastChanged: (id: string) => string | undefined;
}

export function positionRecord(position: Position, context: OpenDataContext): PositionRecord {
	const { model } = context;
	const { requirements: r } = position;
	return {
		id: position.id,
		title: position.title,
		url: `/ametikohad/${position.id}/`,
		unit: position.unit,
		manager: position.manager ?? null,
		status: position.status,
		group: position.group ?? null,
		stub: position.stub,
		purpose: position.purpose ?? null,
		specialConditions: position.specialConditions ?? null,
		substitutedBy: [...position.substitutedBy],
		substitutes: [...position.substitutes],
		duties: position.duties.map((duty) => ({
			number: duty.number,
			depth: duty.depth,
			text: [...duty.text],
			results: [...duty.results],
		})),
		rights: { lead: position.rights.lead ?? null, items: [...position.rights.items] },
		responsibilities: {
			lead: position.responsibilities.lead ?? null,
			items: [...position.responsibilities.items],
		},
		tools: [...position.tools],
		revisionPolicy: [...position.revisionPolicy],
		requirements: {
			education: r.education
				? {
						level: r.education.level ?? null,
						recommended: r.education.recommended,
						recommendedLevel: r.education.recommendedLevel ?? null,
						text: r.education.text,
					}
				: null,
			experience: r.experience
				? {
						years: r.experience.years ?? null,
						recommended: r.experience.recommended,
						text: r.experience.text,
					}
				: null,
			languages: r.languages
				? {
						items: r.languages.items.map((item) => ({
							language: item.language,
							level: item.level,
							preferred: [...(item.preferred ?? [])],
						})),
						text: r.languages.text,
					}
				: null,
			computerSkills: r.computerSkills ?? null,
			knowledge: r.knowledge ?? null,
			personalQualities: r.personalQualities ?? null,
			additional: [...r.additional],
		},
		competencies: (['core', 'additional'] as const).flatMap((group) =>
			position.competencies[group].flatMap((ref) => {
				// The validator rejects unknown names, so every reference resolves in a built site.
				const id = model.competencyIdByName.get(normalizeName(ref.name));
				return id === undefined
					? []
					: [{ id, group, label: ref.name, indicators: [...ref.indicators] }];
			}),
		),
		competencyNotes: [...position.competencies.notes],
		approval: position.approval
			? {
					date: position.approval.date ?? null,
					directive: position.approval.directive ?? null,
					approverRole: position.approval.approverRole ?? null,
				}
			: null,
		sourceUrl: position.sourceUrl ?? null,
		review: {
			lastReviewed: position.lastReviewed ?? null,
			intervalMonths: position.reviewIntervalMonths,
			nextDue: nextReviewDue(position) ?? null,
		},
		lastChanged: context.lastChanged(position.id) ?? null,
	};
}

export function positionsFile(context: OpenDataContext): PositionsFile {
	const positions = [...context.model.positions.values()]
		.map((position) => positionRecord(position, context))
		.sort(byId);
	return { schemaVersion: SCHEMA_VERSION, generated: context.generated, positions };
}

export function positionFile(position: Position, context: OpenDataContext): PositionFile {
	return {
		schemaVersion: SCHEMA_VERSION,
		generated: context.generated,
		position: positionRecord(position, context),
	};
}

/** Small list for pickers (the comparison page): id, title, unit, stub. */
export function positionIndexFile(context: OpenDataContext): PositionIndexFile {
	const positions = [...context.model.positions.values()]
		.map((position) => ({
			id: position.id,
			title: position.title,
			unit: position.unit,
			stub: position.stub,
		}))
		.sort(byId);
	return { schemaVersion: SCHEMA_VERSION, generated: context.generated, positions };
}

export function competenciesFile(context: OpenDataContext): CompetenciesFile {
	const { model } = context;
	const competencies = [...model.competencies.values()]
		.map((competency) => ({
			id: competency.id,
			name: competency.name,
			aliases: [...competency.aliases],
			group: competency.group,
			definition: competency.definition,
			positionCount: new Set(
				(model.competencyUsage.get(competency.id) ?? []).map((usage) => usage.position.id),
			).size,
		}))
		.sort(byId);
	return { schemaVersion: SCHEMA_VERSION, generated: context.generated, competencies };
}

export function unitsFile(context: OpenDataContext): UnitsFile {
	const { model } = context;
	const units = [...model.units.values()]
		.map((unit) => ({
			id: unit.id,
			name: unit.name,
			kind: unit.kind,
			parent: unit.parent ?? null,
			head: unit.head ?? null,
			url: `/uksused/${unit.id}/`,
			positionCount: model.unitPositions.get(unit.id)?.length ?? 0,
		}))
		.sort(byId);
	return { schemaVersion: SCHEMA_VERSION, generated: context.generated, units };
}
