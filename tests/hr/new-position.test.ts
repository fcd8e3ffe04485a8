import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PositionFrontmatterSchema } from '../../schemas/position.ts';
import { SECTIONS } from '../../src/lib/content/parse-body.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { messages } from '../../src/lib/content/messages.ts';
import {
	createPosition,
	departmentFolder,
	NewPositionError,
	PLACEHOLDER,
	slugify,
} from '../../scripts/new-position.ts';
import { projectRoot } from '../helpers.ts';
import { check, tempRoot, TODAY } from '../support/new-position-roots.ts';

describe('slugify', () => {
	test.each([
		['Kvaliteedi peaspetsialist', 'kvaliteedi-peaspetsialist'],
		['Peaspetsialist (kasutaja tugi)', 'peaspetsialist-kasutaja-tugi'],
		['Järelevalve talituse nõunik', 'jarelevalve-talituse-nounik'],
		['Šoti Žürii Ülem Öö', 'soti-zurii-ulem-oo'],
		['  Ekspert – kvaliteet ja seire  ', 'ekspert-kvaliteet-ja-seire'],
		['Analüütik (Café)', 'analuutik-cafe'],
		['IT-juht 2', 'it-juht-2'],
		['!!!', ''],
	])('%s → %s', (title, id) => {
		expect(slugify(title)).toBe(id);
	});
});

describe('departmentFolder', () => {
	const { model } = loadContent({ root: projectRoot, today: TODAY });
	test.each([
		['ekspertiisitalitus', 'teenuste-osakond'],
		['teenuste-osakond', 'teenuste-osakond'],
		['halduse-tiim', 'finants-ja-haldusosakond'],
		['sotsiaalkindlustusamet', 'sotsiaalkindlustusamet'],
	])('%s is filed under %s', (unit, folder) => {
		expect(departmentFolder(model, unit)).toBe(folder);
	});
});

