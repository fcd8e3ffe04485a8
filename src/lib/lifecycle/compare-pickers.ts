/**
 * The /vordlus/ position pickers: each a <select> of the described positions grouped by unit
 * (<optgroup>, units and titles in Estonian order) with a text box above it that narrows the list as
 * the reader types, so a picker stays usable at hundreds of positions without a framework.
 */

export interface PickerOption {
	id: string;
	/** The position's display label (a repeated title with its unit). */
	label: string;
	/** The unit's id groups the options (two units may share a name); its name labels the group. */
	unit: string;
	unitName: string;
}

const collator = new Intl.Collator('et');

/** Lower case without diacritics: "taitmine" finds "Täitmine", as on the search page. */
export function foldForFilter(text: string): string {
	return text.toLocaleLowerCase('et').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Units in Estonian order, each with its positions in Estonian order; only those matching `query`. */
export function pickerGroups(
	options: readonly PickerOption[],
	query = '',
): { unitName: string; options: PickerOption[] }[] {
	const words = foldForFilter(query).split(/\s+/).filter(Boolean);
	const matches = (option: PickerOption) => {
		const text = foldForFilter(`${option.label} ${option.unitName}`);
		return words.every((word) => text.includes(word));
	};
	const byUnit = new Map<string, PickerOption[]>();
	for (const option of options.filter(matches))
		byUnit.set(option.unit, [...(byUnit.get(option.unit) ?? []), option]);
	return [...byUnit.values()]
		.map((list) => ({
			unitName: list[0].unitName,
			options: list.sort(
				(a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1),
			),
		}))
		.sort((a, b) => collator.compare(a.unitName, b.unitName));
}

/** Fills `select` with the groups matching `query`, keeping its current choice even when filtered out. */
export function fillPicker(
	select: HTMLSelectElement,
	options: readonly PickerOption[],
	query = '',
): number {
	const chosen = select.value;
	const groups = pickerGroups(options, query);
	const empty = new Option('— vali —', '');
	const children: HTMLElement[] = [empty];
	for (const group of groups) {
		const element = document.createElement('optgroup');
		element.label = group.unitName;
		for (const option of group.options) element.append(new Option(option.label, option.id));
		children.push(element);
	}
	const kept = options.find((option) => option.id === chosen);
	const shown = groups.reduce((sum, group) => sum + group.options.length, 0);
	if (kept && !groups.some((group) => group.options.includes(kept)))
		children.splice(1, 0, new Option(kept.label, kept.id));
	select.replaceChildren(...children);
	select.value = chosen;
	return shown;
}

/** Wires the filter box of one picker: typing narrows the list and says how many positions match. */
export function attachFilter(
	select: HTMLSelectElement,
	filter: HTMLInputElement,
	count: HTMLElement,
	options: readonly PickerOption[],
): void {
	// The first match is chosen while the reader has chosen nothing, so typing a name and pressing Enter
	// compares it; a choice made that way follows the typing, one made in the list stays.
	let automatic = false;
	select.addEventListener('change', () => {
		automatic = false;
	});
	filter.addEventListener('input', () => {
		if (automatic) select.value = '';
		const shown = fillPicker(select, options, filter.value);
		automatic = select.value === '' && shown > 0;
		if (automatic) select.selectedIndex = 1;
		count.textContent =
			filter.value.trim() === ''
				? ''
				: shown === 0
					? 'Ühtegi ametikohta ei leitud.'
					: `${shown} sobivat ametikohta.`;
	});
}
