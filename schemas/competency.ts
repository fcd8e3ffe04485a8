import { z } from 'astro/zod';
import { TextSchema } from './shared.ts';

/** Catalogue group: core ("Tööks vajalikud kompetentsid") or additional. */
export const CompetencyGroupSchema = z
	.enum(['core', 'additional'])
	.describe(
		'Rühm: core = "Tööks vajalikud kompetentsid", additional = "Täiendavad kompetentsid, isikuomadused ja teadmised".',
	);

/** Catalogue competency (content/competencies/<id>.yaml). */
export const CompetencySchema = z.strictObject({
	/** Canonical name, e.g. "Efektiivsus". Required. */
	name: TextSchema.describe('Kompetentsi põhinimetus.'),
	/** Other names documents use for the same competency, e.g. "Tõhusus". Default: none. */
	aliases: z
		.array(TextSchema)
		.default([])
		.describe('Teised nimetused, mida ametijuhendid sama kompetentsi kohta kasutavad.'),
	/** Group the catalogue files it under. */
	group: CompetencyGroupSchema,
	/** Short definition in Estonian. Required. */
	definition: TextSchema.describe('Lühike määratlus.'),
});

export type CompetencyInput = z.input<typeof CompetencySchema>;
export type CompetencyData = z.output<typeof CompetencySchema>;
export type CompetencyGroup = z.output<typeof CompetencyGroupSchema>;
export type Competency = CompetencyData & { id: string; filePath: string };
