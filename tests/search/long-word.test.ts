/**
 * A pasted run of letters as long as the size limit allows stalled the build in the search analyser,
 * whose compound splitting is quadratic in a word's length (issue 25, finding 3).
 */
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/lib/content/parse-file.ts';
import { createSearchTerms } from '../../src/lib/search/index.ts';

describe('the search analyser on a word at the size limit', () => {
	test('gives no compound terms for it and still analyses the words around it', async () => {
		const terms = await createSearchTerms();
		const long = 'a'.repeat(MAX_FILE_BYTES - 1024);
		expect(terms.analyzer.compoundParts(long)).toEqual([]);
		expect(terms.forPage(`${long} riigihange`)).toEqual(terms.forPage('riigihange'));
		expect(terms.analyzer.expansions([long]).size).toBe(0);
	});
});
