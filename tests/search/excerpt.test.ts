/**
 * Sub-result excerpts without the heading they repeat (src/lib/search/excerpt.ts), on excerpts as
 * Pagefind 1.5 gives them for the generated corpus's duty sections.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	excerptParts,
	withoutRepeatedHeading,
	type ExcerptPart,
} from '../../src/lib/search/excerpt.ts';

/** The entities Pagefind writes into excerpts. */
const decode = (html: string) =>
	html.replace(
		/&(amp|lt|gt|quot|#39);/g,
		(_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
	);
const text = (parts: readonly ExcerptPart[] | undefined) =>
	parts?.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

const DUTY =
	'SKA tööga seotud välistesse registritesse kasutajakontode loomine ja rollide omistamine vastavalt kooskõlastatud taotlusele.';

describe('excerpt parts', () => {
	test('keep the marks and decode the text between them', () => {
		expect(
			excerptParts('Nõustaja <mark>(ohvriabi).</mark> A &amp; B &lt;C&gt;', decode),
		).toEqual([
			{ text: 'Nõustaja ', marked: false },
			{ text: '(ohvriabi).', marked: true },
			{ text: ' A & B <C>', marked: false },
		]);
	});
});

describe('a sub-result excerpt without its heading', () => {
	test('drops the whole heading and gives it back with its marks for the link', () => {
		const parts = excerptParts(
			`SKA tööga seotud välistesse registritesse <mark>kasutajakontode</mark> loomine ja rollide omistamine vastavalt kooskõlastatud taotlusele. Kasutajate juurdepääsuõigused on vastavuses. <mark>Kasutajakontod</mark> ning õigused on omistatud.`,
			decode,
		);
		const { heading, rest } = withoutRepeatedHeading(DUTY, parts);
		expect(text(heading)).toBe(
			'SKA tööga seotud välistesse registritesse [kasutajakontode] loomine ja rollide omistamine vastavalt kooskõlastatud taotlusele.',
		);
		expect(text(rest)).toBe(
			'Kasutajate juurdepääsuõigused on vastavuses. [Kasutajakontod] ning õigused on omistatud.',
		);
	});

	test('drops the end of the heading where the excerpt starts inside it, and marks the heading there', () => {
		const title =
			'Ameti kõne- ja andmesideteenuse haldus. Riigi Tugiteenuste Keskusele vajaliku info edastamine hangete korraldamiseks.';
		const parts = excerptParts(
			'Keskusele vajaliku info edastamine <mark>hangete</mark> korraldamiseks. Tagatud on tööks vajalike vahendite olemasolu.',
			decode,
		);
		const { heading, rest } = withoutRepeatedHeading(title, parts);
		expect(text(heading)).toBe(
			'Ameti kõne- ja andmesideteenuse haldus. Riigi Tugiteenuste Keskusele vajaliku info edastamine [hangete] korraldamiseks.',
		);
		expect(text(rest)).toBe('Tagatud on tööks vajalike vahendite olemasolu.');
	});

	test('drops the full stop Pagefind puts after a heading without one', () => {
		const parts = excerptParts(
			'2. Ametikoha <mark>eesmärk.</mark> Ametikoha <mark>eesmärk</mark> on järelevalve.',
			decode,
		);
		const { heading, rest } = withoutRepeatedHeading('2. Ametikoha eesmärk', parts);
		expect(text(heading)).toBe('2. Ametikoha [eesmärk]');
		expect(text(rest)).toBe('Ametikoha [eesmärk] on järelevalve.');
		expect(withoutRepeatedHeading('Õigused', excerptParts('Õigused.', decode))).toEqual({
			heading: [{ text: 'Õigused', marked: false }],
			rest: [],
		});
	});

	test('leaves nothing when the excerpt is only the heading, and splits a mark at the cut', () => {
		const { heading, rest } = withoutRepeatedHeading(
			'Õigused ja vastutus',
			excerptParts('Õigused ja <mark>vastutus</mark>', decode),
		);
		expect(text(heading)).toBe('Õigused ja [vastutus]');
		expect(rest).toEqual([]);
		const split = withoutRepeatedHeading(
			'Eelarve koostamine',
			excerptParts('Eelarve <mark>koostamine ja</mark> täitmine', decode),
		);
		expect(text(split.heading)).toBe('Eelarve [koostamine]');
		expect(text(split.rest)).toBe('[ja] täitmine');
	});

	test('keeps an excerpt that does not start with the heading, with two of its last words, or with a word that only begins like it', () => {
		const parts = excerptParts(
			'Kasutajate <mark>juurdepääsuõigused</mark> on vastavuses.',
			decode,
		);
		expect(withoutRepeatedHeading(DUTY, parts)).toEqual({ rest: parts });
		const twoWords = excerptParts(
			'kooskõlastatud taotlusele. Kasutajate juurdepääsuõigused',
			decode,
		);
		expect(withoutRepeatedHeading(DUTY, twoWords)).toEqual({ rest: twoWords });
		const longer = excerptParts('Eelarvete koostamine', decode);
		expect(withoutRepeatedHeading('Eelarve', longer)).toEqual({ rest: longer });
		expect(withoutRepeatedHeading('', longer)).toEqual({ rest: longer });
	});

	test('never loses or adds text: heading, space and rest make the excerpt again', () => {
		const word = fc.constantFrom(
			'töö',
			'ja',
			'SKAIS-i',
			'kasutajakontode',
			'loomine.',
			'(ohvriabi).',
			'õigused',
		);
		const words = fc.array(word, { minLength: 1, maxLength: 12 });
		fc.assert(
			fc.property(
				words,
				words,
				fc.integer({ min: 0, max: 12 }),
				fc.array(fc.boolean(), { maxLength: 30 }),
				(titleWords, after, from, marks) => {
					const title = titleWords.join(' ');
					const excerpt = [
						...titleWords.slice(Math.min(from, titleWords.length - 1)),
						...after,
					];
					const parts = excerpt.map((w, i) => ({
						text: i === 0 ? w : ` ${w}`,
						marked: marks[i] ?? false,
					}));
					const { heading, rest } = withoutRepeatedHeading(title, parts);
					const joined = parts.map((part) => part.text).join('');
					const restText = rest.map((part) => part.text).join('');
					expect(joined.endsWith(restText)).toBe(true);
					const dropped = joined.slice(0, joined.length - restText.length).trimEnd();
					expect(
						dropped === '' ||
							title.endsWith(dropped) ||
							title.endsWith(dropped.slice(0, -1)),
					).toBe(true);
					// The link reads as the heading, marked or not.
					if (heading) expect(heading.map((part) => part.text).join('')).toBe(title);
					if (from === 0 && after.length > 0)
						expect(heading?.map((part) => part.text).join('')).toBe(title);
				},
			),
		);
	});
});
