import { execFileSync } from 'node:child_process';

export interface FileHistory {
	/** Date of the last commit that touched each file (YYYY-MM-DD), by path relative to the repository root. */
	lastChanged: ReadonlyMap<string, string>;
	/** False when git is missing or the checkout has no history (e.g. a tarball). */
	available: boolean;
}

/**
 * Reads the last change date of every content file with one `git log` call, newest first, so the first
 * date seen for a path is its last change. A shallow clone knows only the commits it has: files older
 * than the clone show the clone's commit date.
 */
export function readFileHistory(root: string, folder = 'content'): FileHistory {
	try {
		const output = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', folder], {
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 256 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
		const lastChanged = new Map<string, string>();
		for (const block of output.split('\0')) {
			const [date, ...paths] = block.trim().split('\n');
			if (!date) continue;
			for (const path of paths) if (path !== '' && !lastChanged.has(path)) lastChanged.set(path, date);
		}
		return { lastChanged, available: lastChanged.size > 0 };
	} catch {
		return { lastChanged: new Map(), available: false };
	}
}
