import { describe, expect, test } from 'vitest';
import type { Position } from '../../schemas/position.ts';
import { diffPositions, joinEt, summarizeDiff } from '../../src/lib/lifecycle/diff.ts';
import { alignLists, similarity, wordDiff } from '../../src/lib/lifecycle/text-diff.ts';

const align = (before: string[], after: string[]) =>
	alignLists(before, after, { key: (s) => s, text: (s) => s, equal: (a, b) => a === b }).map(
		(pair) =>
			pair.kind === 'added'
				? `+${pair.after}`
				: pair.kind === 'removed'
					? `-${pair.before}`
					: pair.kind === 'same'
						? `=${pair.before}`
						: `~${pair.before}→${pair.after}`,
	);

describe('alignLists', () => {
	test('keeps equal items, pairs a reworded one, reports insertions and removals in order', () => {
		expect(
			align(
				[
					'saada tööks vajalikku teavet',
					'teha ettepanekuid töö korraldamiseks',
					'osaleda koolitustel',
				],
				[
					'saada tööks vajalikku teavet',
					'osaleda koolitustel ja seminaridel',
					'kasutada ameti sõidukit',
				],
			),
		).toEqual([
			'=saada tööks vajalikku teavet',
			'-teha ettepanekuid töö korraldamiseks',
			'~osaleda koolitustel→osaleda koolitustel ja seminaridel',
			'+kasutada ameti sõidukit',
		]);
	});

	test('an inserted item does not make every following item "changed"', () => {
		expect(align(['a b c', 'd e f', 'g h i'], ['x y z', 'a b c', 'd e f', 'g h i'])).toEqual([
			'+x y z',
			'=a b c',
			'=d e f',
			'=g h i',
		]);
	});

	test('unrelated texts are a removal and an addition, not a rewording', () => {
		expect(align(['tagab andmekaitse'], ['korraldab hankeid'])).toEqual([
			'-tagab andmekaitse',
			'+korraldab hankeid',
		]);
	});

	test('empty lists', () => {
		expect(align([], [])).toEqual([]);
		expect(align([], ['a'])).toEqual(['+a']);
		expect(align(['a'], [])).toEqual(['-a']);
	});
});

describe('wordDiff', () => {
	test('marks only the changed words', () => {
		expect(
			wordDiff(
				'Aruanded on koostatud õigeaegselt.',
				'Aruanded on koostatud korrektselt ja õigeaegselt.',
			),
		).toEqual([
			{ kind: 'same', text: 'Aruanded on koostatud ' },
			{ kind: 'ins', text: 'korrektselt ja ' },
			{ kind: 'same', text: 'õigeaegselt.' },
		]);
	});

	test('a rewrite is shown as the whole old text removed and the new text added', () => {
		expect(
			wordDiff('Korraldab hankeid.', 'Tagab infoturbe nõuete täitmise kogu osakonnas.'),
		).toEqual([
			{ kind: 'del', text: 'Korraldab hankeid.' },
			{ kind: 'same', text: ' ' },
			{ kind: 'ins', text: 'Tagab infoturbe nõuete täitmise kogu osakonnas.' },
		]);
	});

	test('identical, added and removed texts', () => {
		expect(wordDiff('sama', 'sama')).toEqual([{ kind: 'same', text: 'sama' }]);
		expect(wordDiff('', 'uus')).toEqual([{ kind: 'ins', text: 'uus' }]);
		expect(wordDiff('vana', '')).toEqual([{ kind: 'del', text: 'vana' }]);
		expect(wordDiff('', '')).toEqual([]);
	});
});

test('similarity is case-insensitive and ignores punctuation', () => {
	expect(similarity('Osaleda koolitustel.', 'osaleda KOOLITUSTEL')).toBe(1);
	expect(similarity('a b', 'c d')).toBe(0);
});

