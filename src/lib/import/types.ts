/**
 * Shared shapes of the importer: the normalised line model, the document as read from the text
 * (before any mapping to ids) and the report items that tell a human what to check.
 */
import type { PositionFrontmatterInput } from '../../../schemas/position.ts';

/** One non-blank line of the extracted text after artefact clean-up. */
export interface Line {
	/** Text without the bullet marker, trimmed. */
	text: string;
	/** Started with a bullet (Wingdings, "•", or a lost bullet shown as a leading space). */
	bullet: boolean;
	/** Blank lines directly before this one (page breaks leave several). */
	gap: number;
	/**
	 * The line ended in two or more spaces: the PDF producer leaves that at the end of a paragraph,
	 * while a hard wrap leaves one space.
	 */
	paragraphEnd: boolean;
	/** The text has one paragraph per line (DOCX): a line never continues the previous one. */
	paragraph: boolean;
}

/** Needs a human (counted in the summary) or only says what the importer did. */
export type ReportSeverity = 'attention' | 'info';

export interface ReportItem {
	severity: ReportSeverity;
	/** Frontmatter field or body section the item concerns; empty for the whole document. */
	field: string;
	message: string;
}

/** A duty as read from the flattened duty/result table. */
export interface DraftDuty {
	/** Number as in the document without the trailing dot, e.g. "3.1.1". */
	number: string;
	/** Paragraphs of the duty text. */
	text: string[];
	results: string[];
}

export interface DraftListSection {
	lead?: string;
	items: string[];
}

/** A competency entry as written in the document, before the catalogue lookup. */
export interface DraftCompetency {
	name: string;
	indicators: string[];
}

export type PersonField = 'manager' | 'substitutedBy' | 'substitutes';

/** Section 1 (Üldosa) as text, in either layout. */
export interface DraftGeneral {
	title?: string;
	unit?: string;
	manager?: string;
	substitutedBy?: string;
	substitutes?: string;
	/**
	 * Columns of people (manager, substitutes) flattened into one stream, as chunks; the mapping
	 * step tells the titles apart.
	 */
	people?: { fields: PersonField[]; chunks: string[] };
	/**
	 * Title and unit flattened into one stream, as chunks; the mapping step finds the unit name.
	 */
	titleAndUnit?: string[];
	purpose?: string;
	group?: string;
	specialConditions?: string;
	subordinates?: string;
}

/** Requirement texts by field, each already joined (sentences on their own lines). */
export interface DraftRequirements {
	education?: string;
	experience?: string;
	languages?: string;
	computerSkills?: string;
	knowledge?: string;
	personalQualities?: string;
	additional: string[];
}

/** The document as read from the text: every part still in the document's wording. */
export interface DraftDocument {
	layout: 'numbered' | 'tabular';
	general: DraftGeneral;
	duties: DraftDuty[];
	rights: DraftListSection;
	responsibilities: DraftListSection;
	tools: string[];
	revisionPolicy: string[];
	requirements: DraftRequirements;
	/**
	 * The document's own part numbers, when they are not the standard 1–8
	 * (content/document-form.ts).
	 */
	sectionNumbers?: Record<string, string>;
	competencies: { core: DraftCompetency[]; additional: DraftCompetency[]; notes: string[] };
	/** Text before section 1 (approval line, "AMETIJUHEND"), joined. */
	preamble: string;
	/** Text the importer could not place anywhere; it is kept in the output as a comment. */
	unplaced: string[];
	report: ReportItem[];
	/**
	 * The title in the genitive from a heading "AUTOJUHI AMETIJUHEND", when the header has none.
	 */
	headingTitle?: string;
	/** The text stops mid-way; this is its last line. The file becomes a draft (eelnõu). */
	cutOff?: string;
}

/** Top-level frontmatter keys in the order the committed files use. */
export const FRONTMATTER_ORDER = [
	'title',
	'unit',
	'manager',
	'substitutedBy',
	'substitutes',
	'status',
	'group',
	'stub',
	'purpose',
	'specialConditions',
	'sectionNumbers',
	'requirements',
	'competencies',
	'approval',
	'sourceUrl',
	'lastReviewed',
	'reviewIntervalMonths',
] as const satisfies readonly (keyof PositionFrontmatterInput)[];

export type FrontmatterKey = (typeof FRONTMATTER_ORDER)[number];

/**
 * A YAML comment to write before a field (or, with a path, before an item inside it), e.g. a TODO.
 */
export interface FieldComment {
	field: FrontmatterKey;
	/** Within the field: ['core', 2] for the third core competency. */
	path?: (string | number)[];
	text: string;
}
