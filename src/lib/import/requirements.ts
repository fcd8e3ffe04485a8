/**
 * The requirements part (7. AMETIKOHALE ESITATAVAD NÕUDED, or 3. in the tabular layout): labelled
 * blocks ("Haridus", "Keeleoskus" …) and the two competency lists. In the numbered layout a label
 * stands on its own line; in the tabular layout the value follows it on the same line.
 */
import { joinSentences } from './text.ts';
import type { DraftRequirements, Line } from './types.ts';

export type RequirementBlock =
	| Exclude<keyof DraftRequirements, 'additional'>
	| 'additional'
	| 'coreCompetencies'
	| 'additionalCompetencies';

const LABELS: readonly [string, RequirementBlock][] = [
	['täiendavad kompetentsid, isikuomadused ja teadmised', 'additionalCompetencies'],
	['täiendavad kompetentsid', 'additionalCompetencies'],
	['tööks vajalikud kompetentsid', 'coreCompetencies'],
	['arvuti kasutamise oskus', 'computerSkills'],
	['arvutikasutamise oskus', 'computerSkills'],
	['oskused ja teadmised', 'knowledge'],
	['teadmised ja oskused', 'knowledge'],
	['erialane töökogemus', 'experience'],
	['erialased teadmised', 'knowledge'],
	['kompetentsid', 'coreCompetencies'],
	['isikuomadused', 'personalQualities'],
	['keelteoskus', 'languages'],
	['arvutioskus', 'computerSkills'],
	['muud nõuded', 'additional'],
	['töökogemus', 'experience'],
	['keeleoskus', 'languages'],
	['teadmised', 'knowledge'],
	['lisanõuded', 'additional'],
	['haridus', 'education'],
];

export interface RequirementsResult {
	requirements: DraftRequirements;
	coreCompetencies: Line[];
	additionalCompetencies: Line[];
	/** Lines before the first label. */
	unplaced: Line[];
}

/**
 * The label a line starts with and the value after it, if the layout allows a value on that line.
 */
export function readRequirementLabel(
	text: string,
	inlineValues: boolean,
): { block: RequirementBlock; rest: string } | undefined {
	const trimmed = text.trim();
	const lower = trimmed.toLocaleLowerCase('et');
	for (const [name, block] of LABELS) {
		if (!lower.startsWith(name)) continue;
		const after = trimmed.slice(name.length);
		if (/^\s*:?\s*$/u.test(after)) return { block, rest: '' };
		// "Haridus: Kõrgharidus" is unambiguous in both layouts; "Haridus Kõrgharidus" only in the
		// table.
		if (/^\s*:/u.test(after) || (inlineValues && /^\s/u.test(after)))
			return { block, rest: after.replace(/^\s*:?\s*/u, '') };
	}
	return undefined;
}

export function parseRequirements(
	lines: readonly Line[],
	inlineValues: boolean,
	startBlock?: RequirementBlock,
): RequirementsResult {
	const blocks = new Map<RequirementBlock, Line[]>();
	const unplaced: Line[] = [];
	let current: RequirementBlock | undefined = startBlock;
	for (const line of lines) {
		const label = line.bullet ? undefined : readRequirementLabel(line.text, inlineValues);
		if (label) {
			current = label.block;
			const existing = blocks.get(current) ?? [];
			blocks.set(current, existing);
			if (label.rest !== '') existing.push({ ...line, text: label.rest });
			continue;
		}
		if (current === undefined) {
			unplaced.push(line);
			continue;
		}
		const block = blocks.get(current);
		if (block) block.push(line);
		else blocks.set(current, [line]);
	}
	const text = (block: RequirementBlock) => {
		const value = joinSentences(blocks.get(block) ?? []);
		return value === '' ? undefined : value;
	};
	// In the order the document lists them: the content keeps that order
	// (content/document-form.ts).
	const requirements = {} as DraftRequirements;
	for (const block of blocks.keys()) {
		if (block === 'coreCompetencies' || block === 'additionalCompetencies') continue;
		if (block === 'additional') requirements.additional = text('additional')?.split('\n') ?? [];
		else {
			const value = text(block);
			if (value !== undefined) requirements[block] = value;
		}
	}
	requirements.additional ??= [];
	return {
		requirements,
		coreCompetencies: blocks.get('coreCompetencies') ?? [],
		additionalCompetencies: blocks.get('additionalCompetencies') ?? [],
		unplaced,
	};
}
