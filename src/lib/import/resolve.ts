/**
 * Maps names in the document's wording to ids of existing content: units (also "Teenuste osakond,
 * ekspertiisitalitus" and genitive "Arendusosakonna arendustalitus"), positions by title within the
 * unit (case endings such as "Peaspetsialisti", "nõunikku" allowed; "Talitusejuhataja" is the unit
 * head) and competencies through the catalogue aliases. Only ids, titles and units of positions are
 * used: the importer never copies content from existing files.
 */
import type { Model } from '../content/model.ts';
import { normalizeName } from '../content/suggest.ts';
import type { UnitKind } from '../../../schemas/unit.ts';

export interface MappingUnit {
	id: string;
	name: string;
	kind: UnitKind;
	parent?: string;
	head?: string;
}

export interface MappingPosition {
	id: string;
	title: string;
	unit: string;
	/** File of the position, for messages. */
	file: string;
	/** The directive that approved it, to tell which positions a repealing directive concerns. */
	approval?: { date?: string; directive?: string };
}

export interface MappingContext {
	units: ReadonlyMap<string, MappingUnit>;
	positions: readonly MappingPosition[];
	/**
	 * Position ids that content refers to (manager, substitutes, unit head) but that have no file yet,
	 * with the unit of the referring file: an import that fits one takes that id, which resolves the
	 * dangling reference instead of creating a second id for the same position.
	 */
	dangling: readonly { id: string; unit: string }[];
	competencyIdByName: ReadonlyMap<string, string>;
	/** Catalogue names and aliases, for "did you mean". */
	competencyNames: readonly string[];
}

export function contextFromModel(model: Model): MappingContext {
	const dangling: { id: string; unit: string }[] = [];
	for (const position of model.positions.values()) {
		for (const id of [position.manager, ...position.substitutedBy, ...position.substitutes]) {
			if (id !== undefined && !model.positions.has(id))
				dangling.push({ id, unit: position.unit });
		}
	}
	for (const unit of model.units.values()) {
		if (unit.head !== undefined && !model.positions.has(unit.head))
			dangling.push({ id: unit.head, unit: unit.id });
	}
	return {
		dangling,
		units: new Map(
			[...model.units.values()].map((unit) => [
				unit.id,
				{
					id: unit.id,
					name: unit.name,
					kind: unit.kind,
					...(unit.parent === undefined ? {} : { parent: unit.parent }),
					...(unit.head === undefined ? {} : { head: unit.head }),
				},
			]),
		),
		positions: [...model.positions.values()].map((position) => ({
			id: position.id,
			title: position.title,
			unit: position.unit,
			file: position.filePath,
			...(position.approval === undefined ? {} : { approval: position.approval }),
		})),
		competencyIdByName: model.competencyIdByName,
		competencyNames: [...model.competencies.values()].flatMap((competency) => [
			competency.name,
			...competency.aliases,
		]),
	};
}

// ---------------------------------------------------------------------------------------------
// Units

/** Genitive endings of unit words, folded to the nominative so that "Arendusosakonna" finds "Arendusosakond". */
const GENITIVE: readonly [RegExp, string][] = [
	[/osakonna$/u, 'osakond'],
	[/talituse$/u, 'talitus'],
	[/keskuse$/u, 'keskus'],
	[/tiimi$/u, 'tiim'],
	[/ameti$/u, 'amet'],
];

export function unitKey(text: string): string {
	return text
		.toLocaleLowerCase('et')
		.replace(/[,;()]/gu, ' ')
		.split(/\s+/u)
		.filter((word) => word !== '')
		.map((word) =>
			GENITIVE.reduce(
				(folded, [pattern, nominative]) => folded.replace(pattern, nominative),
				word,
			),
		)
		.join(' ');
}

function unitIndex(context: MappingContext): Map<string, string> {
	const index = new Map<string, string>();
	for (const unit of context.units.values())
		if (!index.has(unitKey(unit.name))) index.set(unitKey(unit.name), unit.id);
	return index;
}

