import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	alternate,
	inflect,
	misspell,
	queriesFromModel,
	recompose,
	abbreviationTargets,
	answersAbbreviation,
	stripDiacritics,
	typed,
} from '../../scripts/lib/corpus-queries.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { generateCorpus, writeCorpus } from '../../src/lib/generate/corpus.ts';
import { createRng } from '../../src/lib/generate/prng.ts';
import { projectRoot } from '../helpers.ts';

describe('rules that turn corpus titles into queries', () => {
	test('titles are typed lowercase without parentheses', () => {
		expect(typed('Peaspetsialist (kasutaja tugi)')).toBe('peaspetsialist kasutaja tugi');
	});

	test('diacritics are dropped', () => {
		expect(stripDiacritics('õiguse ja järelevalve ÖÜ')).toBe('oiguse ja jarelevalve OU');
	});

	test.each([
		['Talitusejuhataja', /^talitusejuhataja(le|d|ga|lt)$/],
		['Andmekaitsespetsialist', /^andmekaitsespetsialist(ile|id|iga|ilt)$/],
		['Nõunik', /^nõunik(ud|ule|uga)$/],
		['Lastekaitse tiim', /^lastekaitse tiim(is|ist|i)$/],
	])('%s is inflected without a stem change', (title, form) => {
		expect(inflect(title, createRng(1))).toMatch(form);
	});

	test.each([
		['Pensioniosakond', /^pensioniosakonna(|s|d)$/],
		['Personali talitus', /^personali talitus(e|es|ed)$/],
		['Projektijuht', /^projektijuh(i|id|ile)$/],
		['Ekspert', /^eksperdi(|d)$/],
	])('%s gets its alternating stem', (title, form) => {
		expect(alternate(title, createRng(1))).toMatch(form);
	});

	test('rules that do not fit leave the title out', () => {
		expect(inflect('Jurist (menetlus)', createRng(1))).toBeUndefined();
		expect(alternate('Referent', createRng(1))).toBeUndefined();
		expect(recompose('Jurist')).toBeUndefined();
		expect(misspell('Jurist', createRng(1))).toBeUndefined();
	});

	test('compounds are written apart, names apart are written together', () => {
		expect(recompose('Talitusejuhataja')).toBe('talituse juhataja');
		expect(recompose('Vanemspetsialist')).toBe('vanem spetsialist');
		expect(recompose('Andmehalduse talitus')).toBe('andmehaldusetalitus');
		expect(recompose('Rapla infosüsteemide talitus')).toBeUndefined();
	});

	test('a typo changes the longest word by one letter', () => {
		for (let seed = 1; seed <= 50; seed += 1) {
			const slipped = misspell('Harju lastekaitse talitus', createRng(seed)) ?? '';
			const [, word] = slipped.split(' ');
			expect(slipped.startsWith('harju ') && slipped.endsWith(' talitus')).toBe(true);
			expect(word).not.toBe('lastekaitse');
			expect(Math.abs(word.length - 'lastekaitse'.length)).toBeLessThanOrEqual(1);
		}
	});
});

describe('queries made from a generated corpus', () => {
	const work = mkdtempSync(join(tmpdir(), 'ska-corpus-queries-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	writeCorpus(work, generateCorpus({ count: 300, seed: 3, sourceRoot: projectRoot }).files);
	const { model } = loadContent({ root: work });

	test('are the same for the same seed, and balanced between the halves', () => {
		const first = queriesFromModel(model, 3);
		expect(queriesFromModel(model, 3)).toEqual(first);
		expect(first.tuning.length - first.blind.length).toBeGreaterThanOrEqual(0);
		expect(first.tuning.length + first.blind.length).toBeGreaterThan(100);
		const categories = new Set([...first.tuning, ...first.blind].map((item) => item.category));
		expect([...categories].sort()).toEqual([
			'abbreviation',
			'compound',
			'exact-title',
			'gradation',
			'inflected',
			'no-diacritics',
			'typo',
		]);
	});

	test('expect pages that exist, and an exact title expects every position with that title', () => {
		const { tuning, blind } = queriesFromModel(model, 3);
		const pages = new Set([
			...[...model.positions.keys()].map((id) => `/ametikohad/${id}/`),
			...[...model.units.keys()].map((id) => `/uksused/${id}/`),
		]);
		for (const item of [...tuning, ...blind])
			for (const path of item.expect)
				expect(pages.has(path), `${item.query} → ${path}`).toBe(true);
		for (const item of [...tuning, ...blind].filter(
			(query) =>
				query.category === 'exact-title' && query.expect[0].startsWith('/ametikohad/'),
		)) {
			const holders = [...model.positions.values()].filter(
				(position) => typed(position.title) === item.query,
			);
			for (const holder of holders)
				expect(item.expect).toContain(`/ametikohad/${holder.id}/`);
		}
	});

	test('an abbreviation query expects the positions of its unit that write it or spell it out', () => {
		const literal = (abbreviation: string) =>
			new RegExp(`(^|[^\\p{L}\\p{N}])${abbreviation}($|[^\\p{L}\\p{N}])`, 'u');
		const textOf = (id: string) => {
			const position = model.positions.get(id)!;
			return [
				position.purpose ?? '',
				...position.duties.flatMap((duty) => [...duty.text, ...duty.results]),
			].join(' ');
		};
		let spelledOut = 0;
		for (const target of abbreviationTargets(model)) {
			const abbreviation = target.text.split(' ')[0].toUpperCase();
			for (const path of target.expect) {
				const text = textOf(path.split('/')[2]);
				expect(answersAbbreviation(text, abbreviation), `${target.text} → ${path}`).toBe(
					true,
				);
				if (!literal(abbreviation).test(text)) spelledOut++;
			}
		}
		// The corpus has positions that only spell an abbreviation out ("puuetega inimeste sotsiaaltoetused"
		// for PIST), which the search finds by the abbreviation too: they are right answers.
		expect(spelledOut).toBeGreaterThan(0);
		// SKAIS2 is indexed along with SKAIS, written or spelled out.
		expect(answersAbbreviation('SKAIS-i kasutajad', 'SKAIS2')).toBe(true);
		expect(answersAbbreviation('sotsiaalkaitse infosüsteemi kasutajad', 'SKAIS2')).toBe(true);
		expect(answersAbbreviation('STAR-i kasutajad', 'SKAIS2')).toBe(false);
	});
});
