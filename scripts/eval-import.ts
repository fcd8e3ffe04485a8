/**
 * Measures the importer on the evaluation sets (see src/lib/import/evaluate.ts):
 *   npm run eval:import -- [--set name=folder …] [--verbose]
 * Default sets: the fixtures' tuning and blind folders (tests/fixtures/import/layouts). Prints per
 * set the share of documents that yield a file, of header fields read right and of duty, result and
 * requirement lines kept. A developer tool: its output is English.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load.ts';
import { evaluateSet, totals, type ImportFn } from '../src/lib/import/evaluate.ts';
import { importDocument } from '../src/lib/import/import-document.ts';
import { contextFromModel } from '../src/lib/import/mapping-context.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
	options: {
		set: { type: 'string', multiple: true },
		verbose: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log('Usage: npm run eval:import -- [--set name=folder …] [--verbose]');
	process.exit(0);
}
const layouts = join(root, 'tests/fixtures/import/layouts');
const sets = (
	values.set ?? [`tuning=${join(layouts, 'tuning')}`, `blind=${join(layouts, 'blind')}`]
).map((spec) => {
	const [name, ...folder] = spec.split('=');
	return { name, folder: folder.join('=') };
});

const context = contextFromModel(loadContent({ root, today: '2026-11-22' }).model);
const importFn: ImportFn = (text, options) =>
	importDocument(text, context, options).annexes.flatMap((annex) =>
		annex.imported === undefined ? [] : [annex.imported],
	);

const percent = (part: number, whole: number) =>
	whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
for (const { name, folder } of sets) {
	const set = evaluateSet(name, folder, importFn);
	const t = totals(set);
	console.log(`${name}  (${folder})`);
	console.log(
		`  documents yielding a file  ${t.documentsWithFile}/${t.documents}  ${percent(t.documentsWithFile, t.documents)}` +
			`   descriptions ${t.descriptionsWithFile}/${t.descriptions}`,
	);
	console.log(
		`  header fields right        ${t.fieldsRight}/${t.fieldsTotal}  ${percent(t.fieldsRight, t.fieldsTotal)}`,
	);
	console.log(
		`  duty/result/req. lines kept ${t.linesKept}/${t.linesTotal}  ${percent(t.linesKept, t.linesTotal)}`,
	);
	console.log(`  cut-off texts as eelnõu    ${t.draftsRight}/${t.draftsTotal}`);
	if (values.verbose)
		for (const document of set.documents) {
			console.log(
				`  ${document.file}${document.crashed ? `  (refused: ${document.crashed})` : ''}`,
			);
			for (const line of document.wrong) console.log(`      ${line}`);
		}
	console.log('');
}
