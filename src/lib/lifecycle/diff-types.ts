/** The shape of a position diff (diff.ts): what changed, counted by category, with word-level parts. */
import type { DiffPart } from './text-diff.ts';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One text that was added, removed, reworded or kept, with its word-level diff. */
export interface TextChange {
	kind: ChangeKind | 'same';
	before?: string;
	after?: string;
	parts: DiffPart[];
}

/** A named single-valued field (purpose, manager, education …). */
export interface FieldChange extends TextChange {
	kind: ChangeKind;
	key: string;
	/** Display label, e.g. "Vahetu juht". */
	label: string;
	/** Name in the summary sentence, e.g. "vahetu juht". */
	name: string;
}

export interface DutyChange {
	/** added / removed: the whole duty; changed: its wording; same: only its results changed. */
	kind: ChangeKind | 'same';
	numberBefore?: string;
	numberAfter?: string;
	depth: number;
	text: TextChange;
	/** Results that changed (added, removed or reworded); for a new or removed duty, all of them. */
	results: TextChange[];
}

export interface CompetencyChange {
	kind: ChangeKind;
	/** Catalogue id, or the normalised label when the catalogue does not know the name. */
	key: string;
	/** The document's label, diffed. */
	label: TextChange;
	groupBefore?: 'core' | 'additional';
	groupAfter?: 'core' | 'additional';
	/** Indicators that changed. */
	indicators: TextChange[];
}

export interface PositionDiff {
	general: FieldChange[];
	duties: DutyChange[];
	/** Duties whose text and results stayed the same but whose number changed (e.g. after an insertion). */
	renumbered: { before: string; after: string }[];
	rights: TextChange[];
	responsibilities: TextChange[];
	tools: TextChange[];
	revisionPolicy: TextChange[];
	requirements: FieldChange[];
	additionalRequirements: TextChange[];
	competencies: CompetencyChange[];
	competencyNotes: TextChange[];
	counts: DiffCounts;
	/** Nothing that the site shows differs (e.g. a pure move or a formatting change). */
	empty: boolean;
}

/** Countable things, with the nominative singular and the partitive singular for numbers above one. */
export const DIFF_CATEGORIES = {
	duties: ['tööülesanne', 'tööülesannet'],
	results: ['oodatav tulemus', 'oodatavat tulemust'],
	rights: ['õigus', 'õigust'],
	responsibilities: ['vastutuse punkt', 'vastutuse punkti'],
	tools: ['töövahendite lõik', 'töövahendite lõiku'],
	revisionPolicy: ['muutmise korra punkt', 'muutmise korra punkti'],
	requirements: ['nõue', 'nõuet'],
	competencies: ['kompetents', 'kompetentsi'],
	competencyNotes: ['kompetentside märkus', 'kompetentside märkust'],
} as const;

export type DiffCategory = keyof typeof DIFF_CATEGORIES;
export type DiffCounts = Record<DiffCategory, Record<ChangeKind, number>> & {
	/** General fields by summary name. */
	fields: Record<ChangeKind, string[]>;
};

/** Turns ids into names with the current model; ids the model no longer has are shown as they are. */
export interface DiffNames {
	unit(id: string): string;
	position(id: string): string;
	/** Stable key of a competency label: its catalogue id where the catalogue knows the name. */
	competencyKey(label: string): string;
}
