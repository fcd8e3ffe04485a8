/**
 * Who stands in for whom in a generated agency, with the irregularities real content has: own id
 * for another holder of the same position, relations written in one file only, positions with none.
 */
import type { Rng } from './prng.ts';
import type { GenPosition, GenUnit, StructureStats } from './structure.ts';

/**
 * Substitution inside each unit: a deputy stands in for the head; a specialist is substituted by
 * another holder of the same position (own id) or by a colleague, usually both ways. About 5% of
 * relations are written in one file only and about 5% of positions have none.
 */
export function assignSubstitution(
	units: readonly GenUnit[],
	rng: Rng,
): Omit<StructureStats, 'departments' | 'leafUnits'> {
	let substitutionEdges = 0;
	let selfSubstitutions = 0;
	let asymmetricEdges = 0;
	let withoutSubstitution = 0;
	const missingAll = new Set<GenPosition>();
	for (const unit of units)
		for (const position of unit.positions)
			if (!position.stub && rng.chance(0.05)) missingAll.add(position);
	const seen = new Set<string>();
	/** `by` stands in for `of`. */
	const edge = (by: GenPosition, of: GenPosition) => {
		const key = `${by.id}>${of.id}`;
		if (seen.has(key)) return;
		seen.add(key);
		substitutionEdges += 1;
		if (by === of) {
			selfSubstitutions += 1;
			of.substitutedBy.push(of.id);
			of.substitutes.push(of.id);
			return;
		}
		const side = rng.next();
		if (side < 0.05) {
			asymmetricEdges += 1;
			if (rng.chance(0.5)) of.substitutedBy.push(by.id);
			else by.substitutes.push(of.id);
			return;
		}
		of.substitutedBy.push(by.id);
		by.substitutes.push(of.id);
	};

	for (const unit of units) {
		const described = unit.positions.filter((position) => !position.stub);
		const active = described.filter((position) => !missingAll.has(position));
		const staff = active.filter((position) => !position.isHead);
		const head = unit.head && active.includes(unit.head) ? unit.head : undefined;
		// A department head with no staff of its own is stood in for by one of the division heads.
		const deputies =
			staff.length > 0
				? staff
				: unit.children.flatMap((child) =>
						child.head && !child.head.stub && !missingAll.has(child.head)
							? [child.head]
							: [],
					);
		if (head && deputies.length > 0) {
			const deputy = rng.pick(deputies);
			edge(deputy, head);
			if (rng.chance(0.3)) edge(head, deputy);
		}
		for (const position of staff) {
			const r = rng.next();
			if (r < 0.5 || staff.length < 2) {
				edge(position, position);
			} else {
				let other = rng.pick(staff);
				if (other === position) other = staff[(staff.indexOf(position) + 1) % staff.length];
				edge(other, position);
				if (r < 0.85) edge(position, other);
			}
		}
	}
	for (const unit of units) {
		for (const position of unit.positions) {
			if (
				!position.stub &&
				position.substitutedBy.length === 0 &&
				position.substitutes.length === 0
			)
				withoutSubstitution += 1;
		}
	}
	return { substitutionEdges, selfSubstitutions, asymmetricEdges, withoutSubstitution };
}
