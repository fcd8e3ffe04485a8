/**
 * The /vordlus/ page script (bundled by Astro into an external file; the CSP allows no inline
 * script). Fills the pickers from /andmed/positions-index.json, reads the chosen ids from the query
 * string (?p=a&p=b…), loads only those positions' files and renders the comparison table.
 */
import { displayTitles } from '../display-title.ts';
import {
	buildComparison,
	GROUP_LABELS,
	MAX_COMPARED,
	MIN_COMPARED,
	selectedIds,
	type Comparison,
} from './compare.ts';
import { attachFilter, fillPicker, type PickerOption } from './compare-pickers.ts';
import type { CompetenciesFile, PositionFile, PositionIndexFile, UnitsFile } from './open-data.ts';

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	for (const child of children)
		if (child !== null && child !== undefined && child !== false) element.append(child);
	return element;
}

async function json<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as T;
}

function cellLines(lines: readonly string[]): Node {
	if (lines.length === 0)
		return h(
			'span',
			{ class: 'muted' },
			'—',
			h('span', { class: 'visually-hidden' }, ' (ei ole märgitud)'),
		);
	if (lines.length === 1) return document.createTextNode(lines[0]);
	return h('ul', {}, ...lines.map((line) => h('li', {}, line)));
}

function sectionRow(title: string, columns: number): HTMLTableSectionElement {
	return h(
		'tbody',
		{},
		h(
			'tr',
			{ class: 'section' },
			h('th', { scope: 'rowgroup', colspan: String(columns + 1) }, title),
		),
	);
}

function renderTable(
	comparison: Comparison,
	unitName: (id: string) => string,
	title: (id: string) => string,
): HTMLElement {
	const n = comparison.positions.length;
	const head = h(
		'tr',
		{},
		h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Tunnus')),
		...comparison.positions.map((position) =>
			h(
				'th',
				{ scope: 'col' },
				h('a', { href: position.url }, title(position.id)),
				h('span', { class: 'unit' }, unitName(position.unit)),
			),
		),
	);
	const table = h(
		'table',
		{ class: 'compare', 'data-columns': String(n) },
		h(
			'caption',
			{ class: 'visually-hidden' },
			`Võrdlus: ${comparison.positions.map((position) => title(position.id)).join(', ')}`,
		),
		h('thead', {}, head),
	);
	const rowsSection = (heading: string, rows: Comparison['general']) => {
		if (rows.length === 0) return;
		const body = sectionRow(heading, n);
		for (const row of rows) {
			const cells = row.cells.map((cell, column) => {
				const href = row.links?.[column];
				return h(
					'td',
					{},
					href && cell.length > 0 ? h('a', { href }, cellLines(cell)) : cellLines(cell),
				);
			});
			body.append(h('tr', {}, h('th', { scope: 'row' }, row.label), ...cells));
		}
		table.append(body);
	};
	rowsSection('Üldandmed', comparison.general);
	rowsSection('Nõuded', comparison.requirements);

	if (comparison.competencies.length > 0) {
		const body = sectionRow('Kompetentsid', n);
		for (const row of comparison.competencies) {
			const marker =
				row.sharing === 'all'
					? h('span', { class: 'tag tag--shared' }, 'kõigil')
					: row.sharing === 'unique'
						? h('span', { class: 'tag tag--unique' }, 'ainult ühel')
						: null;
			body.append(
				h(
					'tr',
					{ class: `sharing-${row.sharing}` },
					h(
						'th',
						{ scope: 'row' },
						h('a', { href: `/kompetentsid/${row.id}/` }, row.name),
						marker ? ' ' : '',
						marker,
					),
					...row.cells.map((cell) =>
						cell
							? h(
									'td',
									{},
									h('span', { 'aria-hidden': 'true' }, '✓ '),
									h('span', { class: 'visually-hidden' }, 'on: '),
									cell.label,
									h('span', { class: 'group' }, ` (${GROUP_LABELS[cell.group]})`),
								)
							: h(
									'td',
									{ class: 'absent' },
									h('span', { 'aria-hidden': 'true' }, '—'),
									h('span', { class: 'visually-hidden' }, 'ei ole'),
								),
					),
				),
			);
		}
		table.append(body);
	}

	const duties = sectionRow('Tööülesanded', n);
	duties.append(
		h(
			'tr',
			{},
			h('th', { scope: 'row' }, 'Tööülesanded'),
			...comparison.duties.map((list) =>
				h(
					'td',
					{},
					list.length === 0
						? cellLines([])
						: h(
								'ul',
								{ class: 'duties' },
								...list.map((duty) =>
									h(
										'li',
										{ class: `depth-${Math.min(duty.depth, 3)}` },
										h('strong', {}, `${duty.number}. `),
										duty.text,
									),
								),
							),
				),
			),
		),
	);
	table.append(duties);
	return h(
		'div',
		{
			class: 'compare-scroll',
			role: 'region',
			'aria-label': 'Ametikohtade võrdlus (keritav tabel)',
			tabindex: '0',
		},
		table,
	);
}

