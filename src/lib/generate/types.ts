/** Value types the generator writes, taken from the schemas so they cannot drift. */
import type { z } from 'astro/zod';
import type { CefrLevelSchema } from '../../../schemas/position.ts';

export type { EducationLevel, Language } from '../../../schemas/position.ts';
export type CefrLevel = z.output<typeof CefrLevelSchema>;
