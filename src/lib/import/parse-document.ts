/**
 * Extracted text → the document's parts in its own wording (DraftDocument). No ids yet: mapping
 * names to content happens in map-document.ts.
 */
import { parseCompetencies, type IsCompetencyName } from './competencies.ts';
import { parseDuties } from './duties.ts';
import { ImportFailure } from './failure.ts';
import { parseGeneral, readLabels } from './general.ts';
import { normalizeText } from './lines.ts';
import { parseFreeText, parseList, REVISION_SENTENCE, type ParsedList } from './lists.ts';
import {
	cutOff,
	documentSectionNumbers,
	hasPart,
	splitRightsAndResponsibilities,
} from './document-parts.ts';
import { importMessages } from './messages.ts';
import { readPreamble } from './preamble.ts';
import { parseRequirements } from './requirements.ts';
import { splitSections, type SectionKey } from './sections.ts';
import { clean, joinParagraphs } from './text.ts';
import type { DraftDocument, DraftListSection } from './types.ts';

const PART_NAMES: Partial<Record<SectionKey, string>> = {
	general: '1. Üldosa',
	duties: 'Tööülesanded',
	rights: 'Õigused',
	responsibilities: 'Vastutus',
};

export function parseDocument(text: string, isCompetencyName: IsCompetencyName): DraftDocument {
	const normalized = normalizeText(text);
	const split = splitSections(normalized.lines, normalized.spaceBullets);
	const { layout, sections } = split;
	let { preamble } = split;
	// Labels straight after the heading block, without an "Üldosa" heading (other agencies' forms).
	if (!sections.some((section) => section.key === 'general')) {
		const first = preamble.findIndex(
			(line) => !line.bullet && readLabels(line.text).fields.length > 0,
		);
		if (first >= 0) {
			sections.unshift({
				key: 'general',
				number: 0,
				heading: '',
				lines: preamble.slice(first),
			});
			preamble = preamble.slice(0, first);
		}
	}
	const recognised = sections.some(
		(section) => section.key === 'general' || section.key === 'duties',
	);
	if (!recognised) throw new ImportFailure(importMessages.notJobDescription());

	const document: DraftDocument = {
		layout,
		general: {},
		duties: [],
		rights: { items: [] },
		responsibilities: { items: [] },
		tools: [],
		revisionPolicy: [],
		requirements: { additional: [] },
		competencies: { core: [], additional: [], notes: [] },
		preamble: clean(preamble.map((line) => line.text).join(' ')),
		unplaced: [],
		report: [...normalized.report],
		...cutOff(sections),
	};
	const attention = (field: string, message: string) =>
		document.report.push({ severity: 'attention', field, message });
	const unplace = (where: string, texts: readonly string[]) => {
		for (const text of texts) {
			document.unplaced.push(text);
			attention(where, importMessages.unplaced(text));
		}
	};
	const setList = (key: 'rights' | 'responsibilities', list: ParsedList, where: string) => {
		const { trailing, ...section } = list;
		document[key] = mergeList(document[key], section);
		for (const paragraph of trailing) {
			if (REVISION_SENTENCE.test(paragraph)) {
				document.revisionPolicy.push(paragraph);
				document.report.push({
					severity: 'info',
					field: where,
					message: importMessages.revisionFromTrailing(paragraph),
				});
			} else unplace(where, [paragraph]);
		}
	};

	const heading = readPreamble(document.preamble, preamble);
	if (heading.title !== undefined) document.headingTitle = heading.title;
	if (heading.rest !== '') unplace('päis', [heading.rest]);

	for (const section of sections) {
		switch (section.key) {
			case 'general': {
				const general = parseGeneral(section.lines);
				document.general = { ...document.general, ...general.general };
				document.report.push(...general.report);
				unplace('Üldosa', general.unplaced);
				break;
			}
			case 'purpose':
				document.general.purpose = joinParagraphs(section.lines).join('\n');
				break;
			case 'duties': {
				const duties = parseDuties(section.lines, {
					sectionNumber: section.number,
					spaceBullets: normalized.spaceBullets,
				});
				// Plain "1.", "2." under an unnumbered heading: the file's format numbers duties
				// "part.item".
				const part = sections.indexOf(section) + 1;
				const renumbered = duties.duties.map((duty) =>
					duty.number.includes('.')
						? duty
						: { ...duty, number: `${part}.${duty.number}` },
				);
				if (renumbered.some((duty, index) => duty !== duties.duties[index]))
					document.report.push({
						severity: 'info',
						field: 'Tööülesanded',
						message: importMessages.dutiesRenumbered(part),
					});
				document.duties.push(...renumbered);
				document.report.push(...duties.report);
				unplace('Tööülesanded', duties.unplaced);
				break;
			}
			case 'rights':
				setList('rights', parseList(section.lines), 'Õigused');
				break;
			case 'responsibilities':
				setList('responsibilities', parseList(section.lines), 'Vastutus');
				break;
			case 'rightsAndResponsibilities': {
				const { rights, responsibilities, before } = splitRightsAndResponsibilities(
					section.lines,
				);
				unplace('Õigused ja vastutus', joinParagraphs(before));
				setList('rights', parseList(rights), 'Õigused');
				setList('responsibilities', parseList(responsibilities), 'Vastutus');
				break;
			}
			case 'tools':
				document.tools.push(...parseFreeText(section.lines));
				break;
			case 'special': {
				// "VALVEAEG" as a part of its own: kept with its heading beside the special
				// conditions.
				const label = clean(section.heading.replace(/^\d+\.\s*/u, '').replace(/:$/u, ''));
				const name = label.charAt(0) + label.slice(1).toLocaleLowerCase('et');
				const text = `${name}: ${joinParagraphs(section.lines).join(' ')}`;
				const before = document.general.specialConditions;
				document.general.specialConditions =
					before === undefined ? text : `${before} ${text}`;
				break;
			}
			case 'revision':
				document.revisionPolicy.push(...parseFreeText(section.lines));
				break;
			case 'requirements':
			case 'competencies': {
				const parsed = parseRequirements(
					section.lines,
					layout === 'tabular',
					section.key === 'competencies' ? 'coreCompetencies' : undefined,
				);
				document.requirements = mergeRequirements(
					document.requirements,
					parsed.requirements,
				);
				unplace('Nõuded', joinParagraphs(parsed.unplaced));
				const core = parseCompetencies(parsed.coreCompetencies, isCompetencyName);
				const additional = parseCompetencies(
					parsed.additionalCompetencies,
					isCompetencyName,
				);
				document.competencies.core.push(...core.items);
				document.competencies.additional.push(...additional.items);
				document.competencies.notes.push(...core.notes, ...additional.notes);
				break;
			}
		}
	}
	const numbers = documentSectionNumbers(sections);
	if (numbers) document.sectionNumbers = numbers;
	for (const key of ['general', 'duties', 'rights', 'responsibilities'] as const) {
		if (!hasPart(sections, key))
			attention(PART_NAMES[key] ?? key, importMessages.missingPart(PART_NAMES[key] ?? key));
	}
	return document;
}

function mergeList(a: DraftListSection, b: DraftListSection): DraftListSection {
	const lead = a.lead ?? b.lead;
	return { ...(lead === undefined ? {} : { lead }), items: [...a.items, ...b.items] };
}

function mergeRequirements(
	a: DraftDocument['requirements'],
	b: DraftDocument['requirements'],
): DraftDocument['requirements'] {
	// Keys in the order the document gives them (a's, then b's new ones); an empty list holds no
	// place.
	const filled = (requirements: DraftDocument['requirements']) =>
		(Object.keys(requirements) as (keyof DraftDocument['requirements'])[]).filter((key) => {
			const value = requirements[key];
			return Array.isArray(value) ? value.length > 0 : value !== undefined;
		});
	const merged = {} as DraftDocument['requirements'];
	for (const key of new Set([...filled(a), ...filled(b)])) {
		if (key === 'additional') merged.additional = [...a.additional, ...b.additional];
		else merged[key] = [a[key], b[key]].filter((text) => text !== undefined).join('\n');
	}
	merged.additional ??= [];
	return merged;
}
