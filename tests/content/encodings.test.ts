import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { extractBytes } from '../../src/lib/import/extract.ts';
import { decodeContent } from '../../src/lib/content/parse-file.ts';
import { projectRoot } from '../helpers.ts';

const TODAY = '2026-11-22';
const FILES = [
	'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md',
	'content/units/jarelevalve-talitus.yaml',
	'content/competencies/koostoovoime.yaml',
];

/** Ways editors write the same valid text: a byte order mark, Windows line ends, decomposed letters. */
const VARIANTS: Record<string, (text: string) => string> = {
	bom: (text) => `\uFEFF${text}`,
	crlf: (text) => text.replace(/\n/g, '\r\n'),
	nfd: (text) => text.normalize('NFD'),
	'bom + crlf + nfd': (text) => `\uFEFF${text.normalize('NFD').replace(/\n/g, '\r\n')}`,
};

const roots: string[] = [];
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('valid files written differently are accepted as they are', () => {
	const original = loadContent({ root: projectRoot, today: TODAY });
	const entry = (content: typeof original, file: string) =>
		[...content.model.positions.values(), ...content.model.units.values(), ...content.model.competencies.values()].find(
			(value) => value.filePath === file,
		);

	test('the test files have letters that NFD decomposes', () => {
		for (const file of FILES) expect(readFileSync(join(projectRoot, file), 'utf8').normalize('NFD'), file).not.toBe(readFileSync(join(projectRoot, file), 'utf8'));
	});

	test.each(Object.entries(VARIANTS))('%s: no problems, and the same value as the original', (_name, variant) => {
		const root = mkdtempSync(join(tmpdir(), 'ska-encodings-'));
		roots.push(root);
		cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
		for (const file of FILES) writeFileSync(join(root, file), variant(readFileSync(join(projectRoot, file), 'utf8')));
		const changed = loadContent({ root, today: TODAY });
		expect(changed.problems.filter((problem) => FILES.includes(problem.file))).toEqual([]);
		for (const file of FILES) expect(entry(changed, file), file).toEqual(entry(original, file));
	});

	test('the importer reads decomposed text as NFC too', async () => {
		const { text } = await extractBytes(new TextEncoder().encode('ÕIGUSED ja vastutus'.normalize('NFD')), '.txt');
		expect(text).toBe('ÕIGUSED ja vastutus');
	});

	test('decodeContent gives NFC text with LF line ends and no BOM', () => {
		const bytes = new TextEncoder().encode('\uFEFF## O\u0303igused\r\nrida\r');
		expect(decodeContent(bytes, 'x.md')).toEqual({ text: '## Õigused\nrida\n' });
	});
});
