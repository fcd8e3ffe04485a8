import { describe, expect, test } from 'vitest';
import { rerank, resultClass, titleNamed, type RankedData } from '../../src/lib/search/rerank.ts';

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
	test('competencies are never thin, whatever their length', () => {
		expect(resultClass('lähetus', competency('Efektiivsus'))).toBe(2);
	});
	test('Pagefind order stays within a class', () => {
		expect(order('hanked', [position('B'), position('A'), position('C')])).toEqual([
			'B',
			'A',
			'C',
		]);
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
