/**
 * Real-world layouts (tests/fixtures/import/layouts, invented wording in the layouts of published
 * job descriptions): nothing is refused whole, a directive gives one file per annex, a cut-off text
 * becomes a draft without invented content, and the evaluation's shares stay at what was measured.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluateSet, totals, type ImportFn } from '../../src/lib/import/evaluate.ts';
import { extractBytes } from '../../src/lib/import/extract.ts';
import { importDocument } from '../../src/lib/import/import-document.ts';
import {
	classifyHeadingText,
	FIELD_LABELS,
	nominativeTitle,
	parseVocabulary,
} from '../../src/lib/import/labels.ts';
import { importMessages } from '../../src/lib/import/messages.ts';
import { buildPdfFromText } from '../fixtures/import/build.ts';
import { projectRoot } from '../helpers.ts';
import { fullContext } from './helpers.ts';

const layouts = join(projectRoot, 'tests/fixtures/import/layouts');
const read = (name: string) => readFileSync(join(layouts, name), 'utf8');
const importFn: ImportFn = (text, options) =>
	importDocument(text, fullContext(), options).annexes.flatMap((annex) =>
		annex.imported === undefined ? [] : [annex.imported],
	);

describe('evaluation sets', () => {
	test.each(['tuning', 'blind'])(
		'%s: every document yields a file, header fields ≥ 95 %%',
		(name) => {
			const set = evaluateSet(name, join(layouts, name), importFn);
			const t = totals(set);
			expect(set.documents.filter((document) => document.crashed)).toEqual([]);
			expect(t.descriptionsWithFile).toBe(t.descriptions);
			expect(t.fieldsRight / t.fieldsTotal).toBeGreaterThanOrEqual(0.95);
			expect(t.draftsRight).toBe(t.draftsTotal);
		},
	);

	test('tuning: every duty, result and requirement line reaches the file in order', () => {
		const t = totals(evaluateSet('tuning', join(layouts, 'tuning'), importFn));
		expect(t.linesKept).toBe(t.linesTotal);
	});
});

describe('directives with several annexes', () => {
	const document = importDocument(read('tuning/t02-ska-directive-annexes.txt'), fullContext());

	test('one file per annex, each with the directive date and number', () => {
		expect(document.annexes.map((annex) => annex.annex)).toEqual([1, 2, 3]);
		expect(
			document.annexes.map((annex) => [
				annex.imported?.position.frontmatter.title,
				annex.imported?.position.frontmatter.approval,
			]),
		).toEqual([
			['Nõunik', { date: '2025-06-02', directive: '88', approverRole: 'peadirektor' }],
			[
				'Juhtivspetsialist (tegevusload)',
				{ date: '2025-06-02', directive: '88', approverRole: 'peadirektor' },
			],
			[
				'Peaspetsialist (kaebused)',
				{ date: '2025-06-02', directive: '88', approverRole: 'peadirektor' },
			],
		]);
	});

	test('repealed directives are reported, with the positions they approved', () => {
		expect(document.report.map((item) => [item.severity, item.message])).toEqual([
			['info', importMessages.directiveFound('2025-06-02', '88', 3)],
			[
				'attention',
				importMessages.repealsPositions('2023-03-26', '57', [
					'content/positions/oiguse-ja-jarelevalve-osakond/jarelevalve-juhtivspetsialist.md',
				]),
			],
			['info', importMessages.repealsUnknown('2024-01-11', '6')],
		]);
	});

	test('an annex heading of another register ("… käskkirja „…“ lisa 3", date and number)', () => {
		const [annex] = importDocument(
			read('tuning/t03-heading-title-kellele-allub.txt'),
			fullContext(),
		).annexes;
		expect(annex.imported?.position.frontmatter.approval).toEqual({
			date: '2025-02-12',
			directive: '2.1-4/25-7',
		});
		expect(annex.imported?.position.unplaced).toEqual([]);
	});
});

describe('never all or nothing', () => {
	test('a cut-off text gives a draft with what is there and nothing more', () => {
		const [annex] = importDocument(read('tuning/t06-cutoff.txt'), fullContext()).annexes;
		const position = annex.imported?.position;
		expect(position?.frontmatter.status).toBe('eelnõu');
		expect(position?.frontmatter.purpose).toBe(
			'Ameti väikeostude ja lihthangete korraldamine ning lepingute',
		);
		expect(position?.body.duties).toEqual([
			{ number: '2.1', text: ['Korraldab väikeostud ja koostab nende kohta'], results: [] },
		]);
		expect(position?.report.some((item) => item.field === 'status')).toBe(true);
	});

	test('without a title: refused with a hint to --title, imported with it', () => {
		const text = read('tuning/t07-no-title.txt');
		const [refused] = importDocument(text, fullContext()).annexes;
		expect(refused.failure).toBe(importMessages.titleMissing());
		expect(refused.failure).toContain('--title');
		const [given] = importDocument(text, fullContext(), { title: 'Arendusjuht' }).annexes;
		expect(given.imported?.position.frontmatter.title).toBe('Arendusjuht');
		expect(given.imported?.position.frontmatter.unit).toBe('arendusosakond');
		expect(given.imported?.position.report).toContainEqual({
			severity: 'info',
			field: 'title',
			message: importMessages.titleFromOption('Arendusjuht'),
		});
	});

	test('a title only in the heading block is turned into the nominative, and reported', () => {
		const [annex] = importDocument(
			read('tuning/t03-heading-title-kellele-allub.txt'),
			fullContext(),
		).annexes;
		expect(annex.imported?.position.frontmatter.title).toBe('Teemeister');
		expect(annex.imported?.position.report).toContainEqual({
			severity: 'info',
			field: 'title',
			message: importMessages.titleFromHeading('TEEMEISTRI', 'Teemeister'),
		});
	});

	test('a text with no label and no part is not a job description', () => {
		const [annex] = importDocument(
			'Lugupeetud kolleegid!\nKohvimasin on remondis kuni reedeni.\n',
			fullContext(),
		).annexes;
		expect(annex.failure).toBe(importMessages.notJobDescription());
	});

	test('a directive cut off before its first annex says so', () => {
		const text =
			'KÄSKKIRI\n07.01.2026 nr 1\nAmetijuhendite kinnitamine\n1. Kinnitan ametijuhendid vastavalt lisadele 1-2.\n' +
			'2. Tunnistan kehtetuks peadirektori 23.12.2024 käskkirja nr 192.\nKINNITATUD Sotsiaalkindlustusameti peadirektori\n07.01.2026 käskkirj\n';
		const document = importDocument(text, fullContext());
		expect(document.annexes.map((annex) => annex.failure)).toEqual([
			importMessages.directiveWithoutAnnexes(),
		]);
		expect(document.report.map((item) => item.message)).toContain(
			importMessages.repealsUnknown('2024-12-23', '192'),
		);
	});
});

describe('a directive as a PDF', () => {
	test('gives the same descriptions as its text, page footers removed', async () => {
		const text = read('tuning/t02-ska-directive-annexes.txt');
		const extracted = await extractBytes(await buildPdfFromText(text), '.pdf');
		const fromPdf = importDocument(extracted.text, fullContext());
		const fromText = importDocument(text, fullContext());
		const summary = (document: typeof fromPdf) =>
			document.annexes.map((annex) => ({
				frontmatter: annex.imported?.position.frontmatter,
				body: annex.imported?.position.body,
				unplaced: annex.imported?.position.unplaced,
			}));
		expect(summary(fromPdf)).toEqual(summary(fromText));
	});
});

describe('found on the blind set, fixed after it was measured', () => {
	const header = (lines: string[]) =>
		importDocument(['AMETIJUHEND', '1. Üldosa', ...lines].join('\n'), fullContext()).annexes[0]
			.imported?.position;

	test('a label cut off at the end of the text is not taken for the previous value', () => {
		const position = header([
			'Struktuuriüksus Arendusosakond',
			'Teenistuskoht Analüütik',
			'Teenistuja asendab -',
			'Teenistuja asend',
		]);
		expect(position?.header.substitutes).toBeUndefined();
		expect(position?.frontmatter.status).toBe('eelnõu');
	});

	test('a private-use bullet between a duty number and its text', () => {
		const position = header([
			'Struktuuriüksus Arendusosakond',
			'Teenistuskoht Analüütik',
			'2. Peamised teenistusülesanded',
			'2.1 \uf0a7 Seirab registrite andmeid.',
			'2.2 Koostab kavad.',
		]);
		expect(position?.body.duties.map((duty) => [duty.number, duty.text])).toEqual([
			['2.1', ['Seirab registrite andmeid.']],
			['2.2', ['Koostab kavad.']],
		]);
	});
});

describe('labels.yaml', () => {
	test('a row with an unknown field is refused with its place', () => {
		expect(() =>
			parseVocabulary(
				'fields:\n  - { label: otsene juht, field: boss }\nsections: []\ntableHeaders: []\ngenitiveEndings: []\nemptyValues: []\n',
			),
		).toThrow(/^labels\.yaml: fields\.0\.field: /u);
	});

	test('a label HR adds is recognised without code changes', () => {
		expect(FIELD_LABELS.map((row) => row.label)).toContain('kellele allub');
		expect(classifyHeadingText('TEENISTUSKOHA ÜLESANDED JA TULEMUSED')).toBe('duties');
		expect(nominativeTitle('PEASPETSIALISTI')).toBe('Peaspetsialist');
	});
});
