import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import {
	CompetenciesFileSchema,
	competenciesFile,
	competencyPairRows,
	CSV_COLUMNS,
	CsvRowSchema,
	csvField,
	parseCsv,
	POSITION_CSV_COLUMNS,
	PositionCsvRowSchema,
	positionRows,
	PositionFileSchema,
	positionFile,
	positionIndexFile,
	PositionIndexFileSchema,
	PositionsFileSchema,
	positionsFile,
	toCsv,
	UnitsFileSchema,
	unitsFile,
	type OpenDataContext,
} from '../../src/lib/lifecycle/open-data.ts';
import { writePositionFiles } from '../../scripts/lib/build/open-data.ts';
import { projectRoot } from '../helpers.ts';

const { model } = loadContent({ root: projectRoot, today: '2026-01-01' });
const context: OpenDataContext = {
	model,
	generated: '2026-01-01',
	lastChanged: (id) => (id === 'haldusjuht' ? '2025-12-01' : undefined),
};

// The endpoints under src/pages/andmed/ return exactly these builders' output as JSON text; the files
// are written and read back so that what is checked is what a consumer parses.
const dir = mkdtempSync(join(tmpdir(), 'ska-open-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function roundTrip(name: string, data: unknown): unknown {
	writeFileSync(join(dir, name), `${JSON.stringify(data, null, '\t')}\n`);
	return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

describe('open data files from the real content validate against their schema', () => {
	test('positions.json', () => {
		const file = PositionsFileSchema.parse(roundTrip('positions.json', positionsFile(context)));
		expect(file.schemaVersion).toBe(1);
		expect(file.positions).toHaveLength(model.positions.size);
		expect(file.positions.map((p) => p.id)).toEqual([...model.positions.keys()].sort());
		const haldusjuht = file.positions.find((p) => p.id === 'haldusjuht')!;
		expect(haldusjuht.lastChanged).toBe('2025-12-01');
		expect(haldusjuht.url).toBe('/ametikohad/haldusjuht/');
		// Every reference resolves to a record of the other files.
		const units = new Set(unitsFile(context).units.map((u) => u.id));
		const competencies = new Set(competenciesFile(context).competencies.map((c) => c.id));
		for (const position of file.positions) {
			expect(units.has(position.unit), position.id).toBe(true);
			for (const competency of position.competencies)
				expect(competencies.has(competency.id), `${position.id} ${competency.id}`).toBe(
					true,
				);
		}
	});

	test('positions/<id>.json, split from positions.json after the build, and positions-index.json', () => {
		const site = join(dir, 'site');
		mkdirSync(join(site, 'andmed'), { recursive: true });
		writeFileSync(
			join(site, 'andmed/positions.json'),
			`${JSON.stringify(positionsFile(context), null, '\t')}\n`,
		);
		expect(writePositionFiles(site)).toBe(model.positions.size);
		for (const position of model.positions.values()) {
			const written = readFileSync(
				join(site, `andmed/positions/${position.id}.json`),
				'utf8',
			);
			expect(written).toBe(
				`${JSON.stringify(positionFile(position, context), null, '\t')}\n`,
			);
			PositionFileSchema.parse(JSON.parse(written));
		}
		const index = PositionIndexFileSchema.parse(
			roundTrip('positions-index.json', positionIndexFile(context)),
		);
		expect(index.positions).toHaveLength(model.positions.size);
	});

	test('competencies.json and units.json', () => {
		const competencies = CompetenciesFileSchema.parse(
			roundTrip('competencies.json', competenciesFile(context)),
		);
		expect(competencies.competencies).toHaveLength(model.competencies.size);
		expect(
			competencies.competencies.find((c) => c.id === 'kliendikesksus')?.positionCount,
		).toBeGreaterThan(0);
		const units = UnitsFileSchema.parse(roundTrip('units.json', unitsFile(context)));
		expect(units.units.filter((u) => u.parent === null).map((u) => u.kind)).toEqual(['amet']);
	});

	test('the schema rejects a file of another version or with an unknown field', () => {
		const file = positionsFile(context);
		expect(PositionsFileSchema.safeParse({ ...file, schemaVersion: 2 }).success).toBe(false);
		expect(
			PositionsFileSchema.safeParse({
				...file,
				positions: [{ ...file.positions[0], extra: 1 }],
			}).success,
		).toBe(false);
	});
});

describe('positions-competencies.csv', () => {
	const text = toCsv(competencyPairRows(positionsFile(context)));

	test('UTF-8 BOM, CRLF line ends, semicolons, header row', () => {
		expect(
			text.startsWith(
				'\uFEFFposition_id;position_title;unit_id;competency_id;group;label\r\n',
			),
		).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
	});

	test('every row validates and there is one row per position–competency pair', () => {
		const [header, ...rows] = parseCsv(text);
		expect(header).toEqual([...CSV_COLUMNS]);
		for (const row of rows)
			CsvRowSchema.parse(
				Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, row[index]])),
			);
		const pairs = positionsFile(context).positions.reduce(
			(sum, p) => sum + p.competencies.length,
			0,
		);
		expect(rows).toHaveLength(pairs);
		expect(rows.length).toBeGreaterThan(0);
	});

	test('RFC 4180 quoting round-trips separators, quotes and line breaks', () => {
		expect(csvField('Pingetaluvus (tasakaalukus)')).toBe('Pingetaluvus (tasakaalukus)');
		expect(csvField('a;b')).toBe('"a;b"');
		expect(csvField('ütles "jah"')).toBe('"ütles ""jah"""');
		const rows = [
			['id', 'tekst'],
			['x', 'rida 1\r\nrida 2; "tsitaat"'],
			['y', ' tühik ees'],
			['z', ''],
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});
});

describe('positions.csv', () => {
	const text = toCsv(positionRows(context.model, positionsFile(context)));
	const [header, ...rows] = parseCsv(text);

	test('one row per position, by id, each valid', () => {
		expect(header).toEqual([...POSITION_CSV_COLUMNS]);
		expect(rows.map((row) => row[0])).toEqual(
			positionsFile(context).positions.map((position) => position.id),
		);
		for (const row of rows)
			PositionCsvRowSchema.parse(
				Object.fromEntries(
					POSITION_CSV_COLUMNS.map((column, index) => [column, row[index]]),
				),
			);
		expect(text.startsWith(`\uFEFF${POSITION_CSV_COLUMNS.join(';')}\r\n`)).toBe(true);
	});

	test('the Ekspert row: unit, department, manager by title, status', () => {
		const row = Object.fromEntries(
			POSITION_CSV_COLUMNS.map((column, index) => [
				column,
				rows.find((r) => r[0] === 'ekspert-kvaliteet-ja-seire')![index],
			]),
		);
		expect(row).toMatchObject({
			title: 'Ekspert (kvaliteet ja seire)',
			unit_id: 'ohvriabiteenuste-tugitalitus',
			department_name: 'Ohvriabi osakond',
			manager_id: 'ohvriabiteenuste-tugitalituse-juhataja',
			status: 'kehtiv',
			stub: 'ei',
			url: '/ametikohad/ekspert-kvaliteet-ja-seire/',
		});
		expect(row.manager_title).not.toBe('');
	});
});
