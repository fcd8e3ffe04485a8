/**
 * Maps unit names in the document's wording to unit ids: "Teenuste osakond, ekspertiisitalitus",
 * genitive "Arendusosakonna arendustalitus", and a title run together with its unit.
 */
import type { MappingContext, MappingUnit } from './mapping-context.ts';

/**
 * Genitive endings of unit words, folded to the nominative so that "Arendusosakonna" finds
 * "Arendusosakond".
 */
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
