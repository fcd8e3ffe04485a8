import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadContent, type LoadedContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/content/model.ts';
import { parseDuties } from '../../src/lib/import/duties.ts';
import { normalizeText } from '../../src/lib/import/lines.ts';
import { contextFromModel, type MappingContext } from '../../src/lib/import/mapping-context.ts';
import { projectRoot } from '../helpers.ts';

export const SEEDS = [
	{
		seed: '000_eff4cbddb36525bf.txt',
		file: 'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md',
	},
	{
		seed: '001_66eb09bddfbe9f6b.txt',
		file: 'content/positions/oiguse-ja-jarelevalve-osakond/jarelevalve-juhtivspetsialist.md',
	},
	{
		seed: '002_5be523b0dc283d67.txt',
		file: 'content/positions/finants-ja-haldusosakond/haldusspetsialist.md',
	},
	{
		seed: '003_98af8cde75bf8c02.txt',
		file: 'content/positions/arendusosakond/peaspetsialist-kasutaja-tugi.md',
	},
	{
		seed: '004_cccb7aed7b961e8a.txt',
		file: 'content/positions/ohvriabi-osakond/ekspert-kvaliteet-ja-seire.md',
	},
] as const;

export function readSeed(seed: string): string {
	return readFileSync(join(projectRoot, 'tests/fixtures/seeds', seed), 'utf8');
}

let cached: LoadedContent | undefined;
/** The committed content, loaded once per test file. */
export function content(): LoadedContent {
	cached ??= loadContent({ root: projectRoot, today: '2026-11-22' });
	return cached;
}

export function fullContext(): MappingContext {
	return contextFromModel(content().model);
}

/** The content as it would be without some position files (units and catalogue unchanged). */
export function contextWithout(files: readonly string[]): MappingContext {
	const { model } = content();
	return contextFromModel(
		buildModel({
			positions: [...model.positions.values()].filter(
				(position) => !files.includes(position.filePath),
			),
			units: [...model.units.values()],
			competencies: [...model.competencies.values()],
		}),
	);
}

/** Paths (dotted) where two parsed values differ, with both values. */
export function differences(
	actual: unknown,
	expected: unknown,
	path = '',
): { path: string; actual: unknown; expected: unknown }[] {
	if (isDeepStrictEqual(actual, expected)) return [];
	if (
		actual !== null &&
		expected !== null &&
		typeof actual === 'object' &&
		typeof expected === 'object'
	) {
		const a = actual as Record<string, unknown>;
		const b = expected as Record<string, unknown>;
		return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((key) =>
			differences(a[key], b[key], path === '' ? key : `${path}.${key}`),
		);
	}
	return [{ path, actual, expected }];
}

/** Private-use bullet characters PDF extraction leaves where Wingdings bullets were. */
export const WINGDINGS = '\uF0A7';
export const WINGDINGS_SMALL = '\uF0B7';

/** The clean lines of an extracted text. */
export const lines = (text: string) => normalizeText(text).lines;

/** The duties part of an extracted text, as parseDocument reads it. */
export const duties = (text: string, sectionNumber = 3) => {
	const normalized = normalizeText(text);
	return parseDuties(normalized.lines, { sectionNumber, spaceBullets: normalized.spaceBullets });
};
