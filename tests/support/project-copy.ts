/**
 * A copy of the project in a new temporary folder, for tests that run `npm run build` or `npm run
 * check` as a user would and must not touch the project's own dist/ or content/.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_CODE } from '../../scripts/lib/site-root.ts';
import { projectRoot } from '../helpers.ts';

/**
 * The project's code and content copied under a new folder named `prefix…`; node_modules linked.
 */
export function copyProject(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	for (const name of [...PROJECT_CODE, 'content'])
		cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
	symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}