async function main(): Promise<void> {
	const form = document.querySelector<HTMLFormElement>('#compare-form');
	const status = document.querySelector<HTMLElement>('#compare-status');
	const result = document.querySelector<HTMLElement>('#compare-result');
	const noScript = document.querySelector<HTMLElement>('#compare-nojs');
	if (!form || !status || !result) return;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name="p"]')];
	const say = (message: string) => {
		status.textContent = message;
	};

	let index: PositionIndexFile;
	let units: UnitsFile;
	let competencies: CompetenciesFile;
	try {
		[index, units, competencies] = await Promise.all([
			json<PositionIndexFile>('/andmed/positions-index.json'),
			json<UnitsFile>('/andmed/units.json'),
			json<CompetenciesFile>('/andmed/competencies.json'),
		]);
	} catch {
		say('Ametikohtade loetelu ei õnnestunud laadida. Proovi lehte uuesti laadida.');
		return;
	}
	const unitNames = new Map(units.units.map((unit) => [unit.id, unit.name]));
	const unitName = (id: string) => unitNames.get(id) ?? id;
	// Repeated titles ("Talitusejuhataja") carry their unit wherever they stand alone: options, headers, managers.
	const titles = displayTitles(index.positions, (id) => unitNames.get(id));
	const title = (id: string) => titles.get(id) ?? id;
	const competencyNames = new Map(
		competencies.competencies.map((competency) => [competency.id, competency.name]),
	);
	const described = index.positions.filter((position) => !position.stub);
	const options: PickerOption[] = described.map((position) => ({
		id: position.id,
		label: title(position.id),
		unit: position.unit,
		unitName: unitName(position.unit),
	}));
	for (const select of selects) {
		fillPicker(select, options);
		const filter = document.querySelector<HTMLInputElement>(`#${select.id}-filter`);
		const count = document.querySelector<HTMLElement>(`#${select.id}-count`);
		if (filter && count) attachFilter(select, filter, count, options);
	}

	const describedIds = new Set(described.map((position) => position.id));
	const chosen = selectedIds(new URLSearchParams(window.location.search).getAll('p'), (id) =>
		describedIds.has(id),
	);
	chosen.forEach((id, position) => {
		if (selects[position]) selects[position].value = id;
	});

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const ids = selectedIds(
			selects.map((select) => select.value),
			(id) => describedIds.has(id),
		);
		if (ids.length < MIN_COMPARED) {
			say(`Vali vähemalt ${MIN_COMPARED} erinevat ametikohta (kuni ${MAX_COMPARED}).`);
			selects.find((select) => select.value === '')?.focus();
			return;
		}
		const params = new URLSearchParams();
		for (const id of ids) params.append('p', id);
		window.location.search = params.toString();
	});
	form.hidden = false;
	if (noScript) noScript.hidden = true;

	if (chosen.length === 0) return;
	if (chosen.length < MIN_COMPARED) {
		say(`Valitud on üks ametikoht. Vali veel vähemalt üks ja vajuta „Võrdle“.`);
		return;
	}
	say('Laadin ametikohti…');
	try {
		const files = await Promise.all(
			chosen.map((id) => json<PositionFile>(`/andmed/positions/${id}.json`)),
		);
		const comparison = buildComparison(
			files.map((file) => file.position),
			{
				unitName: (id) => unitNames.get(id),
				positionTitle: (id) => titles.get(id),
				competencyName: (id) => competencyNames.get(id),
			},
		);
		result.replaceChildren(
			h('h2', { id: 'vordluse-tulemus' }, 'Võrdlus'),
			h(
				'p',
				{ class: 'hint' },
				'Kõigil valitud ametikohtadel olevad kompetentsid on märgitud „kõigil“ ja on tabelis eespool, ainult ühel ametikohal olevad „ainult ühel“. Kitsal ekraanil keri tabelit külgsuunas.',
			),
			renderTable(comparison, unitName, title),
		);
		say(`Võrreldakse ${chosen.length} ametikohta.`);
		document.title = `Võrdlus: ${files.map((file) => title(file.position.id)).join(', ')} · SKA ametijuhendid`;
	} catch {
		say('Valitud ametikohtade andmeid ei õnnestunud laadida.');
	}
}

void main();
