/**
 * Issue 25, finding 1: an editor commits personal data, removes it in a second commit, and the history
 * pages and feeds must not show it: every earlier version and every commit subject is redacted where
 * it is read.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findPersonalDataInHistory } from '../../src/lib/content/history-guard.ts';
import { findPersonalData, REDACTED } from '../../src/lib/content/personal-data.ts';
import { BlobStore, readPositionHistories } from '../../src/lib/lifecycle/history.ts';
import { loadVersion } from '../../src/lib/lifecycle/site.ts';
import { fixtures, git, POSITION_ID } from './git-fixture.ts';

const PATH = `content/positions/teenuste-osakond/${POSITION_ID}.md`;
const LEAKED =
	'- Küsimused: Mari Maasikas, isikukood 376 0503 0299, mari.maasikas@gmail.com, tel 5123 4567.';

let root: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'ska-redaction-'));
	git(root, ['init', '--quiet', '--initial-branch=main']);
	const clean = readFileSync(join(fixtures, 'v1.md'), 'utf8');
	const leaked = clean
		.replace(
			'- Taotlused on menetletud tähtaegselt.',
			`- Taotlused on menetletud tähtaegselt.\n${LEAKED}`,
		)
		.replace(
			'  Ametikoha eesmärk on tagada teenuste korrektne osutamine.',
			'  Ametikoha eesmärk on tagada teenuste korrektne osutamine (Mari &#51;7605030299).',
		);
	mkdirSync(dirname(join(root, PATH)), { recursive: true });
	writeFileSync(join(root, PATH), leaked);
	git(root, ['add', '-A']);
	git(
		root,
		['commit', '--quiet', '-m', 'Lisa Mari Maasika (376 0503 0299) ametijuhend'],
		'2026-01-05T10:00:00+02:00',
	);
	writeFileSync(join(root, PATH), clean);
	git(root, ['commit', '--quiet', '-am', 'Eemalda isikuandmed'], '2026-01-06T10:00:00+02:00');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('history with personal data removed in a later commit', () => {
	test('the earlier version is read redacted, in its text and in every field', () => {
		const [, first] = readPositionHistories(root).byId.get(POSITION_ID)!;
		const version = loadVersion(POSITION_ID, first, new BlobStore(root));
		expect(version.text).toContain(REDACTED);
		expect(findPersonalData(version.text!)).toEqual([]);
		const published = JSON.stringify(version.position);
		expect(published).toContain(REDACTED);
		expect(published).not.toMatch(/37605030299|376 0503 0299|mari\.maasikas|5123 4567/);
	});

	test('the commit subject is redacted, the rest of it kept', () => {
		const [, first] = readPositionHistories(root).byId.get(POSITION_ID)!;
		expect(first.subject).toBe(`Lisa Mari Maasika (${REDACTED}) ametijuhend`);
	});
});

describe('the check on history', () => {
	test('warns about the earlier version and the subject, and says how to remove them from git', () => {
		const problems = findPersonalDataInHistory(root);
		expect(
			problems.map((problem) => [
				problem.file,
				problem.severity,
				problem.message.split('.')[0],
			]),
		).toEqual([
			[
				PATH,
				'warning',
				expect.stringMatching(/^muudatuse [0-9a-f]{12} kirjelduses on isikukood$/),
			],
			[
				PATH,
				'warning',
				expect.stringMatching(
					/^selle faili varasemas versioonis \(muudatus [0-9a-f]{12}\) on isikukood, isiklik e-posti aadress, telefoninumber$/,
				),
			],
		]);
		for (const problem of problems) expect(problem.message).toContain('git filter-repo');
		// The warning names the kind of data, never the data.
		expect(JSON.stringify(problems)).not.toMatch(/0503|maasikas|5123/);
	});
});
