/**
 * Recent changes across all positions, newest first, and per unit (a unit includes its sub-units).
 * Drafts are left out until approved (drafts.ts).
 */
import { compareEt } from '../content/estonian-order.ts';
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import { unitChain, type Model } from '../content/model.ts';
import type { PositionHistories, Version } from './history.ts';
import { announcesChanges } from './drafts.ts';
import { diffPath, historyPath, versionAnchor } from './versions.ts';

export interface ChangeEntry {
	position: Position;
	version: Version;
	/** The version before this one, when known. */
	previous?: Version;
	/** What changed: the diff page, or the history list for a first version. */
	href: string;
	/** Milliseconds since the epoch, for sorting across time zones. */
	time: number;
}

export interface ChangeLog {
	/** Every version of every existing position, newest first (shallow-clone snapshots left out). */
	entries: ChangeEntry[];
	/** Entries of each unit's own positions and of all units below it, newest first. */
	byUnit: ReadonlyMap<string, ChangeEntry[]>;
	/** Units below the agency that have entries, in tree order (the agency's list is `entries`). */
	units: Unit[];
}

const newestFirst = (a: ChangeEntry, b: ChangeEntry) =>
	b.time - a.time ||
	compareEt(a.position.title, b.position.title) ||
	a.position.id.localeCompare(b.position.id);

/** One pass over the histories; unit chains are computed once per unit, not per entry. */
export function buildChangeLog(model: Model, histories: PositionHistories): ChangeLog {
	const entries: ChangeEntry[] = [];
	const byUnit = new Map<string, ChangeEntry[]>();
	const chains = new Map<string, Unit[]>();
	for (const [id, versions] of histories.byId) {
		const position = model.positions.get(id);
		if (!position || !announcesChanges(position)) continue;
		let chain = chains.get(position.unit);
		if (!chain) chains.set(position.unit, (chain = unitChain(model, position.unit)));
		versions.forEach((version, index) => {
			// The edge of a shallow clone is a snapshot, not a change: what it "added" may be years old.
			if (version.boundary) return;
			const previous = versions[index + 1];
			const entry: ChangeEntry = {
				position,
				version,
				previous,
				href: previous
					? diffPath(id, previous, version)
					: `${historyPath(id)}#${versionAnchor(version)}`,
				time: Date.parse(version.dateTime) || Date.parse(version.date),
			};
			entries.push(entry);
			for (const unit of chain) {
				const list = byUnit.get(unit.id);
				if (list) list.push(entry);
				else byUnit.set(unit.id, [entry]);
			}
		});
	}
	entries.sort(newestFirst);
	for (const list of byUnit.values()) list.sort(newestFirst);
	const units: Unit[] = [];
	const walk = (unit: Unit, seen: Set<string>, root: boolean) => {
		if (seen.has(unit.id)) return;
		seen.add(unit.id);
		if (!root && byUnit.has(unit.id)) units.push(unit);
		for (const child of model.unitChildren.get(unit.id) ?? []) walk(child, seen, false);
	};
	const seen = new Set<string>();
	for (const unit of model.units.values())
		if (unit.parent === undefined || !model.units.has(unit.parent)) walk(unit, seen, true);
	return { entries, byUnit, units };
}
