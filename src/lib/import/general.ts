/**
 * Section 1 (Üldosa) in both layouts. In the numbered layout a header line names several columns
 * ("1.3 Vahetu juht 1.4 Kes asendab 1.5 Keda asendab") and the values of all of them follow
 * flattened into one stream; those are kept as chunks for the mapping step, which can tell titles
 * apart. In the tabular layout every line starts with its label ("Vahetu juht  Talituse
 * juhataja").
 */
import { FIELD_LABELS, isEmptyValue } from './labels.ts';
import { importMessages } from './messages.ts';
import { clean, joinParagraphs } from './text.ts';
import type { DraftGeneral, Line, PersonField, ReportItem } from './types.ts';

type GeneralField = Exclude<keyof DraftGeneral, 'people' | 'titleAndUnit'>;

const LABEL_NAMES: Record<GeneralField, string> = {
	title: 'ametinimetus',
	unit: 'struktuuriüksus',
	manager: 'vahetu juht',
	substitutedBy: 'kes asendab',
	substitutes: 'keda asendab',
	purpose: 'eesmärk',
	group: 'ametikoha grupp',
	specialConditions: 'eritingimused',
	subordinates: 'alluvad',
};

interface Block {
	fields: GeneralField[];
	lines: Line[];
}

/**
 * Labels at the start of a line, each optionally numbered ("1.3 Vahetu juht"), and the rest of the
 * line.
 */
export function readLabels(text: string): {
	fields: GeneralField[];
	rest: string;
	/** The label to keep in front of the value ("Valveaeg"), for labels marked keepLabel. */
	keep?: string;
} {
	const fields: GeneralField[] = [];
	let rest = text.trim();
	let keep: string | undefined;
	for (;;) {
		const numbered = /^\d+\.\d+\.?\s+/u.exec(rest);
		const afterNumber = numbered ? rest.slice(numbered[0].length) : rest;
		const lower = afterNumber.toLocaleLowerCase('et');
		const label = FIELD_LABELS.find(
			({ label: name }) =>
				lower.startsWith(name) && /^(?:$|[\s:/])/u.test(afterNumber.slice(name.length)),
		);
		// "Eritingimused Eritingimused määratakse …": the second one is already the value.
		if (!label || fields.includes(label.field)) break;
		fields.push(label.field);
		if (label.keepLabel) keep = afterNumber.slice(0, label.label.length);
		// "Asendaja / Asendab": a slash between labels of one header row.
		rest = afterNumber.slice(label.label.length).replace(/^[\s:/]+/u, '');
		if (label.keepLabel) break;
	}
	return { fields, rest, ...(keep === undefined ? {} : { keep }) };
}

/**
 * Chunks of a flattened value block: lines separated by a blank line, or parts of a line separated
 * by two or more spaces, were different table cells more often than not. They are hints, not proof.
 */
export function chunksOf(lines: readonly Line[]): string[] {
	const chunks: string[][] = [];
	lines.forEach((line, index) => {
		const parts = line.text.split(/\s{2,}/u);
		if (index === 0 || line.gap > 0 || line.paragraph) chunks.push([]);
		parts.forEach((part, partIndex) => {
			if (partIndex > 0) chunks.push([]);
			chunks.at(-1)?.push(part);
		});
	});
	return chunks.map((parts) => clean(parts.join(' '))).filter((text) => text !== '');
}

export function parseGeneral(lines: readonly Line[]): {
	general: DraftGeneral;
	unplaced: string[];
	report: ReportItem[];
} {
	const general: DraftGeneral = {};
	const unplaced: string[] = [];
	const report: ReportItem[] = [];
	const blocks: Block[] = [];
	const loose: Line[] = [];

	for (const line of lines) {
		const read = line.bullet ? { fields: [], rest: line.text } : readLabels(line.text);
		const { fields } = read;
		const rest = read.keep === undefined ? read.rest : `${read.keep}: ${read.rest}`;
		const last = blocks.at(-1);
		if (fields.length > 0 && rest === '' && last !== undefined && last.lines.length === 0) {
			// Header cells on lines of their own (a DOCX table): "1.1 Ametinimetus", "1.2
			// Struktuuriüksus".
			last.fields.push(...fields.filter((field) => !last.fields.includes(field)));
		} else if (fields.length > 0) {
			const block: Block = { fields, lines: [] };
			if (rest !== '') block.lines.push({ ...line, text: rest });
			blocks.push(block);
		} else if (isCutLabel(line.text)) {
			// "Teenistuja asend" at the end of a cut-off text: a label's beginning, not a value.
			loose.push(line);
		} else if (blocks.length > 0) {
			blocks.at(-1)?.lines.push(line);
		} else {
			loose.push(line);
		}
	}
	if (loose.length > 0) unplaced.push(...joinParagraphs(loose));

	for (const block of blocks) {
		if (block.lines.length === 0) continue;
		const fields = block.fields;
		if (fields.length === 1) {
			const [field] = fields;
			const text = joinParagraphs(block.lines).join(field === 'purpose' ? '\n' : ' ');
			if (isEmptyValue(text)) continue;
			general[field] = general[field] === undefined ? text : `${general[field]} ${text}`;
			continue;
		}
		const chunks = chunksOf(block.lines);
		if (sameFields(fields, ['title', 'unit'])) {
			general.titleAndUnit = chunks;
		} else if (fields.every(isPersonField)) {
			general.people = { fields: fields.filter(isPersonField), chunks };
		} else if (chunks.length === fields.length) {
			fields.forEach((field, index) => (general[field] = chunks[index]));
		} else {
			const text = chunks.join(' ');
			unplaced.push(text);
			report.push({
				severity: 'attention',
				field: fields.join(', '),
				message: importMessages.columnsNotSplit(
					fields.map((field) => LABEL_NAMES[field]).join(', '),
					text,
				),
			});
		}
	}
	return { general, unplaced, report };
}

/** A line that is only the beginning of a label ("Teenistuja", "Teenistuja asend"). */
function isCutLabel(text: string): boolean {
	const lower = text.toLocaleLowerCase('et').replace(/\s+/gu, ' ').trim();
	return (
		lower.length >= 5 &&
		FIELD_LABELS.some(({ label }) => label !== lower && label.startsWith(lower))
	);
}

function isPersonField(field: GeneralField): field is PersonField {
	return field === 'manager' || field === 'substitutedBy' || field === 'substitutes';
}

function sameFields(actual: readonly GeneralField[], expected: readonly GeneralField[]): boolean {
	return (
		actual.length === expected.length &&
		actual.every((field, index) => field === expected[index])
	);
}
