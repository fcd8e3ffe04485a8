/**
 * "Kes asendab" / "Keda asendab" on a position page: one entry stands alone like the other Üldosa
 * values (a one-item list took the list's indent without its bullet); several are a list.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import SubstitutionList from '../src/components/SubstitutionList.astro';

// "Another holder of the same position" renders as text: a link to another position would need the
// site's model, which only the build process has.
const link = (positionId: string) => ({
	positionId,
	samePosition: true,
	declaredHere: true,
	declaredThere: true,
});
const SAME = 'teine sama ametikoha teenistuja';

test.each<[ReturnType<typeof link>[], number, string]>([
	[[], 0, 'asendaja märkimata'],
	[[link('a')], 0, SAME],
	[[link('a'), link('b')], 2, SAME + SAME],
])('case %#: no list for one entry, a list for several', async (links, items, text) => {
	const container = await AstroContainer.create();
	const root = parse(
		await container.renderToString(SubstitutionList, {
			props: { links, empty: 'asendaja märkimata' },
		}),
	);
	expect(root.querySelectorAll('li').length).toBe(items);
	expect(root.querySelectorAll('ul').length).toBe(items > 0 ? 1 : 0);
	expect(root.textContent.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
});