export function isAncestor(context: MappingContext, ancestor: string, unitId: string): boolean {
	const seen = new Set<string>();
	let current = context.units.get(unitId)?.parent;
	while (current !== undefined && !seen.has(current)) {
		if (current === ancestor) return true;
		seen.add(current);
		current = context.units.get(current)?.parent;
	}
	return false;
}

/** The unit and its ancestors, nearest first. */
export function unitLine(context: MappingContext, unitId: string): MappingUnit[] {
	const line: MappingUnit[] = [];
	const seen = new Set<string>();
	let current = context.units.get(unitId);
	while (current && !seen.has(current.id)) {
		seen.add(current.id);
		line.push(current);
		current = current.parent === undefined ? undefined : context.units.get(current.parent);
	}
	return line;
}

/** Unit id for a name as the document writes it, or undefined. */
export function resolveUnit(text: string, context: MappingContext): string | undefined {
	const index = unitIndex(context);
	const key = unitKey(text);
	const direct = index.get(key);
	if (direct !== undefined) return direct;
	// "Teenuste osakond, ekspertiisitalitus": every part a unit, each inside the one before.
	const parts = text
		.split(/[,;]/u)
		.map((part) => part.trim())
		.filter((part) => part !== '');
	if (parts.length >= 2) {
		const ids = parts.map((part) => index.get(unitKey(part)));
		if (
			ids.every((id) => id !== undefined) &&
			ids.every((id, i) => i === 0 || isAncestor(context, ids[i - 1], id))
		) {
			return ids.at(-1);
		}
	}
	// "Arendusosakonna arendustalitus", "Õiguse ja järelevalve osakond Järelevalve talitus".
	const words = key.split(' ');
	for (let split = 1; split < words.length; split += 1) {
		const outer = index.get(words.slice(0, split).join(' '));
		const inner = index.get(words.slice(split).join(' '));
		if (outer !== undefined && inner !== undefined && isAncestor(context, outer, inner))
			return inner;
	}
	return undefined;
}

/**
 * Splits "Kvaliteedi peaspetsialist Teenuste osakond, ekspertiisitalitus" into title and unit: the
 * longest tail of words that names a unit. Without a known unit, the cells (chunks) or the first
 * capitalised word after the first one mark the border.
 */
export function splitTitleAndUnit(
	chunks: readonly string[],
	context: MappingContext,
): { title: string; unitText?: string; unitId?: string } {
	const words = chunks
		.join(' ')
		.split(' ')
		.filter((word) => word !== '');
	for (let split = 1; split < words.length; split += 1) {
		const unitText = words.slice(split).join(' ');
		const unitId = resolveUnit(unitText, context);
		if (unitId !== undefined)
			return { title: words.slice(0, split).join(' '), unitText, unitId };
	}
	if (chunks.length === 2) return { title: chunks[0], unitText: chunks[1] };
	let depth = 0;
	for (const [index, word] of words.entries()) {
		if (index > 0 && depth === 0 && /^\p{Lu}/u.test(word))
			return {
				title: words.slice(0, index).join(' '),
				unitText: words.slice(index).join(' '),
			};
		depth += (word.match(/\(/gu)?.length ?? 0) - (word.match(/\)/gu)?.length ?? 0);
	}
	return { title: words.join(' ') };
}

/** The osakond a unit belongs to (the file's folder); the agency for units directly under it. */
export function departmentOf(context: MappingContext, unitId: string): string | undefined {
	const line = unitLine(context, unitId);
	return (line.find((unit) => unit.kind === 'osakond') ?? line.at(-1))?.id;
}

// ---------------------------------------------------------------------------------------------
// Positions

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

/** Generic head titles and whose head they mean: a talitus/tiim, the own unit, the osakond, the agency. */
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
 * Head of the unit a role means, seen from `unitId`. Never the position itself, and never a guess one
 * level up: "Talitusejuhataja" in a talitus without a known head stays unresolved.
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

/** One phrase of a column as the document writes it, with the ids it resolved to. */
export interface ColumnEntry {
	text: string;
	ids: string[];
}

