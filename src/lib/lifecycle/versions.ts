/** Which version comparisons are pre-rendered, and their URLs. */
import type { Version } from './history.ts';

export interface VersionPair {
	from: Version;
	to: Version;
	/** `from` is the version right before `to`. */
	consecutive: boolean;
	/** `to` is the newest committed version. */
	toCurrent: boolean;
}

/**
 * Comparing any two of n versions would need n(n−1)/2 pages. We pre-render each version against the
 * one before it (what that commit changed) and each older version against the current one (what has
 * changed since): 2n − 3 pages for n ≥ 2 versions. `versions` is newest first.
 */
export function versionPairs(versions: readonly Version[]): VersionPair[] {
	const pairs: VersionPair[] = [];
	if (versions.length < 2) return pairs;
	const current = versions[0];
	for (let index = 0; index + 1 < versions.length; index++) {
		pairs.push({
			from: versions[index + 1],
			to: versions[index],
			consecutive: true,
			toCurrent: index === 0,
		});
	}
	for (let index = 2; index < versions.length; index++) {
		pairs.push({ from: versions[index], to: current, consecutive: false, toCurrent: true });
	}
	return pairs;
}

export function pairSlug(from: Version, to: Version): string {
	return `${from.short}-${to.short}`;
}

export function historyPath(id: string): string {
	return `/ametikohad/${id}/ajalugu/`;
}

export function diffPath(id: string, from: Version, to: Version): string {
	return `${historyPath(id)}${pairSlug(from, to)}/`;
}

/** Anchor of a version in the history list. */
export function versionAnchor(version: Version): string {
	return `v-${version.short}`;
}

export const CHANGE_LABELS = {
	added: 'lisatud',
	modified: 'muudetud',
	moved: 'teisaldatud',
} as const;
