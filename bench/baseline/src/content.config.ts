import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	// Same files as the real site; a permissive schema, so the baseline pays for no validation of its own.
	positions: defineCollection({
		loader: glob({ pattern: '**/*.md', base: './content/positions' }),
		schema: z.looseObject({ title: z.string().optional() }),
	}),
};