const CONNECTORS = new Set([',', ';', 'või', 'ja', 'ning', '/', 'ja/või']);

/**
 * Splits the flattened cells "Talitusejuhataja Kvaliteedi peaspetsialist Kvaliteedi peaspetsialist"
 * into `columns` columns of titles. Every way of cutting the words into phrases is scored (a phrase
 * that names a position costs 1, an unknown one 1 + 10 per word, a column border away from a cell
 * border 0.5)
 * and the cheapest cut with exactly that many columns wins. Within a column, phrases are joined by
 * "," "või" "ja". Undefined when no cut gives that many columns.
 */
export function segmentColumns(
	chunks: readonly string[],
	columns: number,
	resolve: (phrase: string) => string[],
): ColumnEntry[][] | undefined {
	const tokens: { text: string; chunk: number }[] = [];
	chunks.forEach((chunk, index) => {
		for (const word of chunk.split(/\s+/u)) {
			const match = /^(.*?)([,;]?)$/u.exec(word) as RegExpExecArray;
			if (match[1] !== '') tokens.push({ text: match[1], chunk: index });
			if (match[2] !== '') tokens.push({ text: match[2], chunk: index });
		}
	});
	if (tokens.length === 0 || tokens.length > 40) return undefined;
	const cellBorders = chunks.length === columns;
	const cache = new Map<string, string[]>();
	const phraseIds = (start: number, end: number) => {
		const key = `${start}:${end}`;
		let ids = cache.get(key);
		if (ids === undefined) {
			ids = resolve(
				tokens
					.slice(start, end)
					.map((token) => token.text)
					.join(' '),
			);
			cache.set(key, ids);
		}
		return ids;
	};

	type Step = { end: number; ids: string[]; newColumn: boolean } | { connector: true };
	type Best = { cost: number; steps: Step[] } | null;
	const memo = new Map<string, Best>();
	const best = (index: number, used: number, pending: boolean): Best => {
		if (index === tokens.length)
			return used === columns && !pending ? { cost: 0, steps: [] } : null;
		const key = `${index}:${used}:${pending}`;
		if (memo.has(key)) return memo.get(key) ?? null;
		let result: Best = null;
		const consider = (cost: number, step: Step, next: Best) => {
			if (next && (result === null || cost + next.cost < result.cost))
				result = { cost: cost + next.cost, steps: [step, ...next.steps] };
		};
		const token = tokens[index].text.toLocaleLowerCase('et');
		if (CONNECTORS.has(token) && used > 0 && !pending)
			consider(0, { connector: true }, best(index + 1, used, true));
		for (let end = tokens.length; end > index; end -= 1) {
			if (tokens.slice(index, end).some((part) => part.text === ',' || part.text === ';'))
				continue;
			const ids = phraseIds(index, end);
			const newColumn = !pending;
			if (newColumn && used >= columns) continue;
			const border =
				newColumn &&
				used > 0 &&
				cellBorders &&
				tokens[index].chunk === tokens[index - 1].chunk
					? 0.5
					: 0;
			// An unknown phrase costs per word, so that it never swallows a known title next to it.
			consider(
				(ids.length > 0 ? 1 : 1 + 10 * (end - index)) + border,
				{ end, ids, newColumn },
				best(end, newColumn ? used + 1 : used, false),
			);
		}
		memo.set(key, result);
		return result;
	};

	const found = best(0, 0, false);
	if (!found) return undefined;
	const out: ColumnEntry[][] = [];
	let start = 0;
	for (const step of found.steps) {
		if ('connector' in step) {
			start += 1;
			continue;
		}
		const entry = {
			text: tokens
				.slice(start, step.end)
				.map((token) => token.text)
				.join(' '),
			ids: step.ids,
		};
		if (step.newColumn) out.push([entry]);
		else out.at(-1)?.push(entry);
		start = step.end;
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Competencies

export function resolveCompetencyId(name: string, context: MappingContext): string | undefined {
	return context.competencyIdByName.get(normalizeName(name));
}