describe('diffPositions', () => {
	const duty = (number: string, text: string, results: string[] = ['Tehtud.']) => ({
		number,
		depth: number.split('.').length - 1,
		text: [text],
		results,
	});
	const base: Omit<Position, 'duties'> = {
		id: 'x',
		filePath: 'x.md',
		title: 'X',
		unit: 'u',
		substitutedBy: [],
		substitutes: [],
		status: 'kehtiv',
		stub: false,
		purpose: 'Eesmärk.',
		requirements: { additional: [] },
		competencies: { core: [], additional: [], notes: [] },
		reviewIntervalMonths: 12,
		rights: { items: [] },
		responsibilities: { items: [] },
		tools: [],
		revisionPolicy: [],
	};
	const names = {
		unit: (id: string) => id,
		position: (id: string) => id,
		competencyKey: (label: string) => label.toLowerCase(),
	};

	test('an inserted duty is one addition; the duties after it are only renumbered', () => {
		const before = {
			...base,
			duties: [duty('3.1', 'Menetleb taotlusi.'), duty('3.2', 'Nõustab kliente.')],
		};
		const after = {
			...base,
			duties: [
				duty('3.1', 'Koostab aruandeid.'),
				duty('3.2', 'Menetleb taotlusi.'),
				duty('3.3', 'Nõustab kliente.'),
			],
		};
		const diff = diffPositions(before, after, names);
		expect(diff.duties.map((d) => [d.kind, d.numberAfter])).toEqual([['added', '3.1']]);
		expect(diff.renumbered).toEqual([
			{ before: '3.1', after: '3.2' },
			{ before: '3.2', after: '3.3' },
		]);
		expect(summarizeDiff(diff)).toBe(
			'Lisatud tööülesanne 3.1; ümber nummerdatud 2 tööülesannet.',
		);
	});

	test('a competency moved to the other group is one change, found by its catalogue key', () => {
		const ref = (name: string) => ({ name, indicators: ['Teeb.'] });
		const before = {
			...base,
			duties: [],
			competencies: { core: [ref('Koostöö')], additional: [ref('Täpsus')], notes: [] },
		};
		const after = {
			...base,
			duties: [],
			competencies: { core: [], additional: [ref('Täpsus'), ref('KOOSTÖÖ')], notes: [] },
		};
		const diff = diffPositions(before, after, names);
		expect(diff.competencies.map((c) => [c.kind, c.key, c.groupBefore, c.groupAfter])).toEqual([
			['changed', 'koostöö', 'core', 'additional'],
		]);
		expect(summarizeDiff(diff)).toBe('Muudetud 1 kompetents.');
	});

	test('names reworded duties by number and counts the results added', () => {
		const before = {
			...base,
			duties: [duty('2.1', 'Menetleb taotlusi.'), duty('2.2', 'Nõustab kliente.')],
		};
		const after = {
			...base,
			duties: [
				{
					...duty('2.1', 'Menetleb taotlusi.'),
					results: [...duty('2.1', 'x').results, 'Taotlused on menetletud tähtaegselt.'],
				},
				duty('2.2', 'Nõustab kliente telefoni teel.'),
			],
		};
		expect(summarizeDiff(diffPositions(before, after, names))).toBe(
			'Lisatud 1 oodatav tulemus; muudetud tööülesanne 2.2.',
		);
	});

	test('identical versions are empty', () => {
		const position = { ...base, duties: [duty('3.1', 'Menetleb taotlusi.')] };
		const diff = diffPositions(position, { ...position }, names);
		expect(diff.empty).toBe(true);
		expect(summarizeDiff(diff)).toBe('Sisulisi muudatusi ei ole.');
	});
});

test('joinEt', () => {
	expect(joinEt([])).toBe('');
	expect(joinEt(['a'])).toBe('a');
	expect(joinEt(['a', 'b'])).toBe('a ja b');
	expect(joinEt(['a', 'b', 'c'])).toBe('a, b ja c');
});
