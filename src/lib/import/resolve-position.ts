/**
 * Maps position titles in the document's wording to position ids within the unit: case endings such
 * as "Peaspetsialisti", "nõunikku" are allowed, and "Talitusejuhataja" is the unit's head.
 */
import type { MappingContext } from './mapping-context.ts';
import { resolveUnit, unitLine } from './resolve-unit.ts';

/** Case endings a title may carry in the document: "Peaspetsialisti", "nõunikku", "juhatajat". */
const ENDINGS = new Set(['', 't', 'd', 'i', 'e', 'a', 'u', 'ku', 'gu', 'it', 'id', 'le', 'ga']);

function compact(text: string): string {
	return text.toLocaleLowerCase('et').replace(/[^\p{L}\p{N}]/gu, '');
}

function withoutQualifier(title: string): string {
	return title.replace(/\([^)]*\)/gu, ' ');
}

function inflectionOf(phrase: string, key: string): boolean {
	return key !== '' && phrase.startsWith(key) && ENDINGS.has(phrase.slice(key.length));
}

type Role = 'division' | 'unit' | 'department' | 'agency';

/**
 * Generic head titles and whose head they mean: a talitus/tiim, the own unit, the osakond, the
 * agency.
 */
const ROLES: readonly [string, Role][] = [
	['osakonnajuhataja', 'department'],
	['osakonnajuht', 'department'],
	['talitusejuhataja', 'division'],
	['talitusejuht', 'division'],
	['tiimijuht', 'division'],
	['meeskonnajuht', 'division'],
	['juhataja', 'unit'],
	['juht', 'unit'],
	['peadirektor', 'agency'],
];

function roleOf(phrase: string): Role | undefined {
	const key = compact(phrase);
	return ROLES.find(([role]) => inflectionOf(key, role))?.[1];
}

export interface PositionScope {
	/** Unit of the imported position; titles are looked up there and in its ancestors. */
	unitId?: string;
	ownId: string;
	ownTitle: string;
	/** For the manager field: the position itself is not a candidate. */
	excludeOwn?: boolean;
}

/**
 * Head of the unit a role means, seen from `unitId`. Never the position itself, and never a guess
 * one level up: "Talitusejuhataja" in a talitus without a known head stays unresolved.
 */
function headFor(
	role: Role,
	unitId: string,
	ownId: string,
	context: MappingContext,
): string | undefined {
	const line = unitLine(context, unitId);
	const unit =
		role === 'unit'
			? line[0]
			: line.find((candidate) =>
					role === 'agency'
						? candidate.kind === 'amet'
						: role === 'department'
							? candidate.kind === 'osakond'
							: candidate.kind === 'talitus' || candidate.kind === 'tiim',
				);
	return unit?.head === ownId ? undefined : unit?.head;
}

/**
 * Position ids a phrase names. Tried in order: the exact title, the title with a case ending, the
 * title without its qualifier, a generic head title ("Talitusejuhataja") and a unit-qualified one
 * ("Järelevalve talituse talitusejuhataja"). Several ids mean the phrase is ambiguous.
 */
export function resolvePosition(
	phrase: string,
	scope: PositionScope,
	context: MappingContext,
): string[] {
	const key = compact(phrase);
	if (key === '') return [];
	const scopeUnits =
		scope.unitId === undefined ? [] : unitLine(context, scope.unitId).map((unit) => unit.id);
	const candidates = [
		...(scope.excludeOwn ? [] : [{ id: scope.ownId, title: scope.ownTitle }]),
		...context.positions.filter(
			(position) =>
				scopeUnits.includes(position.unit) &&
				!(scope.excludeOwn && position.id === scope.ownId),
		),
	];
	const tests: ((candidate: { title: string }) => boolean)[] = [
		(candidate) => compact(candidate.title) === key,
		(candidate) => inflectionOf(key, compact(candidate.title)),
		(candidate) => compact(withoutQualifier(candidate.title)) === key,
		(candidate) => inflectionOf(key, compact(withoutQualifier(candidate.title))),
	];
	for (const test of tests) {
		const ids = [...new Set(candidates.filter(test).map((candidate) => candidate.id))];
		if (ids.length > 1 && ids.includes(scope.ownId)) return [scope.ownId];
		if (ids.length > 0) return ids;
	}
	if (scope.unitId === undefined) return [];
	const role = roleOf(phrase);
	if (role !== undefined) {
		const head = headFor(role, scope.unitId, scope.ownId, context);
		return head === undefined ? [] : [head];
	}
	const words = phrase.split(/\s+/u);
	for (let split = 1; split < words.length; split += 1) {
		const unitId = resolveUnit(words.slice(0, split).join(' '), context);
		const unitRole = roleOf(words.slice(split).join(' '));
		if (unitId === undefined || unitRole === undefined) continue;
		const head = headFor(unitRole, unitId, scope.excludeOwn ? scope.ownId : '', context);
		if (head !== undefined) return [head];
	}
	return [];
}
