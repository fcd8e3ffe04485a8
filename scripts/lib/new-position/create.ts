/**
 * Checks a request for a new position against the loaded content (unit, id, manager, a title the
 * unit already has) and writes the skeleton to content/positions/<osakond>/<id>.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IdSchema, TextSchema } from '../../../schemas/shared.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { unitChain, type Model } from '../../../src/lib/content/model.ts';
import { normalizeName, suggest } from '../../../src/lib/content/suggest.ts';
import { NewPositionError, newPositionMessages } from './messages.ts';
import { renderSkeleton } from './skeleton.ts';

const TRANSLITERATION: Record<string, string> = { õ: 'o', ä: 'a', ö: 'o', ü: 'u', š: 's', ž: 'z' };

/**
 * Kebab-case ASCII id from a title: "Peaspetsialist (kasutaja tugi)" →
 * "peaspetsialist-kasutaja-tugi".
 */
export function slugify(title: string): string {
	return title
		.toLocaleLowerCase('et')
		.replace(/[õäöüšž]/g, (letter) => TRANSLITERATION[letter])
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Folder under content/positions: the osakond containing the unit, or the agency for agency-level
 * units.
 */
export function departmentFolder(model: Model, unitId: string): string {
	const chain = unitChain(model, unitId);
	return (chain.find((unit) => unit.kind === 'osakond') ?? chain[0])?.id ?? unitId;
}

/**
 * The core competency most positions list, as a realistic example; undefined for an empty
 * catalogue.
 */
function exampleCompetency(model: Model): string | undefined {
	const core = [...model.competencies.values()].filter(
		(competency) => competency.group === 'core',
	);
	const usage = (id: string) =>
		(model.competencyUsage.get(id) ?? []).filter((use) => use.group === 'core').length;
	core.sort((a, b) => usage(b.id) - usage(a.id) || a.name.localeCompare(b.name, 'et'));
	return core[0]?.name;
}

export interface NewPositionOptions {
	/** Project root that holds content/. */
	root: string;
	title: string | undefined;
	unit: string | undefined;
	manager?: string;
	id?: string;
	/** Create the file even when the unit already has a position with this title. */
	force?: boolean;
}

export interface NewPositionResult {
	id: string;
	/** Path relative to the root, forward slashes. */
	file: string;
	text: string;
	/**
	 * True when no manager could be filled in (the unit has no head and none was given) and one is
	 * expected.
	 */
	managerMissing: boolean;
}

/**
 * Validates the request against the loaded content, then writes the file. Throws NewPositionError.
 */
export function createPosition(options: NewPositionOptions): NewPositionResult {
	const title = TextSchema.safeParse(options.title ?? '');
	if (!title.success) throw new NewPositionError(newPositionMessages.missingTitle());

	const { model, files } = loadContent({ root: options.root });
	const unitList = [...model.units.keys()].sort().join(', ');
	if (options.unit === undefined || options.unit.trim() === '')
		throw new NewPositionError(newPositionMessages.missingUnit(unitList));
	const unit = model.units.get(options.unit);
	if (!unit) {
		// Also match what people type: the unit's name ("Järelevalve talitus") rather than its id.
		const suggestion =
			suggest(options.unit, model.units.keys()) ??
			suggest(slugify(options.unit), model.units.keys());
		throw new NewPositionError(
			newPositionMessages.unknownUnit(options.unit, suggestion, unitList),
		);
	}

	const id = options.id ?? slugify(title.data);
	if (id === '') throw new NewPositionError(newPositionMessages.emptySlug(title.data));
	if (!IdSchema.safeParse(id).success) throw new NewPositionError(newPositionMessages.badId(id));

	// Every position file counts, valid or not, so an id whose file is broken is not reused.
	const existing = files.positions.find((file) => file.id === id);
	if (existing) throw new NewPositionError(newPositionMessages.existingId(id, existing.file));
	const file = `content/positions/${departmentFolder(model, unit.id)}/${id}.md`;
	if (existsSync(join(options.root, file)))
		throw new NewPositionError(newPositionMessages.existingId(id, file));

	// Two files for one position split its holders' description; a second title in the unit needs
	// --force.
	if (!options.force) {
		const sameTitle = files.positions.find((parsed) => {
			const position = parsed.value ?? parsed.partial;
			return (
				position?.unit === unit.id &&
				position.title !== undefined &&
				normalizeName(position.title) === normalizeName(title.data)
			);
		});
		if (sameTitle)
			throw new NewPositionError(
				newPositionMessages.duplicateTitle(title.data, unit.name, sameTitle.file),
			);
	}

	const positionIds = files.positions.map((parsed) => parsed.id);
	if (options.manager !== undefined && !positionIds.includes(options.manager)) {
		throw new NewPositionError(
			newPositionMessages.unknownManager(
				options.manager,
				suggest(options.manager, positionIds),
			),
		);
	}
	const manager =
		options.manager ?? (unit.head !== undefined && unit.head !== id ? unit.head : undefined);

	const competencyNames = [...model.competencies.values()]
		.map((competency) => competency.name)
		.sort((a, b) => a.localeCompare(b, 'et'));
	const text = renderSkeleton({
		id,
		title: title.data,
		unitId: unit.id,
		unitName: unit.name,
		manager,
		competencyNames,
		exampleCompetency: exampleCompetency(model),
	});
	const target = join(options.root, file);
	mkdirSync(dirname(target), { recursive: true });
	// 'wx' refuses to overwrite a file that appeared since the check above.
	writeFileSync(target, text, { flag: 'wx' });
	// Only positions of the agency itself (its head) may go without a manager.
	return { id, file, text, managerMissing: manager === undefined && unit.kind !== 'amet' };
}
