/**
 * Where a build writes and how it swaps the new site in, so that at every instant `out` (dist/) is a
 * complete site. `out` is a symbolic link to a folder under `.<out>-builds/` beside it; a build
 * writes a new folder there and replaces the link with one rename(2) of a new link onto it, which is
 * atomic (a server resolves every request through the old link or the new). A lock file in the same
 * folder holds the pid of the build under way; a killed build's folder is removed by the next build.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A problem the person running the build can act on: printed as one Estonian line, without a stack trace. */
export class BuildError extends Error {}

/** The folder that holds the built sites and the lock of `out`. */
export const buildsFolder = (out: string): string =>
	join(dirname(resolve(out)), `.${basename(resolve(out))}-builds`);

const LOCK = 'ehitus.lock';

/** Whether process `pid` runs (EPERM: it does, as another user's). */
function alive(pid: number): boolean {
	try {
		return process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * Takes the build lock of `out`, or throws a BuildError naming the build that holds it; a lock whose
 * process has ended (a killed build) is taken over. Returns its release.
 */
export function lockBuild(out: string): () => void {
	const path = join(buildsFolder(out), LOCK);
	mkdirSync(buildsFolder(out), { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
			return () => rmSync(path, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = Number.parseInt(readFileSync(path, 'utf8'), 10);
		if (holder > 0 && alive(holder))
			throw new BuildError(
				`Samas kaustas käib juba teine ehitus (protsess ${holder}): oota, kuni see lõpeb, ja proovi uuesti.`,
			);
		// Stale (its build was killed, or it was left half-written): removed, then taken once more.
		rmSync(path, { force: true });
	}
	throw new BuildError(`Ehituse lukku ${path} ei õnnestunud võtta: proovi uuesti.`);
}

/** The folder under buildsFolder that `out` links to, if it is such a link. */
const current = (out: string): string | undefined =>
	lstatSync(out, { throwIfNoEntry: false })?.isSymbolicLink()
		? basename(readlinkSync(out))
		: undefined;

/** Removes every entry of buildsFolder but the lock and the live site. */
function clean(out: string): void {
	const live = current(out);
	for (const name of readdirSync(buildsFolder(out)))
		if (name !== LOCK && name !== live)
			rmSync(join(buildsFolder(out), name), { recursive: true, force: true });
}

/** Under the lock: removes what killed builds left and returns a new, empty folder to build into. */
export function newBuildFolder(out: string): string {
	clean(out);
	const staging = join(
		buildsFolder(out),
		`${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`,
	);
	mkdirSync(staging);
	return staging;
}

/**
 * Points `out` at `staging` with one rename(2) of a new link onto it, then removes the site it pointed
 * to. A real folder at `out` (from before builds swapped links) is moved aside first: the only moment
 * `out` is missing, once.
 */
export function swapIn(out: string, staging: string): void {
	const folder = buildsFolder(out);
	const link = join(folder, `link-${process.pid}`);
	rmSync(link, { force: true });
	symlinkSync(join(basename(folder), basename(staging)), link);
	if (existsSync(out) && !lstatSync(out).isSymbolicLink())
		renameSync(out, join(folder, `vana-${process.pid}`));
	renameSync(link, resolve(out));
	clean(out);
}
