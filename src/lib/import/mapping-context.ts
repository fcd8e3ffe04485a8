/**
 * What the importer may know of existing content: units, the ids, titles and units of positions,
 * ids content refers to without a file, and the competency catalogue. The importer never copies
 * content from existing files; it only maps the document's names to these ids.
 */
import type { Model } from '../content/model.ts';
import { normalizeName } from '../content/suggest.ts';
import type { UnitKind } from '../../../schemas/unit.ts';

export interface MappingUnit {
	id: string;
	name: string;
	kind: UnitKind;
	parent?: string;
	head?: string;
}

export interface MappingPosition {
	id: string;
	title: string;
	unit: string;
	/** File of the position, for messages. */
	file: string;
	/** The directive that approved it, to tell which positions a repealing directive concerns. */
	approval?: { date?: string; directive?: string };
}

export interface MappingContext {
	units: ReadonlyMap<string, MappingUnit>;
	positions: readonly MappingPosition[];
	/**
	 * Position ids that content refers to (manager, substitutes, unit head) but that have no file
	 * yet, with the unit of the referring file: an import that fits one takes that id, which
	 * resolves the dangling reference instead of creating a second id for the same position.
	 */
	dangling: readonly { id: string; unit: string }[];
	competencyIdByName: ReadonlyMap<string, string>;
	/** Catalogue names and aliases, for "did you mean". */
	competencyNames: readonly string[];
}

export function contextFromModel(model: Model): MappingContext {
	const dangling: { id: string; unit: string }[] = [];
	for (const position of model.positions.values()) {
		for (const id of [position.manager, ...position.substitutedBy, ...position.substitutes]) {
			if (id !== undefined && !model.positions.has(id))
				dangling.push({ id, unit: position.unit });
		}
	}
	for (const unit of model.units.values()) {
		if (unit.head !== undefined && !model.positions.has(unit.head))
			dangling.push({ id: unit.head, unit: unit.id });
	}
	return {
		dangling,
		units: new Map(
			[...model.units.values()].map((unit) => [
				unit.id,
				{
					id: unit.id,
					name: unit.name,
					kind: unit.kind,
					...(unit.parent === undefined ? {} : { parent: unit.parent }),
					...(unit.head === undefined ? {} : { head: unit.head }),
				},
			]),
		),
		positions: [...model.positions.values()].map((position) => ({
			id: position.id,
			title: position.title,
			unit: position.unit,
			file: position.filePath,
			...(position.approval === undefined ? {} : { approval: position.approval }),
		})),
		competencyIdByName: model.competencyIdByName,
		competencyNames: [...model.competencies.values()].flatMap((competency) => [
			competency.name,
			...competency.aliases,
		]),
	};
}

/**
 * Competency id for a name as the document writes it, through the catalogue's names and aliases.
 */
export function resolveCompetencyId(name: string, context: MappingContext): string | undefined {
	return context.competencyIdByName.get(normalizeName(name));
}
