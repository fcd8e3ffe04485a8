import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import EditLink from '../src/components/position/EditLink.astro';
import { editorEntryUrl } from '../src/lib/editor/entry-link.ts';
import { editUrl } from '../src/lib/site-config.ts';

const FILE = 'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md';

describe('"Muuda seda ametijuhendit"', () => {
	test('editUrl appends the file path to the base, with or without its slash, and encodes it', () => {
		expect(editUrl(FILE, 'https://github.com/ska/ametijuhendid/edit/main/')).toBe(
			`https://github.com/ska/ametijuhendid/edit/main/${FILE}`,
		);
		expect(editUrl(FILE, 'https://github.com/ska/ametijuhendid/edit/main')).toBe(
			`https://github.com/ska/ametijuhendid/edit/main/${FILE}`,
		);
		expect(editUrl('content/a b/ö.md', 'https://h/edit/main/')).toBe(
			'https://h/edit/main/content/a%20b/%C3%B6.md',
		);
		expect(editUrl(FILE, undefined)).toBeUndefined();
	});

	test('links the file in the web editor when a base URL is set, and renders nothing otherwise', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(EditLink, {
			props: {
				filePath: FILE,
				baseUrl: 'https://github.com/ska/ametijuhendid/edit/main/',
				editor: false,
			},
		});
		const link = parse(html).querySelector('a');
		expect(link?.textContent).toBe('Muuda seda ametijuhendit');
		expect(link?.getAttribute('href')).toBe(
			`https://github.com/ska/ametijuhendid/edit/main/${FILE}`,
		);
		expect(parse(html).querySelector('.edit-link')?.hasAttribute('data-pagefind-ignore')).toBe(
			true,
		);
		const none = await container.renderToString(EditLink, {
			props: { filePath: FILE, editor: false },
		});
		expect(parse(none).querySelector('a')).toBeNull();
	});

	test("editorEntryUrl names the entry by its path under the positions' folder", () => {
		expect(editorEntryUrl(FILE)).toBe(
			'/toimeta/#/collections/ametijuhendid/entries/teenuste-osakond/kvaliteedi-peaspetsialist',
		);
		expect(editorEntryUrl('content/positions/ö osakond/a.md')).toBe(
			'/toimeta/#/collections/ametijuhendid/entries/%C3%B6%20osakond/a',
		);
		expect(editorEntryUrl('content/units/teenuste-osakond.md')).toBeUndefined();
	});

	test('links the form in the browser editor first, and the file beside it when both exist', async () => {
		const container = await AstroContainer.create();
		const both = parse(
			await container.renderToString(EditLink, {
				props: { filePath: FILE, baseUrl: 'https://h/edit/main/', editor: true },
			}),
		).querySelectorAll('a');
		expect(both.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
			['Muuda seda ametijuhendit', editorEntryUrl(FILE)],
			['muuda faili', `https://h/edit/main/${FILE}`],
		]);
		const formOnly = parse(
			await container.renderToString(EditLink, { props: { filePath: FILE, editor: true } }),
		).querySelectorAll('a');
		expect(formOnly.map((a) => a.getAttribute('href'))).toEqual([editorEntryUrl(FILE)]);
	});
});
