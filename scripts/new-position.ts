/**
 * Creates a new job description skeleton:
 *   npm run new -- "<ametinimetus>" --unit <unit-id> [--manager <position-id>] [--id <id>]
 * The file goes to content/positions/<department>/<id>.md, where the department is the osakond that
 * contains the unit. It has every frontmatter field and every body section, with Estonian guidance
 * as YAML comments. It is a draft (status: eelnõu) with placeholder texts "TÄIDA", which the check
 * reports as warnings while it is a draft and as errors once it is marked kehtiv; it has no review
 * date until it is approved. A title that already exists in the unit is refused unless --force is
 * given.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createPosition } from './lib/new-position/create.ts';
import { NewPositionError, newPositionMessages } from './lib/new-position/messages.ts';

export { PLACEHOLDER } from '../src/lib/content/placeholders.ts';
export {
	createPosition,
	departmentFolder,
	slugify,
	type NewPositionOptions,
	type NewPositionResult,
} from './lib/new-position/create.ts';
export { NewPositionError, newPositionMessages } from './lib/new-position/messages.ts';
export { renderSkeleton, type SkeletonInput } from './lib/new-position/skeleton.ts';

/** Estonian text for parseArgs' errors, whose own messages are English. */
function argumentProblem(error: unknown): string {
	const { code, message } = error as { code?: string; message?: string };
	const option = /'(-{1,2}[^' ]+)/.exec(message ?? '')?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return newPositionMessages.unknownOption(option);
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
		return newPositionMessages.optionValueMissing(option);
	return newPositionMessages.badArguments();
}

function main(): void {
	let values: {
		unit?: string;
		manager?: string;
		id?: string;
		root: string;
		force: boolean;
		help: boolean;
	};
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			allowPositionals: true,
			options: {
				unit: { type: 'string' },
				manager: { type: 'string' },
				id: { type: 'string' },
				root: { type: 'string', default: '.' },
				force: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		}));
	} catch (error) {
		console.error(`✘ ${argumentProblem(error)}`);
		process.exitCode = 1;
		return;
	}
	if (values.help) {
		console.log(newPositionMessages.usage());
		return;
	}
	try {
		// Unquoted titles arrive as several words; join them back.
		const title = positionals.length > 0 ? positionals.join(' ') : undefined;
		const result = createPosition({
			root: resolve(values.root),
			title,
			unit: values.unit,
			manager: values.manager,
			id: values.id,
			force: values.force,
		});
		console.log(newPositionMessages.created(result.file));
		if (result.managerMissing) console.log(newPositionMessages.noManager(values.unit ?? ''));
		console.log(newPositionMessages.nextSteps(result.file));
	} catch (error) {
		if (!(error instanceof NewPositionError)) throw error;
		console.error(`✘ ${error.message}`);
		process.exitCode = 1;
	}
}

if (import.meta.main) main();
