/**
 * The synonym list HR keeps (content/search/synonyms.yaml, schemas/synonyms.ts): words people type mapped
 * to the words the documents use. The build writes it as small JSON files by first letter (SYNONYMS_PATH) that
 * the search page loads for the letters of a query's words, so a change to the list needs no change to the pages (alternatives.ts `synonymQueries`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SynonymsSchema, type Synonyms } from '../../../schemas/synonyms.ts';
import { zodIssueMessage } from '../content/messages.ts';
import type { Problem } from '../content/problems.ts';
import { parseYamlSource } from '../content/yaml-source.ts';
import { foldWords } from './name-match.ts';
import type { SynonymMap } from './alternatives.ts';

/** The list's file, relative to the project root. */
export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

/** Reads and validates the list; a missing file is an empty list. */
export function readSynonyms(root: string): { synonyms: Synonyms; problems: Problem[] } {
	let text: string;
	try {
		text = readFileSync(join(root, SYNONYMS_FILE), 'utf8');
	} catch {
		return { synonyms: { synonyms: [] }, problems: [] };
	}
	const source = parseYamlSource(text, 1);
	const problem = (line: number, column: number, field: string, message: string): Problem => ({
		file: SYNONYMS_FILE,
		line,
		column,
		field,
		message,
		severity: 'error',
	});
	if (source.errors.length > 0)
		return {
			synonyms: { synonyms: [] },
			problems: source.errors.map((error) =>
				problem(error.line, error.column, '', error.message),
			),
		};
	const parsed = SynonymsSchema.safeParse(source.data, { error: zodIssueMessage });
	if (!parsed.success) {
		return {
			synonyms: { synonyms: [] },
			problems: parsed.error.issues.map((issue) => {
				const { line, column } = source.locate(issue.path);
				return problem(line, column, issue.path.join('.'), issue.message);
			}),
		};
	}
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	parsed.data.synonyms.forEach((entry, i) =>
		entry.words.forEach((word, j) => {
			const key = foldWords(word).join(' ');
			const first = seen.get(key);
			if (first !== undefined && first !== i) {
				const { line, column } = source.locate(['synonyms', i, 'words', j]);
				problems.push(
					problem(
						line,
						column,
						`synonyms.${i}.words.${j}`,
						`sõna "${word}" on juba kirjas kirjel ${first + 1}; jäta üks neist alles`,
					),
				);
			}
			seen.set(key, first ?? i);
		}),
	);
	return { synonyms: parsed.data, problems };
}

/** The list as the search page uses it: each typed word or phrase, folded, to the phrases it means. */
export function synonymMap(synonyms: Synonyms): SynonymMap {
	const map: SynonymMap = {};
	for (const entry of synonyms.synonyms)
		for (const word of entry.words) {
			const key = foldWords(word).join(' ');
			if (key !== '') map[key] = [...new Set([...(map[key] ?? []), ...entry.means])];
		}
	return map;
}
