/** The query handling of src/lib/search/query.ts that needs no index: stop words and sort orders. */
import { describe, expect, test } from 'vitest';
import { STOP_WORDS, sortResults, withoutStopWords } from '../../src/lib/search/query.ts';

describe('stop words', () => {
	test('are left out of a query that has other words', () => {
		expect(withoutStopWords('töö ja tervis')).toBe('töö tervis');
		expect(withoutStopWords('Hanked  JA  aruanded, ning lepingud')).toBe('Hanked aruanded, lepingud');
		expect(withoutStopWords('kes tegeleb hangetega')).toBe('tegeleb hangetega');
		expect(withoutStopWords('see, mis on')).toBe('see, mis on');
	});

	test('stay in a query of only stop words and in a quoted phrase', () => {
		expect(withoutStopWords('ja')).toBe('ja');
		expect(withoutStopWords('ja või ning')).toBe('ja või ning');
		expect(withoutStopWords('"töö ja tervis"')).toBe('"töö ja tervis"');
	});

	test('are whole words only: a word that contains one stays', () => {
		expect(withoutStopWords('jaotus ja kasutus')).toBe('jaotus kasutus');
		expect(withoutStopWords('töö/ja tervis')).toBe('töö/ja tervis');
		expect([...STOP_WORDS].every((word) => word === word.toLocaleLowerCase('et'))).toBe(true);
	});
});

describe('sortResults', () => {
	const found = [{ id: 'c' }, { id: 'x' }, { id: 'a' }, { id: 'b' }, { id: 'y' }];
	test('orders the listed results by the order, then the others as they came', () => {
		expect(sortResults(found, ['a', 'b', 'c', 'd'], false).map(({ id }) => id)).toEqual(['a', 'b', 'c', 'x', 'y']);
		expect(sortResults(found, ['a', 'b', 'c', 'd'], true).map(({ id }) => id)).toEqual(['c', 'b', 'a', 'x', 'y']);
		expect(sortResults([], ['a'], false)).toEqual([]);
	});
});
