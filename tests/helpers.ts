import { fileURLToPath } from 'node:url';
import type { PositionFrontmatterInput } from '../schemas/position.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** A valid position frontmatter with every required field; tests override what they probe. */
export function makeMinimalPosition(
	overrides: Partial<Record<keyof PositionFrontmatterInput, unknown>> &
		Record<string, unknown> = {},
): Record<string, unknown> {
	return {
		title: 'Peaspetsialist',
		unit: 'teenuste-osakond',
		manager: 'osakonna-juhataja',
		purpose: 'Ametikoha eesmärk on katsetada.',
		...overrides,
	};
}
