import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { Position } from '../../schemas/position.ts';
import DutiesTable from '../../src/components/position/DutiesTable.astro';
import ListSection from '../../src/components/position/ListSection.astro';
import { findCommonTexts, isCommon, normalizeWording } from '../../src/lib/search/common-text.ts';

interface Wordings {
	duties?: string[];
	results?: string[];
	rights?: string[];
	responsibilities?: string[];
	stub?: boolean;
}

function position(id: number, wordings: Wordings): Position {
	return {
		id: `p${id}`,
		stub: wordings.stub ?? false,
		duties: (wordings.duties ?? [`Oma töö ${id}`]).map((text, index) => ({
			number: `3.${index + 1}`,
			depth: 1,
			text: [text],
			results: index === 0 ? (wordings.results ?? []) : [],
		})),
		rights: { lead: 'Omab õigust:', items: wordings.rights ?? [] },
		responsibilities: { items: wordings.responsibilities ?? [] },
	} as unknown as Position;
}

/** n positions, of which the first `using` have the wording as a right. */
function corpus(
	n: number,
	using: number,
	right = 'teha kaugtööd kokkuleppel vahetu juhiga;',
): Position[] {
	return Array.from({ length: n }, (_, i) =>
		position(i, { rights: i < using ? [right, `erioigus ${i}`] : [`erioigus ${i}`] }),
	);
}

const threshold = { minShare: 0.5, minPositions: 50 };

describe('common wordings', () => {
	test('a wording in at least half of the positions, and in at least minPositions, is common', () => {
		expect(findCommonTexts(corpus(200, 100), threshold).list).toEqual([
			{ kind: 'right', text: 'teha kaugtööd kokkuleppel vahetu juhiga;', positions: 100 },
		]);
		expect(findCommonTexts(corpus(200, 99), threshold).list).toEqual([]);
		// A small site indexes everything, however alike its descriptions are.
		expect(findCommonTexts(corpus(49, 49), threshold).list).toEqual([]);
		expect(findCommonTexts(corpus(50, 50), threshold).list).toHaveLength(1);
	});

	test('stubs have no description and do not count towards the share', () => {
		const positions = [
			...corpus(100, 50),
			...Array.from({ length: 100 }, (_, i) => position(1000 + i, { stub: true })),
		];
		const common = findCommonTexts(positions, threshold);
		expect(common.described).toBe(100);
		expect(common.list.map((item) => item.positions)).toEqual([50]);
	});

	test('case, spacing and closing punctuation do not make another wording; the commonest spelling is shown', () => {
		const spellings = [
			'Teha kaugtööd  kokkuleppel vahetu juhiga;',
			'teha kaugtööd kokkuleppel vahetu juhiga.',
			'teha kaugtööd kokkuleppel vahetu juhiga.',
		];
		const positions = Array.from({ length: 60 }, (_, i) =>
			position(i, { rights: [spellings[i % 3]] }),
		);
		const common = findCommonTexts(positions, threshold);
		expect(common.list).toEqual([
			{ kind: 'right', text: 'teha kaugtööd kokkuleppel vahetu juhiga.', positions: 60 },
		]);
		expect(isCommon(common, 'right', 'TEHA kaugtööd kokkuleppel vahetu juhiga')).toBe(true);
		expect(normalizeWording(' Vastu võtta otsuseid;\n')).toBe('vastu võtta otsuseid');
	});

	test('a wording repeated within one position counts once, and kinds are counted apart', () => {
		const text = 'Ülesanded on täidetud õigeaegselt.';
		const positions = Array.from({ length: 100 }, (_, i) =>
			position(i, i < 40 ? { results: [text, text], duties: [text] } : { results: [text] }),
		);
		const common = findCommonTexts(positions, threshold);
		expect(common.list).toEqual([{ kind: 'result', text, positions: 100 }]);
		expect(isCommon(common, 'duty', text)).toBe(false);
		expect(isCommon(common, 'result', text)).toBe(true);
	});

	test('the position page keeps common wordings on the page but out of the search index', async () => {
		const common = findCommonTexts(
			Array.from({ length: 60 }, (_, i) =>
				position(i, {
					duties: ['Vahetu juhi ühekordsete ülesannete täitmine.', `Eriülesanne ${i}`],
					results: ['Ülesanded on täidetud.', `Tulemus ${i}`],
					responsibilities: ['ameti maine hoidmise eest;', `vastutus ${i}`],
				}),
			),
			threshold,
		);
		const container = await AstroContainer.create();
		const table = parse(
			await container.renderToString(DutiesTable, {
				props: {
					common,
					duties: [
						{
							number: '3.1',
							depth: 1,
							text: ['Vahetu juhi ühekordsete ülesannete täitmine.'],
							results: ['Ülesanded on täidetud.', 'Tulemus 7'],
						},
						{ number: '3.2', depth: 1, text: ['Eriülesanne 7'], results: [] },
					],
				},
			}),
		);
		const ignored = (root: ReturnType<typeof parse>) =>
			root
				.querySelectorAll('h3, li')
				.filter((element) => element.hasAttribute('data-pagefind-ignore'))
				.map((element) => element.textContent);
		expect(ignored(table)).toEqual([
			'Vahetu juhi ühekordsete ülesannete täitmine.',
			'Ülesanded on täidetud.',
		]);
		expect(table.textContent).toContain('Tulemus 7');

		const list = parse(
			await container.renderToString(ListSection, {
				props: {
					id: 'vastutus',
					heading: '5. Vastutus',
					kind: 'responsibility',
					common,
					section: { items: ['ameti maine hoidmise eest.', 'vastutus 7'] },
				},
			}),
		);
		expect(ignored(list)).toEqual(['ameti maine hoidmise eest.']);
		// Without the set (a small site), nothing is left out.
		const plain = parse(
			await container.renderToString(ListSection, {
				props: {
					id: 'vastutus',
					heading: '5. Vastutus',
					kind: 'responsibility',
					section: { items: ['ameti maine hoidmise eest.'] },
				},
			}),
		);
		expect(ignored(plain)).toEqual([]);
	});
});
