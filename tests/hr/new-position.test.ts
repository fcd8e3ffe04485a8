import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PositionFrontmatterSchema } from '../../schemas/position.ts';
import { SECTIONS } from '../../src/lib/content/parse-body.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { messages } from '../../src/lib/content/messages.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import {
	createPosition,
	departmentFolder,
	NewPositionError,
	PLACEHOLDER,
	slugify,
} from '../../scripts/new-position.ts';
import { projectRoot } from '../helpers.ts';

const run = promisify(execFile);
const TODAY = '2026-11-22';

/** A fresh copy of the real content tree, so tests can add files without touching content/. */
function copyContent(): string {
	const root = mkdtempSync(join(tmpdir(), 'ska-new-position-'));
	cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
	return root;
}

const roots: string[] = [];
function tempRoot(): string {
	const root = copyContent();
	roots.push(root);
	return root;
}
afterAll(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/**
 * Problems of one file, and how many errors the rest of the tree has (others may be editing it).
 * The scaffold's placeholders, warnings while it is a draft, are counted apart in `placeholders`.
 */
function check(root: string, file: string) {
	const { problems } = loadContent({ root, today: TODAY });
	const isPlaceholder = (problem: Problem) =>
		problem.severity === 'warning' && problem.message === messages.placeholder('eelnõu');
	return {
		placeholders: problems.filter((problem) => problem.file === file && isPlaceholder(problem))
			.length,
		own: problems.filter((problem) => problem.file === file && !isPlaceholder(problem)),
		otherErrors: problems.filter(
			(problem) => problem.file !== file && problem.severity === 'error',
		).length,
	};
}

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

describe('npm run new (the command line)', () => {
	const script = join(projectRoot, 'scripts/new-position.ts');
	const cli = async (...args: string[]) => {
		try {
			const { stdout, stderr } = await run(process.execPath, [script, ...args], {
				cwd: projectRoot,
			});
			return { code: 0, stdout, stderr };
		} catch (error) {
			const { code, stdout, stderr } = error as {
				code: number;
				stdout: string;
				stderr: string;
			};
			return { code, stdout, stderr };
		}
	};

	test('creates the file, joins an unquoted title and says what to do next', async () => {
		const root = tempRoot();
		const { code, stdout, stderr } = await cli(
			'Kvaliteedi',
			'spetsialist',
			'--unit',
			'ekspertiisitalitus',
			'--root',
			root,
		);
		expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
		expect(stdout).toContain(
			'✔ Loodud content/positions/teenuste-osakond/kvaliteedi-spetsialist.md (staatus: eelnõu).',
		);
		expect(stdout).toContain('npm run check');
		expect(
			check(root, 'content/positions/teenuste-osakond/kvaliteedi-spetsialist.md').own,
		).toEqual([]);
	});

	test('warns when no manager could be filled in', async () => {
		const root = tempRoot();
		const { code, stdout } = await cli(
			'Infoturbe spetsialist',
			'--unit',
			'infosusteemide-osakond',
			'--root',
			root,
		);
		expect(code).toBe(0);
		expect(stdout).toContain('⚠ Vahetut juhti ei määratud');
	});

	test('user mistakes: exit code 1, one Estonian line, no stack trace', async () => {
		const root = tempRoot();
		for (const [args, expected] of [
			[['Uus', '--unit', 'ekspertiisitalitu'], 'Kas mõtlesid "ekspertiisitalitus"?'],
			[['--unit', 'ekspertiisitalitus'], 'ametinimetus puudub'],
			[['Kvaliteedi peaspetsialist', '--unit', 'ekspertiisitalitus'], 'on juba olemas'],
			[['Uus', '--unit', 'ekspertiisitalitus', '--bogus'], 'tundmatu võti "--bogus"'],
			[['Uus', '--unit'], 'võtmel "--unit" puudub väärtus'],
		] as const) {
			const { code, stdout, stderr } = await cli(...args, '--root', root);
			expect(code, args.join(' ')).toBe(1);
			expect(stdout).toBe('');
			expect(stderr).toMatch(/^✘ /);
			expect(stderr).toContain(expected);
			expect(stderr.trim().split('\n')).toHaveLength(1);
		}
	});

	test('--help explains the options in Estonian', async () => {
		const { code, stdout } = await cli('--help');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Kasutus: npm run new -- "<ametinimetus>" --unit <üksuse-tunnus>/);
		for (const option of ['--unit', '--manager', '--id']) expect(stdout).toContain(option);
	});
});
