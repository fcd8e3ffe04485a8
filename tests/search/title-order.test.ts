import { describe, expect, test } from 'vitest';
import { displayTitle } from '../../src/lib/display-title.ts';
import { modelTitleSortKey, titleSortKeys } from '../../src/lib/search/title-order.ts';
import { generatedModel } from '../support/generated-agency.ts';

const TITLES = [
	'Õigusnõunik',
	'Ärianalüütik',
	'Zooloog',
	'Šofför',
	'Sekretär',
	'Tõlk',
	'Ülevaataja',
	'Öövalvur',
	'Arhivaar',
	'Žürii liige',
	'Wiki toimetaja',
];
const ESTONIAN = [
	'Arhivaar',
	'Sekretär',
	'Šofför',
	'Zooloog',
	'Žürii liige',
	'Tõlk',
	'Wiki toimetaja',
	'Õigusnõunik',
	'Ärianalüütik',
	'Öövalvur',
	'Ülevaataja',
];

describe('title sort keys', () => {
	const key = titleSortKeys(TITLES);

	test('sort as text and as numbers in Estonian alphabetical order, which code points do not', () => {
		expect([...TITLES].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(ESTONIAN);
		expect([...TITLES].sort((a, b) => Number(key(a)) - Number(key(b)))).toEqual(ESTONIAN);
		expect([...TITLES].sort()).not.toEqual(ESTONIAN);
		expect(new Set(TITLES.map((title) => key(title).length)).size).toBe(1);
	});

	test('equal titles share a key; a title not in the list falls between its neighbours', () => {
		expect(titleSortKeys([...TITLES, 'Tõlk'])('Tõlk')).toBe(titleSortKeys(TITLES)('Tõlk'));
		for (const [title, after, before] of [
			['Šveitsi ekspert', 'Šofför', 'Zooloog'],
			['Aadressihaldur', '', 'Arhivaar'],
			['Ülevaataja abi', 'Ülevaataja', ''],
		]) {
			if (after) expect(key(title) > key(after)).toBe(true);
			if (before) expect(key(title) < key(before)).toBe(true);
		}
	});
});

test('a model gives every position (as results show it), unit and competency title its place in Estonian order', () => {
	const model = generatedModel(300, 3);
	const titles = [
		// A repeated title is shown and sorted with its unit: "Juhtivspetsialist (Arendustalitus)".
		...[...model.positions.values()].map((position) => displayTitle(model, position.id)),
		...[...model.units.values()].map((unit) => unit.name),
		...[...model.competencies.values()].map((competency) => competency.name),
	];
	const byKey = [...titles].sort((a, b) =>
		modelTitleSortKey(model, a) < modelTitleSortKey(model, b)
			? -1
			: modelTitleSortKey(model, a) > modelTitleSortKey(model, b)
				? 1
				: 0,
	);
	expect(byKey).toEqual([...titles].sort(new Intl.Collator('et').compare));
});
