/**
 * Static checks of the GitHub setup. The workflow itself cannot run here; these tests only make
 * sure it says what CONTRIBUTING.md promises and that CODEOWNERS covers every department folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../src/lib/content/load.ts';
import { projectRoot } from '../helpers.ts';

describe('.github/CODEOWNERS', () => {
	const rules = readFileSync(join(projectRoot, '.github/CODEOWNERS'), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('#'))
		.map((line) => {
			const [pattern, ...owners] = line.trim().split(/\s+/);
			return { pattern, owners };
		});
	/** GitHub uses the last matching rule. */
	const ownersOf = (path: string) =>
		rules.findLast(
			(rule) => rule.pattern === '*' || path.startsWith(rule.pattern.replace(/^\//, '')),
		)?.owners ?? [];

	test('says that the team names are examples', () => {
		expect(readFileSync(join(projectRoot, '.github/CODEOWNERS'), 'utf8')).toMatch(/NÄITED/);
	});

	test('every owner is an @organisation/team', () => {
		for (const rule of rules) {
			expect(rule.owners.length, rule.pattern).toBeGreaterThan(0);
			for (const owner of rule.owners) expect(owner).toMatch(/^@[a-z0-9-]+\/[a-z0-9-]+$/);
		}
	});

	test('each department (osakond) has its own team; catalogue and units belong to HR; code to developers', () => {
		const { model } = loadContent({ root: projectRoot });
		const departments = [...model.units.values()]
			.filter((unit) => unit.kind === 'osakond')
			.map((unit) => unit.id);
		expect(departments.length).toBeGreaterThan(0);
		for (const department of departments) {
			expect(ownersOf(`content/positions/${department}/x.md`), department).toEqual([
				`@ska/personal-${department}`,
			]);
		}
		expect(ownersOf('content/units/teenuste-osakond.yaml')).toEqual(['@ska/personalitalitus']);
		expect(ownersOf('content/competencies/korrektsus.yaml')).toEqual(['@ska/personalitalitus']);
		expect(ownersOf('src/lib/content/load.ts')).toEqual(['@ska/arendajad']);
		expect(ownersOf('scripts/new-position.ts')).toEqual(['@ska/arendajad']);
	});

	test('every existing position folder has an owner from HR or its department', () => {
		for (const folder of readdirSync(join(projectRoot, 'content/positions'))) {
			expect(ownersOf(`content/positions/${folder}/x.md`).join(' '), folder).toMatch(
				/@ska\/personal/,
			);
		}
	});
});

describe('.github/workflows/content.yml', () => {
	type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
	const workflow = parse(
		readFileSync(join(projectRoot, '.github/workflows/content.yml'), 'utf8'),
	) as {
		on: Record<string, unknown>;
		jobs: Record<string, { steps: Step[] }>;
	};
	const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
	const runs = steps.map((step) => step.run ?? '');
	const indexOf = (command: string) => runs.findIndex((run) => run.includes(command));

	test('runs on pull requests and on pushes to main', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
		expect(workflow.on.push).toEqual({ branches: ['main'] });
	});

	test('checks out the full history (git dates) and sets up Node 24 from .nvmrc with the npm cache', () => {
		const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
		expect(checkout?.with?.['fetch-depth']).toBe(0);
		const node = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
		expect(node?.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
		expect(readFileSync(join(projectRoot, '.nvmrc'), 'utf8').trim()).toBe('24');
	});

	test('installs, checks with annotations, builds, provides Chromium and tests — in that order', () => {
		const order = [
			'npm ci',
			'npm run check -- --format github',
			'npm run build',
			'apt-get install -y chromium',
			'npm test',
		].map(indexOf);
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(runs[indexOf('apt-get install -y chromium')]).toContain(
			'[ ! -x /usr/bin/chromium ]',
		);
	});
});
