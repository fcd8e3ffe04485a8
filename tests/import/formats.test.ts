/**
 * Input formats: a .docx (mammoth raw text: bullets and table cells flattened) and a text-layer
 * .pdf (unpdf), both generated at test time by tests/fixtures/import/build.ts, go through the same
 * text importer. Broken inputs give an Estonian message, not a stack trace.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractBytes, extractFile } from '../../src/lib/import/extract.ts';
import { ImportFailure } from '../../src/lib/import/failure.ts';
import { importText, type ImportedFile } from '../../src/lib/import/import-text.ts';
import { buildDocx, buildEncryptedPdf, buildPdf, EXPECTED } from '../fixtures/import/build.ts';
import { fullContext } from './helpers.ts';

describe.each([
	{ name: 'DOCX', extension: '.docx', build: buildDocx },
	{ name: 'PDF', extension: '.pdf', build: buildPdf },
])('$name input', ({ extension, build }) => {
	let imported: ImportedFile;
	let text: string;
	beforeAll(async () => {
		text = (await extractBytes(await build(), extension)).text;
		imported = importText(text, fullContext());
	});

	test('title, unit, manager and substitutes', () => {
		const { frontmatter } = imported.position;
		expect(frontmatter.title).toBe(EXPECTED.title);
		expect(frontmatter.unit).toBe(EXPECTED.unit);
		expect(frontmatter.manager).toBe(EXPECTED.manager);
		expect(frontmatter.substitutedBy).toEqual(EXPECTED.substitutes);
		expect(frontmatter.substitutes).toEqual(EXPECTED.substitutes);
		expect(imported.path).toBe('content/positions/teenuste-osakond/analuutik.md');
	});

	test('duties with their expected results', () => {
		expect(imported.position.body.duties).toEqual(
			EXPECTED.duties.map((duty) => ({
				number: duty.number,
				text: [duty.text],
				results: [...duty.results],
			})),
		);
	});

	test('rights, tools and the Estonian letters õ, š, ž', () => {
		expect(imported.position.body.rights).toEqual({
			lead: 'Omab õigust:',
			items: EXPECTED.rights,
		});
		expect(imported.position.body.tools).toEqual(EXPECTED.tools);
		expect(imported.markdown).toContain('šablooni');
		expect(imported.markdown).toContain('garaažis');
	});

	test('requirements and competencies', () => {
		const { requirements, competencies } = imported.position.frontmatter;
		expect(requirements?.education).toEqual(EXPECTED.education);
		expect(requirements?.experience?.years).toBe(EXPECTED.experienceYears);
		expect(requirements?.languages?.items).toEqual(EXPECTED.languages);
		expect(competencies?.core).toEqual(EXPECTED.core);
		expect(competencies?.additional).toEqual(EXPECTED.additional);
		expect(imported.position.frontmatter.reviewIntervalMonths).toBe(12);
	});

	test('needs no attention', () => {
		expect(imported.position.report.filter((item) => item.severity === 'attention')).toEqual(
			[],
		);
	});
});

test('the PDF keeps its page structure: two pages, the page number between them removed', async () => {
	const { text } = await extractBytes(await buildPdf(), '.pdf');
	expect(text).toContain('\f');
	expect(importText(text, fullContext()).position.report.map((item) => item.message)).toContain(
		'eemaldati 1 lehekülje numbri rida.',
	);
});

describe('unreadable inputs get an Estonian message', () => {
	let folder: string;
	beforeAll(() => {
		folder = mkdtempSync(join(tmpdir(), 'import-formats-'));
	});
	afterAll(() => rmSync(folder, { recursive: true, force: true }));

	const failure = async (promise: Promise<unknown>) => {
		const error = await promise.then(
			() => undefined,
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(ImportFailure);
		return (error as ImportFailure).message;
	};

	test('encrypted PDF', async () => {
		expect(await failure(extractBytes(await buildEncryptedPdf(), '.pdf'))).toMatch(
			/^PDF on parooliga kaitstud/u,
		);
	});

	test('a file that is not a PDF', async () => {
		expect(
			await failure(extractBytes(new TextEncoder().encode('see ei ole PDF'), '.pdf')),
		).toMatch(/^fail ei ole loetav PDF/u);
	});

	test('a file that is not a DOCX', async () => {
		expect(
			await failure(extractBytes(new TextEncoder().encode('see ei ole docx'), '.docx')),
		).toMatch(/^fail ei ole loetav Wordi dokument/u);
	});

	test('unsupported extension, missing file, folder, empty file', async () => {
		writeFileSync(join(folder, 'ametijuhend.doc'), 'x');
		writeFileSync(join(folder, 'tühi.txt'), ' \n\n');
		mkdirSync(join(folder, 'kaust.pdf'));
		expect(await failure(extractFile(join(folder, 'ametijuhend.doc')))).toMatch(
			/^failitüüp "\.doc" ei ole toetatud/u,
		);
		expect(await failure(extractFile(join(folder, 'puudub.txt')))).toBe(
			'faili ei ole. Kontrolli faili nime ja kausta.',
		);
		expect(await failure(extractFile(join(folder, 'kaust.pdf')))).toMatch(
			/^kaustas ei ole ühtki/u,
		);
		expect(await failure(extractFile(join(folder, 'tühi.txt')))).toBe('failis ei ole teksti.');
	});

	test('a text that is not a job description', () => {
		expect(() => importText('Tere!\nSee on lihtsalt kiri.\n', fullContext())).toThrow(
			/^see ei paista olevat ametijuhend/u,
		);
	});

	test('a Windows-1257 text file is read, with a note to check the letters', async () => {
		// "Õigus" in Windows-1257: Õ is 0xD5.
		const bytes = new Uint8Array([0xd5, 0x69, 0x67, 0x75, 0x73]);
		const extracted = await extractBytes(bytes, '.txt');
		expect(extracted.text).toBe('Õigus');
		expect(extracted.report.map((item) => item.severity)).toEqual(['attention']);
	});
});
