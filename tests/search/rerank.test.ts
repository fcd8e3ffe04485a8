import { describe, expect, test } from 'vitest';
import {
	ownTitle,
	rerank,
	resultClass,
	sentenceCloseness,
	titleNamed,
	type RankedData,
} from '../../src/lib/search/rerank.ts';

const position = (title: string, words = 500): RankedData & { id: string } => ({
	id: title,
	word_count: words,
	meta: { title, type: 'Ametikoht' },
});
const unit = (title: string): RankedData & { id: string } => ({
	id: title,
	word_count: 3,
	meta: { title, type: 'Struktuuriüksus' },
});
const competency = (title: string): RankedData & { id: string } => ({
	id: title,
	word_count: 40,
	meta: { title, type: 'Kompetents' },
});
const order = (query: string, items: (RankedData & { id: string })[]) =>
	rerank(query, items, (item) => item).map((item) => item.id);

describe('rerank: the rules of the search README "Ranking" table', () => {
	test('1. a title the query names comes first', () => {
		expect(
			order('eksperdid', [
				unit('Ekspertiisitalitus'),
				position('Kvaliteedi peaspetsialist'),
				position('Ekspert (kvaliteet ja seire)'),
			]),
		).toEqual([
			'Ekspert (kvaliteet ja seire)',
			'Kvaliteedi peaspetsialist',
			'Ekspertiisitalitus',
		]);
	});
	test('1. a title with the words themselves before one with them in compounds', () => {
		expect(
			order('spetsialist peretoetused', [
				position('Peaspetsialist (peretoetused)'),
				position('Juhtivspetsialist (peretoetused)'),
				position('Spetsialist (peretoetused)'),
				position('Jurist (peretoetused)'),
			]),
		).toEqual([
			'Spetsialist (peretoetused)',
			'Peaspetsialist (peretoetused)',
			'Juhtivspetsialist (peretoetused)',
			'Jurist (peretoetused)',
		]);
	});
	test('1. a compound typed apart is a word of the title', () => {
		expect(
			order('andmekaitse spetsialist', [
				position('Spetsialist (andmekaitse)'),
				position('Andmekaitsespetsialist'),
			]),
		).toEqual(['Spetsialist (andmekaitse)', 'Andmekaitsespetsialist']);
		expect(
			order('andmekaitse spetsialist', [
				position('Peaspetsialist (andmekaitse)'),
				position('Andmekaitsespetsialist'),
			]),
		).toEqual(['Andmekaitsespetsialist', 'Peaspetsialist (andmekaitse)']);
	});
	test('2. full descriptions above stubs and unit pages, which are still shown', () => {
		expect(
			order('järelevalve', [
				unit('Järelevalve talitus'),
				position('Talitusejuhataja', 25),
				position('Kvaliteedi peaspetsialist'),
			]),
		).toEqual(['Kvaliteedi peaspetsialist', 'Järelevalve talitus', 'Talitusejuhataja']);
	});
	test('2. a stub whose title matches is above full descriptions whose title does not', () => {
		expect(
			order('talitusejuhataja', [
				position('Järelevalve juhtivspetsialist'),
				position('Talitusejuhataja', 25),
			]),
		).toEqual(['Talitusejuhataja', 'Järelevalve juhtivspetsialist']);
	});
	test('2. the unit a page adds to its title is not part of it', () => {
		const stub = {
			id: 'stub',
			word_count: 25,
			meta: {
				title: 'Spetsialist (peretoetused) (Ida-Viru peretoetuste talitus)',
				unit: 'Hüvitiste osakond › Ida-Viru peretoetuste talitus',
				type: 'Ametikoht',
			},
		};
		expect(ownTitle(stub)).toBe('Spetsialist (peretoetused)');
		expect(
			order('spetsialist peretoetused', [position('Peaspetsialist (peretoetused)'), stub]),
		).toEqual(['stub', 'Peaspetsialist (peretoetused)']);
		expect(ownTitle(position('Ekspert (ohvriabi)'))).toBe('Ekspert (ohvriabi)');
	});
	test('competencies are never thin, whatever their length', () => {
		expect(resultClass('lähetus', competency('Efektiivsus'))).toBe(4);
	});
	test('Pagefind order stays within a class', () => {
		expect(order('hanked', [position('B'), position('A'), position('C')])).toEqual([
			'B',
			'A',
			'C',
		]);
	});
});

describe('rerank: the query words in one sentence', () => {
	const withText = (title: string, content: string) => ({ ...position(title), content });
	const juhtiv = withText(
		'Järelevalve juhtivspetsialist',
		'Järelevalve juhtivspetsialist. Järelevalve riskimudel on asjakohane. Järelevalve plaan on uuendatud vastavalt riskimudelile.',
	);
	const kvaliteet = withText(
		'Kvaliteedi peaspetsialist',
		'Kvaliteedi peaspetsialist. Regulaarselt järelevalve teostamine. Talituse aastaplaanide väljatöötamine ning tulemusaruannete koostamine.',
	);

	test('counts the most query words one sentence has in any form, none for one word', () => {
		expect(sentenceCloseness('järelevalve plaani koostamine', juhtiv.content)).toBe(2);
		expect(sentenceCloseness('järelevalve plaani koostamine', kvaliteet.content)).toBe(0);
		expect(sentenceCloseness('järelevalve', juhtiv.content)).toBe(0);
		// A compound the query types apart counts as both its words.
		expect(sentenceCloseness('andmekaitse spetsialist', 'Andmekaitsespetsialist. Muu.')).toBe(
			2,
		);
		expect(
			sentenceCloseness('tulemusaruannete koostamine ja järelevalve', kvaliteet.content),
		).toBe(2);
	});

	test('within a class, the page whose one sentence has more of the words comes first', () => {
		expect(order('järelevalve plaani koostamine', [kvaliteet, juhtiv])).toEqual([
			'Järelevalve juhtivspetsialist',
			'Kvaliteedi peaspetsialist',
		]);
		// The class comes before it: a title the query names.
		expect(order('kvaliteedi peaspetsialist plaan', [juhtiv, kvaliteet])[0]).toBe(
			'Kvaliteedi peaspetsialist',
		);
	});
});

test.each([
	[
		'järelevalve juhtivspetsialistile',
		'Järelevalve juhtivspetsialist (täisealistele osutatavad teenused)',
		true,
	],
	['haldusspetsialistid', 'Haldusspetsialist', true],
	['järelevalve', 'Kvaliteedi peaspetsialist', false],
	['ja', 'Finants- ja haldusosakond', false],
])('titleNamed(%s, %s) = %s', (query, title, named) => {
	expect(titleNamed(query, title)).toBe(named);
});
