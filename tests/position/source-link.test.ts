/** The signed original: the directive number and its own line link to the document register. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import RevisionSection from '../../src/components/position/RevisionSection.astro';
import { loadContent } from '../../src/lib/content/load.ts';
import { projectRoot } from '../helpers.ts';

const positions = [
	...loadContent({ root: projectRoot, today: '2026-11-22' }).model.positions.values(),
];
const base =
	positions.find((position) => position.approval?.directive !== undefined) ?? positions[0];

async function render(sourceUrl: string | undefined) {
	const container = await AstroContainer.create();
	const position = { ...base, approval: { ...base.approval, directive: '57' }, sourceUrl };
	return parse(
		await container.renderToString(RevisionSection, {
			props: { position, today: '2026-11-22' },
		}),
	);
}

describe('signed original', () => {
	test('with sourceUrl the directive number and "Allkirjastatud originaal" link to it', async () => {
		const html = await render('https://dhs.ska.ee/dokument/123');
		const links = html
			.querySelectorAll('a[href="https://dhs.ska.ee/dokument/123"]')
			.map((a) => a.textContent);
		expect(links).toEqual(['käskkiri nr 57', 'Allkirjastatud originaal dokumendiregistris']);
		expect(html.querySelectorAll('dt').map((dt) => dt.textContent)).toContain(
			'Allkirjastatud originaal',
		);
	});

	test('without it the directive is plain text and the line is left out', async () => {
		const html = await render(undefined);
		expect(html.querySelector('dd')?.textContent).toContain('käskkiri nr 57');
		expect(
			html.querySelectorAll('a').filter((a) => a.textContent.includes('käskkiri')),
		).toEqual([]);
		expect(html.textContent).not.toContain('Allkirjastatud originaal');
	});
});

describe('status notice', async () => {
	const { default: StatusNotice } =
		await import('../../src/components/position/StatusNotice.astro');
	const notice = async (status: string) =>
		parse(
			await (
				await AstroContainer.create()
			).renderToString(StatusNotice, { props: { status } }),
		).textContent.trim();

	test('a draft says it is not approved and not announced; kehtiv says nothing', async () => {
		expect(await notice('eelnõu')).toMatch(
			/^Eelnõu\. See ametijuhend ei ole veel kinnitatud ega kehti\./,
		);
		expect(await notice('kehtetu')).toMatch(/^Kehtetu\./);
		expect(await notice('kehtiv')).toBe('');
	});
});
