import { expect, test } from 'vitest';
import {
	foldForFilter,
	pickerGroups,
	type PickerOption,
} from '../../src/lib/lifecycle/compare-pickers.ts';

const option = (id: string, label: string, unit: string, unitName: string): PickerOption => ({
	id,
	label,
	unit,
	unitName,
});
const options = [
	option('z', 'Õigusnõunik', 'a', 'Arendustalitus'),
	option('y', 'Analüütik', 'a', 'Arendustalitus'),
	option('x', 'Šofför', 'h', 'Halduse tiim'),
	option('w', 'Spetsialist', 'h', 'Halduse tiim'),
	option('v', 'Nõunik', 'h2', 'Halduse tiim'),
];

test('groups by unit id, units and labels in Estonian order (š after s, õ after w)', () => {
	expect(
		pickerGroups(options).map((group) => [group.unitName, group.options.map((o) => o.id)]),
	).toEqual([
		['Arendustalitus', ['y', 'z']],
		['Halduse tiim', ['w', 'x']],
		['Halduse tiim', ['v']],
	]);
});

test('a query keeps the options whose label or unit holds every word, ignoring case and diacritics', () => {
	expect(
		pickerGroups(options, 'SOFF').flatMap((group) => group.options.map((o) => o.id)),
	).toEqual(['x']);
	expect(
		pickerGroups(options, 'arendus oigus').flatMap((group) => group.options.map((o) => o.id)),
	).toEqual(['z']);
	expect(
		pickerGroups(options, 'halduse nounik').flatMap((group) => group.options.map((o) => o.id)),
	).toEqual(['v']);
	expect(pickerGroups(options, 'puudub')).toEqual([]);
	expect(foldForFilter('Õigusnõunik Šofför')).toBe('oigusnounik soffor');
});
