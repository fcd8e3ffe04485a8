import { z } from 'astro/zod';
import { IdSchema, isMap, TextSchema } from './shared.ts';

/** Level of a unit in the tree amet → osakond → talitus / tiim. */
export const UnitKindSchema = z
	.enum(['amet', 'osakond', 'talitus', 'tiim'])
	.describe('Üksuse liik: amet, osakond, talitus või tiim.');

/** Structural unit (content/units/<id>.yaml). */
export const UnitSchema = z
	.strictObject({
		/** Official name, e.g. "Ekspertiisitalitus". Required. */
		name: TextSchema.describe('Üksuse ametlik nimetus.'),
		/** Kind of unit. Required. */
		kind: UnitKindSchema,
		/** Parent unit id; only the agency itself has none. */
		parent: IdSchema.optional().describe('Ülemüksuse tunnus; puudub ainult ametil endal.'),
		/** Position id of the unit's head, where known. */
		head: IdSchema.optional().describe('Üksuse juhi ametikoha tunnus.'),
	})
	.refine((unit) => (unit.kind === 'amet') === (unit.parent === undefined), {
		path: ['parent'],
		message:
			'ülemüksus (parent) on kohustuslik kõigil üksustel peale ameti enda, ametil seda olla ei tohi',
		// Also when other fields are invalid (every mistake in one run), but not on an invalid kind it depends on.
		when: (payload) =>
			isMap(payload) &&
			UnitKindSchema.safeParse((payload.value as { kind?: unknown }).kind).success,
	});

export type UnitInput = z.input<typeof UnitSchema>;
export type UnitData = z.output<typeof UnitSchema>;
export type UnitKind = z.output<typeof UnitKindSchema>;
export type Unit = UnitData & { id: string; filePath: string };
