/**
 * A folder as input: every .txt, .docx and .pdf in it is imported, a bad file gets a one-line
 * Estonian reason and the batch goes on, and a directive's annexes become rows of their own.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, expect, test } from 'vitest';
import { importMessages } from '../../src/lib/import/messages.ts';
import { formatSummary, formatTable } from '../../src/lib/import/report.ts';
import { runImport } from '../../src/lib/import/run.ts';
import { buildEncryptedPdf } from '../fixtures/import/build.ts';
import { projectRoot } from '../helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'import-batch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a folder of good and bad files: reasons in one line, the rest imported', async () => {
	const folder = join(root, 'sisse');
	mkdirSync(join(folder, 'alamkaust'), { recursive: true });
	const layouts = join(projectRoot, 'tests/fixtures/import/layouts/tuning');
	cpSync(join(layouts, 't02-ska-directive-annexes.txt'), join(folder, 'kaskkiri.txt'));
	cpSync(join(layouts, 't01-ska-new-single.txt'), join(folder, 'alamkaust', 'uks.txt'));
	writeFileSync(join(folder, 'tuhi.txt'), '  \n\n');
	writeFileSync(join(folder, 'kiri.txt'), 'Tere!\nKohtume reedel.\n');
	writeFileSync(join(folder, 'markmed.odt'), 'not imported: not a supported type');
	writeFileSync(join(folder, 'kaitstud.pdf'), await buildEncryptedPdf());
	const scanned = await PDFDocument.create();
	scanned.addPage();
	writeFileSync(join(folder, 'skaneeritud.pdf'), await scanned.save());

	const progress: string[] = [];
	const result = await runImport({
		inputs: ['sisse'],
		cwd: root,
		root: projectRoot,
		out: join(root, 'valja'),
		dryRun: false,
		force: false,
		today: '2026-01-01',
		onStart: (input, index, total) => progress.push(`[${index + 1}/${total}] ${input}`),
	});

	expect(progress).toEqual([
		'[1/6] sisse/alamkaust/uks.txt',
		'[2/6] sisse/kaitstud.pdf',
		'[3/6] sisse/kaskkiri.txt',
		'[4/6] sisse/kiri.txt',
		'[5/6] sisse/skaneeritud.pdf',
		'[6/6] sisse/tuhi.txt',
	]);
	expect(
		result.outcomes.map((outcome) => [outcome.input, outcome.failure ?? outcome.action]),
	).toEqual([
		['sisse/alamkaust/uks.txt', 'written'],
		['sisse/kaitstud.pdf', importMessages.pdfEncrypted()],
		['sisse/kaskkiri.txt (lisa 1)', 'written'],
		['sisse/kaskkiri.txt (lisa 2)', 'written'],
		['sisse/kaskkiri.txt (lisa 3)', 'written'],
		['sisse/kiri.txt', importMessages.notJobDescription()],
		['sisse/skaneeritud.pdf', importMessages.pdfNoText()],
		['sisse/tuhi.txt', importMessages.emptyText()],
	]);
	for (const outcome of result.outcomes)
		if (outcome.failure !== undefined) expect(outcome.failure).not.toContain('\n');
	// Annexes of one directive name each other: the second pass resolves them within the batch.
	const [, , first] = result.outcomes;
	expect(first.imported?.position.frontmatter.substitutedBy).toEqual([
		'juhtivspetsialist-tegevusload',
	]);
	expect(result.exitCode).toBe(1);
	expect(formatTable(result.outcomes)[0]).toMatch(/^fail\s+tunnus\s+välju/u);
	expect(formatSummary(result.outcomes)[0]).toBe(
		importMessages.summary(
			6,
			4,
			result.outcomes.filter((outcome) => outcome.attention > 0).length,
		),
	);
});

test('when nothing was written, the summary does not send the user to look for TODO', async () => {
	const folder = join(root, 'ainult-kiri');
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'kiri.txt'), 'Tere!\nKohtume reedel.\n');
	const result = await runImport({
		inputs: [folder],
		root: projectRoot,
		out: join(root, 'valja-2'),
		dryRun: false,
		force: false,
		today: '2026-01-01',
	});
	expect(result.exitCode).toBe(1);
	expect(formatSummary(result.outcomes)).toEqual([
		importMessages.summary(1, 0, 1),
		importMessages.howToFixNothingWritten(),
	]);
});
