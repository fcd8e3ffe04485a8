import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import EditLink from '../src/components/position/EditLink.astro';
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
			props: { filePath: FILE, baseUrl: 'https://github.com/ska/ametijuhendid/edit/main/' },
		});
		const link = parse(html).querySelector('a');
		expect(link?.textContent).toBe('Muuda seda ametijuhendit');
		expect(link?.getAttribute('href')).toBe(
			`https://github.com/ska/ametijuhendid/edit/main/${FILE}`,
		);
		expect(parse(html).querySelector('.edit-link')?.hasAttribute('data-pagefind-ignore')).toBe(
			true,
		);
		const none = await container.renderToString(EditLink, { props: { filePath: FILE } });
		expect(parse(none).querySelector('a')).toBeNull();
	});
});