describe('createPosition', () => {
	let root: string;
	beforeAll(() => {
		root = tempRoot();
	});

	test('writes a draft skeleton into the department folder: no errors, its placeholders only warn, no review date', () => {
		const before = check(root, '').otherErrors;
		const result = createPosition({
			root,
			title: 'Kvaliteedi spetsialist',
			unit: 'ekspertiisitalitus',
		});
		expect(result.file).toBe('content/positions/teenuste-osakond/kvaliteedi-spetsialist.md');
		expect(result.managerMissing).toBe(false);
		expect(readFileSync(join(root, result.file), 'utf8')).toBe(result.text);

		const { own, otherErrors, placeholders } = check(root, result.file);
		expect(own).toEqual([]);
		expect(placeholders).toBeGreaterThan(5);
		expect(otherErrors).toBe(before);

		const position = loadContent({ root, today: TODAY }).model.positions.get(
			'kvaliteedi-spetsialist',
		);
		expect(position).toMatchObject({
			title: 'Kvaliteedi spetsialist',
			unit: 'ekspertiisitalitus',
			manager: 'ekspertiisitalituse-juhataja', // the unit's head
			status: 'eelnõu',
			stub: false,
		});
		// A draft has no review date until it is approved.
		expect(position?.lastReviewed).toBeUndefined();
		expect(position?.duties.map((duty) => duty.number)).toEqual(['3.1']);
		expect(position?.duties[0].results.length).toBeGreaterThan(0);
		expect(position?.rights.items.length).toBeGreaterThan(0);
		expect(position?.responsibilities.items.length).toBeGreaterThan(0);
		expect(position?.tools.length).toBeGreaterThan(0);
		expect(position?.revisionPolicy.length).toBeGreaterThan(0);
		expect(position?.competencies.core).toHaveLength(1);
	});

	test('names every frontmatter field (optional ones as comments) and every body section', () => {
		const { text } = createPosition({ root, title: 'Andmeanalüütik', unit: 'arendustalitus' });
		const [, frontmatter] = text.split(/^---$/m);
		for (const field of Object.keys(PositionFrontmatterSchema.shape)) {
			expect(frontmatter, field).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
		}
		for (const section of Object.values(SECTIONS)) expect(text).toContain(`\n## ${section}\n`);
		expect(text).toMatch(/^### 3\.1\. /m);
		expect(text).toContain(PLACEHOLDER);
		// The body parser rejects raw HTML, so guidance must not use HTML comments.
		expect(text).not.toContain('<!--');
	});

	test('honours --manager and --id, and quotes a title YAML would misread', () => {
		const result = createPosition({
			root,
			title: 'Nõunik: arendus',
			unit: 'arendustalitus',
			manager: 'peaspetsialist-kasutaja-tugi',
			id: 'arendusnounik',
		});
		expect(result.file).toBe('content/positions/arendusosakond/arendusnounik.md');
		expect(check(root, result.file).own).toEqual([]);
		expect(
			loadContent({ root, today: TODAY }).model.positions.get('arendusnounik'),
		).toMatchObject({
			title: 'Nõunik: arendus',
			manager: 'peaspetsialist-kasutaja-tugi',
		});
	});

	test('a unit without a head gets no manager: a warning, not an error', () => {
		const result = createPosition({
			root,
			title: 'Infoturbe spetsialist',
			unit: 'infosusteemide-osakond',
		});
		expect(result.file).toBe(
			'content/positions/infosusteemide-osakond/infoturbe-spetsialist.md',
		);
		expect(result.managerMissing).toBe(true);
		const { own } = check(root, result.file);
		expect(own.map((problem) => [problem.severity, problem.field])).toEqual([
			['warning', 'title'],
		]);
	});

	test('a position of the agency itself goes to the agency folder and needs no manager', () => {
		const result = createPosition({
			root,
			title: 'Peadirektor',
			unit: 'sotsiaalkindlustusamet',
		});
		expect(result.file).toBe('content/positions/sotsiaalkindlustusamet/peadirektor.md');
		expect(result.managerMissing).toBe(false);
		expect(check(root, result.file).own).toEqual([]);
	});

	test('once marked kehtiv, an unedited skeleton fails the check: every placeholder is an error', () => {
		const result = createPosition({
			root,
			title: 'Kvaliteedi analüütik',
			unit: 'ekspertiisitalitus',
		});
		const path = join(root, result.file);
		writeFileSync(path, readFileSync(path, 'utf8').replace('status: eelnõu', 'status: kehtiv'));
		const { own } = check(root, result.file);
		expect(own.length).toBeGreaterThan(5);
		expect(
			own.every(
				(problem) =>
					problem.severity === 'error' &&
					problem.message === messages.placeholder('kehtiv'),
			),
		).toBe(true);
		// Lines in the body are reported with their section.
		expect(own.map((problem) => problem.field)).toEqual(
			expect.arrayContaining([
				'purpose',
				'requirements.computerSkills',
				'competencies.core.indicators',
				'Tööülesanded',
				'Õigused',
			]),
		);
		rmSync(path);
	});

	test('refuses a title the unit already has, naming the file, unless --force', () => {
		// Case and spacing do not make a title different.
		expect(refuse({ title: 'talitusejuhataja ' })).toBe(
			'üksuses "Ekspertiisitalitus" on ametikoht nimetusega "talitusejuhataja" juba olemas: content/positions/teenuste-osakond/ekspertiisitalituse-juhataja.md. Kui sama ametikohta täidab mitu inimest, piisab ühest failist; kui see on tõesti teine ametikoht, anna nimetusele täpsustus (nt "talitusejuhataja (kvaliteet)") või lisa käsule --force.',
		);
		const forced = createPosition({
			root,
			title: 'Talitusejuhataja',
			unit: 'ekspertiisitalitus',
			id: 'teine-juhataja',
			force: true,
		});
		expect(forced.file).toBe('content/positions/teenuste-osakond/teine-juhataja.md');
		rmSync(join(root, forced.file));
	});

	const refuse = (options: Partial<Parameters<typeof createPosition>[0]>) => {
		try {
			createPosition({
				root,
				title: 'Uus ametikoht',
				unit: 'ekspertiisitalitus',
				...options,
			});
		} catch (error) {
			expect(error).toBeInstanceOf(NewPositionError);
			return (error as Error).message;
		}
		throw new Error('expected a refusal');
	};

	test('refuses an unknown unit and suggests the closest one', () => {
		expect(refuse({ unit: 'ekspertiisitalitu' })).toMatch(
			/^struktuuriüksust "ekspertiisitalitu" ei ole \(kaust content\/units\)\. Kas mõtlesid "ekspertiisitalitus"\? Üksused: arendusosakond, /,
		);
		// People type the unit's name rather than its id.
		expect(refuse({ unit: 'Järelevalve talitus' })).toContain(
			'Kas mõtlesid "jarelevalve-talitus"?',
		);
	});

	test('refuses an id that exists, a missing title or unit, a bad id and an unknown manager', () => {
		expect(refuse({ title: 'Kvaliteedi peaspetsialist' })).toBe(
			'ametikoht tunnusega "kvaliteedi-peaspetsialist" on juba olemas (content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md). Kui see on mustand (stub: true), täienda olemasolevat faili; uue ametikoha jaoks anna teine tunnus: --id <tunnus>.',
		);
		expect(refuse({ title: undefined })).toMatch(/^ametinimetus puudub\./);
		expect(refuse({ title: '   ' })).toMatch(/^ametinimetus puudub\./);
		expect(refuse({ unit: undefined })).toMatch(
			/^struktuuriüksus puudub: lisa --unit <tunnus>\./,
		);
		expect(refuse({ id: 'Suur_Nimi' })).toBe(
			'tunnus "Suur_Nimi" ei sobi: kasuta väiketähti a–z, numbreid ja sidekriipse (nt kvaliteedi-peaspetsialist).',
		);
		expect(refuse({ title: '!!!' })).toBe(
			'ametinimetusest "!!!" ei saa tunnust tuletada. Anna tunnus ise: --id <tunnus>.',
		);
		expect(refuse({ manager: 'ekspertiisitalituse-juhatja' })).toBe(
			'ametikohta "ekspertiisitalituse-juhatja" ei ole (kaust content/positions). Kas mõtlesid "ekspertiisitalituse-juhataja"? Vahetu juht peab olema olemasolev ametikoht.',
		);
	});
});
