import { fileURLToPath } from 'node:url';
import {
	PositionFrontmatterSchema,
	type Position,
	type PositionFrontmatterInput,
} from '../schemas/position.ts';

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

/** A parsed position with an empty body: `makeMinimalPosition(overrides)` through the schema. */
export function makePosition(
	id: string,
	overrides: Partial<Record<keyof PositionFrontmatterInput, unknown>> &
		Record<string, unknown> = {},
): Position {
	return {
		...PositionFrontmatterSchema.parse(makeMinimalPosition(overrides)),
		id,
		filePath: `content/positions/${id}.md`,
		duties: [],
		rights: { items: [] },
		responsibilities: { items: [] },
		tools: [],
		revisionPolicy: [],
	};
}
