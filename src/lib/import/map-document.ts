/**
 * DraftDocument (the document's wording) → a position in the project's format: ids for the unit,
 * manager, substitutes and competencies, structured requirements and approval. Whatever cannot be
 * mapped stays as text in a YAML comment and is listed in the report.
 */
import type { PositionFrontmatterInput } from '../../../schemas/position.ts';
import { parseApproval, reviewInterval, type Approval } from './interpret.ts';
import { mapIdentity } from './map-identity.ts';
import { mapPeople } from './map-people.ts';
import { mapCompetencies, mapRequirements } from './map-requirements.ts';
import { importMessages } from './messages.ts';
import { createReporter } from './reporter.ts';
import type { MappingContext } from './mapping-context.ts';
import type {
	DraftDocument,
	DraftDuty,
	DraftListSection,
	FieldComment,
	ReportItem,
} from './types.ts';

export { positionPath } from './map-identity.ts';

export interface ImportedPosition {
	id: string;
	/** Department folder (osakond id) under content/positions. */
	folder: string;
	frontmatter: PositionFrontmatterInput;
	body: {
		duties: DraftDuty[];
		rights: DraftListSection;
		responsibilities: DraftListSection;
		tools: string[];
		revisionPolicy: string[];
	};
	comments: FieldComment[];
	/**
	 * Document text that was not placed anywhere; written as a comment at the top of the
	 * frontmatter.
	 */
	unplaced: string[];
	report: ReportItem[];
	/**
	 * The header fields in the document's own wording, as read (for the report and the evaluation).
	 */
	header: ReadHeader;
}

/** Header fields as the document words them; a field the document does not give is absent. */
export interface ReadHeader {
	title?: string;
	unit?: string;
	manager?: string[];
	substitutedBy?: string[];
	substitutes?: string[];
	purpose?: string;
	approval?: { date?: string; directive?: string };
}

export interface MapOptions {
	/** The whole extracted text, searched for the approval line wherever it stands. */
	sourceText: string;
	/** The directive the document is an annex of, when its own text names no approval. */
	directive?: Approval;
	/** --title / --unit for a document that does not name them. */
	title?: string;
	unit?: string;
}

export function mapDocument(
	draft: DraftDocument,
	context: MappingContext,
	{ sourceText, directive, title, unit }: MapOptions,
): ImportedPosition {
	const reporter = createReporter(draft.report);
	const { general } = draft;
	const identity = mapIdentity(general, context, reporter, {
		...(draft.headingTitle === undefined ? {} : { headingTitle: draft.headingTitle }),
		...(title === undefined ? {} : { title }),
		...(unit === undefined ? {} : { unit }),
	});
	if (draft.cutOff !== undefined)
		reporter.attention('status', importMessages.cutOffDraft(draft.cutOff));
	const people = mapPeople(
		general,
		{
			...(identity.unitId === undefined ? {} : { unitId: identity.unitId }),
			ownId: identity.id,
			ownTitle: identity.title,
		},
		context,
		reporter,
	);

	let group: PositionFrontmatterInput['group'];
	if (general.group !== undefined) {
		const value = general.group.toLocaleLowerCase('et').trim();
		if (value === 'ametnik' || value === 'töötaja') group = value;
		else
			reporter.todo(
				'group',
				importMessages.groupUnknown(general.group),
				`ametikoha grupp dokumendis: "${general.group}"`,
			);
	}
	if (general.subordinates !== undefined)
		reporter.info('', importMessages.subordinatesSkipped(general.subordinates));

	const approval = parseApproval(sourceText) ?? directive;
	const revisionText = draft.revisionPolicy.join(' ');
	const interval = reviewInterval(revisionText);
	if (interval === undefined && revisionText !== '')
		reporter.info('reviewIntervalMonths', importMessages.reviewIntervalUnknown(revisionText));

	const frontmatter: PositionFrontmatterInput = {
		title: identity.title,
		unit: identity.unit,
		...(people.manager === undefined ? {} : { manager: people.manager }),
		substitutedBy: people.substitutedBy,
		substitutes: people.substitutes,
		status: draft.cutOff === undefined ? 'kehtiv' : 'eelnõu',
		...(group === undefined ? {} : { group }),
		...(general.purpose === undefined ? {} : { purpose: general.purpose }),
		...(general.specialConditions === undefined
			? {}
			: { specialConditions: general.specialConditions }),
		...(draft.sectionNumbers === undefined ? {} : { sectionNumbers: draft.sectionNumbers }),
		requirements: mapRequirements(draft.requirements, reporter),
		competencies: mapCompetencies(draft.competencies, context, reporter),
		...(approval === undefined ? {} : { approval }),
		...(approval?.date === undefined ? {} : { lastReviewed: approval.date }),
		reviewIntervalMonths: interval ?? 12,
	};
	const { duties, rights, responsibilities, tools, revisionPolicy } = draft;
	return {
		id: identity.id,
		folder: identity.folder,
		frontmatter,
		body: { duties, rights, responsibilities, tools, revisionPolicy },
		comments: reporter.comments,
		unplaced: [...draft.unplaced, ...people.unplaced],
		report: reporter.items,
		header: {
			title: identity.title,
			...(identity.unitText === '' ? {} : { unit: identity.unitText }),
			...people.texts,
			...(general.purpose === undefined ? {} : { purpose: general.purpose }),
			...(approval === undefined ? {} : { approval }),
		},
	};
}
