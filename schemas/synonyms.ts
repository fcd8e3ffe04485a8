import { z } from 'astro/zod';
import { TextSchema } from './shared.ts';

/** One entry of the search synonym list: words people type, and the words the documents use for them. */
export const SynonymEntrySchema = z.strictObject({
	/** Words or short phrases people type, e.g. "IT" or "excel". Required, at least one. */
	words: z
		.array(TextSchema)
		.min(1)
		.describe('Sõnad või lühikesed fraasid, mida inimesed otsingusse kirjutavad.'),
	/** Words or phrases the documents use for the same thing, e.g. "infotehnoloogia". Required, at least one. */
	means: z
		.array(TextSchema)
		.min(1)
		.describe('Sõnad või fraasid, mida ametijuhendid sama asja kohta kasutavad.'),
});

/** The search synonym list (content/search/synonyms.yaml), searched at query time. */
export const SynonymsSchema = z.strictObject({
	/** The entries. Required; may be empty. */
	synonyms: z.array(SynonymEntrySchema).describe('Otsingu sünonüümid.'),
});

export type SynonymEntry = z.output<typeof SynonymEntrySchema>;
export type Synonyms = z.output<typeof SynonymsSchema>;
