/**
 * Where a build writes and how it swaps the new site in, so that at every instant `out` (dist/) is
 * a complete site. `out` is a symbolic link to one folder under `.<out>-builds/` next to it; a
 * build writes a new folder there and switches the link with one rename(2) of a new link onto it,
 * which replaces it atomically (a server resolves every request through the link, old or new). A
 * lock file in the same folder holds the pid of the build under way; the folders of builds that
 * were killed are removed by the next build, under its lock.
 */
import {
	closeSync,
	existsSync,
	lstatSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A problem the person running the build can act on: printed as one Estonian line, without a stack trace. */
export class BuildError extends Error {}

/** The folder that holds the built sites and the lock of `out`. */
export const buildsFolder = (out: string): string =>
	join(dirname(resolve(out)), `.${basename(resolve(out))}-builds`);

const LOCK = 'ehitus.lock';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the build lock of `out` for this process, or throws a BuildError naming the build that
 * holds it. A lock whose process has ended (a killed build) is stale and taken over. Returns its
 * release.
 */
export function lockBuild(out: string): () => void {
	const folder = buildsFolder(out);
	mkdirSync(folder, { recursive: true });
	const path = join(folder, LOCK);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(path, 'wx');
			writeSync(fd, `${process.pid}\n`);
			closeSync(fd);
			return () => rmSync(path, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
		if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
			throw new BuildError(
				`Samas kaustas käib juba teine ehitus (protsess ${holder}): oota, kuni see lõpeb, ja proovi uuesti.`,
			);
		}
		// A stale lock (its build was killed, or it was left half-written): removed, then taken
		// once more.
		rmSync(path, { force: true });
	}
	throw new BuildError(`Ehituse lukku ${path} ei õnnestunud võtta: proovi uuesti.`);
}

/** The folder under buildsFolder that `out` links to now, if it is such a link. */
function current(out: string): string | undefined {
	try {
		return basename(readlinkSync(out));
	} catch {
		return undefined;
	}
}

/**
 * Removes what killed builds left under buildsFolder (their site folders and links), keeping the
 * site `out` links to, and returns a new, empty folder to build into. Call it holding the lock.
 */
export function newBuildFolder(out: string): string {
	const folder = buildsFolder(out);
	const live = current(out);
	for (const name of readdirSync(folder))
		if (name !== LOCK && name !== live)
			rmSync(join(folder, name), { recursive: true, force: true });
	const staging = join(
		folder,
		`${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`,
	);
	mkdirSync(staging);
	return staging;
}

/**
 * Points `out` at `staging` (a folder under buildsFolder) with one rename(2) of a new link onto it,
 * then removes the site it pointed to before. A real folder at `out` (from before builds swapped
 * links) is moved aside first: the only moment `out` is missing, once.
 */
export function swapIn(out: string, staging: string): void {
	const target = resolve(out);
	const folder = buildsFolder(out);
	const previous = current(target);
	const link = join(folder, `link-${process.pid}`);
	rmSync(link, { force: true });
	symlinkSync(join(basename(folder), basename(staging)), link);
	if (existsSync(target) && !lstatSync(target).isSymbolicLink())
		renameSync(target, join(folder, `vana-${process.pid}`));
	renameSync(link, target);
	for (const name of readdirSync(folder)) {
		if (
			name !== LOCK &&
			name !== basename(staging) &&
			(name === previous || name.startsWith('vana-'))
		)
			rmSync(join(folder, name), { recursive: true, force: true });
	}
}
