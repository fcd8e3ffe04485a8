/**
 * The importer's vocabulary (labels.yaml): Estonian label and heading variants and what they mean.
 * It is data so that HR can add another agency's wording without touching code; the schema below
 * says what a row may hold and rejects a typo in a field or part name with the row it is in.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';

const GENERAL_FIELDS = [
	'title',
	'unit',
	'manager',
	'substitutedBy',
	'substitutes',
	'purpose',
	'group',
	'specialConditions',
	'subordinates',
] as const;

const PARTS = [
	'general',
	'purpose',
	'duties',
	'rights',
	'responsibilities',
	'rightsAndResponsibilities',
	'tools',
	'requirements',
	'competencies',
	'revision',
	'special',
] as const;

const lower = z
	.string()
	.min(1)
	.refine((text) => text === text.toLocaleLowerCase('et'), 'kirjuta väiketähtedega');

const VocabularySchema = z.object({
	fields: z.array(
		z.object({
			label: lower,
			field: z.enum(GENERAL_FIELDS),
			keepLabel: z.boolean().optional(),
		}),
	),
	sections: z.array(
		z.object({ words: lower, part: z.enum(PARTS), at: z.enum(['start', 'anywhere']) }),
	),
	tableHeaders: z.array(lower),
	genitiveEndings: z.array(z.tuple([lower, lower])),
	emptyValues: z.array(lower),
});

export type Vocabulary = z.infer<typeof VocabularySchema>;
export type GeneralField = (typeof GENERAL_FIELDS)[number];
export type PartKey = (typeof PARTS)[number];

export function parseVocabulary(text: string): Vocabulary {
	const result = VocabularySchema.safeParse(parse(text));
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new Error(`labels.yaml: ${issue.path.join('.')}: ${issue.message}`);
	}
	return result.data;
}

export const vocabulary: Vocabulary = parseVocabulary(
	readFileSync(new URL('./labels.yaml', import.meta.url), 'utf8'),
);

/** Field labels, longest first, so that "ametikoha grupp" is tried before "ametikoht". */
export const FIELD_LABELS = [...vocabulary.fields].sort((a, b) => b.label.length - a.label.length);

/** The part a heading names, or undefined. */
export function classifyHeadingText(text: string): PartKey | undefined {
	const lowerText = text.toLocaleLowerCase('et').replace(/\s+/gu, ' ').trim();
	return vocabulary.sections.find((row) =>
		row.at === 'start'
			? lowerText === row.words || lowerText.startsWith(`${row.words} `)
			: lowerText.includes(row.words),
	)?.part;
}

/** "AUTOJUHI" → "Autojuht" by the longest matching genitive ending; undefined when none fits. */
export function nominativeTitle(genitive: string): string | undefined {
	const words = genitive.toLocaleLowerCase('et').split(/\s+/u).filter(Boolean);
	const last = words.at(-1);
	if (last === undefined) return undefined;
	const ending = vocabulary.genitiveEndings
		.filter(([from]) => last.endsWith(from))
		.sort((a, b) => b[0].length - a[0].length)[0];
	if (ending === undefined) return undefined;
	words[words.length - 1] = last.slice(0, last.length - ending[0].length) + ending[1];
	const text = words.join(' ');
	return text.charAt(0).toLocaleUpperCase('et') + text.slice(1);
}

/** "-", "puuduvad": the document says the field has no value. */
export function isEmptyValue(text: string): boolean {
	const value = text.toLocaleLowerCase('et').replace(/\s+/gu, ' ').replace(/[.;]$/u, '').trim();
	return value === '' || vocabulary.emptyValues.includes(value);
}
