/**
 * Title, unit, file folder and id of an imported position. An id is the slug of the title, except
 * where content already knows the position: the same title in the same unit keeps its file's id (a
 * re-import), and an id that other files already refer to from the unit is taken over.
 */
import { suggest } from '../content/suggest.ts';
import { slug } from '../slug.ts';
import { ImportFailure } from './failure.ts';
import { nominativeTitle } from './labels.ts';
import { importMessages } from './messages.ts';
import type { Reporter } from './reporter.ts';
import type { MappingContext } from './mapping-context.ts';
import { departmentOf, resolveUnit, splitTitleAndUnit } from './resolve-unit.ts';
import type { DraftGeneral } from './types.ts';

export interface Identity {
	title: string;
	/** Unit id; for an unknown unit a slug of its name, which the check then reports. */
	unit: string;
	/** Set when the unit exists in content/units. */
	unitId?: string;
	/** Department folder under content/positions. */
	folder: string;
	id: string;
	/** The unit as the document names it ('' when it does not). */
	unitText: string;
}

/** Where a position file lives, relative to the project root. */
export function positionPath(folder: string, id: string): string {
	return `content/positions/${folder}/${id}.md`;
}

export interface IdentityHints {
	/** The genitive title of a heading "AUTOJUHI AMETIJUHEND". */
	headingTitle?: string;
	/** --title and --unit from the command line, for documents that do not name them. */
	title?: string;
	unit?: string;
}

export function mapIdentity(
	general: DraftGeneral,
	context: MappingContext,
	reporter: Reporter,
	hints: IdentityHints = {},
): Identity {
	const split = general.titleAndUnit
		? splitTitleAndUnit(general.titleAndUnit, context)
		: undefined;
	let title = split?.title ?? general.title;
	if ((title === undefined || slug(title) === '') && hints.headingTitle !== undefined) {
		const nominative = nominativeTitle(hints.headingTitle);
		if (nominative !== undefined) {
			title = nominative;
			reporter.info('title', importMessages.titleFromHeading(hints.headingTitle, nominative));
		}
	}
	if ((title === undefined || slug(title) === '') && hints.title !== undefined) {
		title = hints.title;
		reporter.info('title', importMessages.titleFromOption(hints.title));
	}
	if (title === undefined || slug(title) === '')
		throw new ImportFailure(importMessages.titleMissing());
	let unitText = split?.unitText ?? general.unit ?? '';
	if (unitText === '' && hints.unit !== undefined) {
		unitText = hints.unit;
		reporter.info('unit', importMessages.unitFromOption(hints.unit));
	}
	const unitId = split?.unitId ?? resolveUnit(unitText, context);

	let unit: string;
	let folder: string;
	if (unitId === undefined) {
		unit = slug(unitText) || 'maaramata-uksus';
		if (unitText === '')
			reporter.todo(
				'unit',
				importMessages.unitMissing(),
				'struktuuriüksus puudub dokumendist',
			);
		else {
			const suggestion = suggest(
				unitText,
				[...context.units.values()].map((candidate) => candidate.name),
			);
			reporter.todo(
				'unit',
				importMessages.unitUnresolved(unitText, suggestion),
				`struktuuriüksus dokumendis: "${unitText}"`,
			);
		}
		// "Teenuste osakond, uus talitus": the department may still be known.
		const outer = unitText.split(',')[0];
		const outerId = resolveUnit(outer, context);
		folder =
			(outerId === undefined ? undefined : departmentOf(context, outerId)) ??
			(slug(outer) || 'maaramata-osakond');
	} else {
		unit = unitId;
		folder = departmentOf(context, unitId) ?? unitId;
		if (context.units.get(folder)?.kind !== 'osakond')
			reporter.info('unit', importMessages.noDepartment(unitId));
	}

	const id = chooseId(title, unit, context, reporter);
	const path = positionPath(folder, id);
	const elsewhere = context.positions.find(
		(position) => position.id === id && position.file !== path,
	);
	if (elsewhere) reporter.attention('title', importMessages.idElsewhere(id, elsewhere.file));
	return { title, unit, ...(unitId === undefined ? {} : { unitId }), folder, id, unitText };
}

function chooseId(
	title: string,
	unit: string,
	context: MappingContext,
	reporter: Reporter,
): string {
	const same = (text: string) => text.toLocaleLowerCase('et').replace(/\s+/gu, ' ').trim();
	const existing = context.positions.find(
		(position) => position.unit === unit && same(position.title) === same(title),
	);
	if (existing) {
		reporter.info('title', importMessages.existingIdReused(existing.id, existing.file));
		return existing.id;
	}
	const id = slug(title);
	// With or without the qualifier: "Järelevalve juhtivspetsialist (…)" may be known as
	// jarelevalve-juhtivspetsialist.
	const referenced = [id, slug(title.replace(/\([^)]*\)/gu, ' '))].find((candidate) =>
		context.dangling.some((reference) => reference.id === candidate && reference.unit === unit),
	);
	if (referenced !== undefined) {
		reporter.info('title', importMessages.danglingIdAdopted(referenced));
		return referenced;
	}
	const taken = context.positions.find((position) => position.id === id);
	if (!taken) return id;
	const unique = `${id}-${unit}`;
	reporter.info('title', importMessages.idCollision(id, taken.file, unique));
	return unique;
}
