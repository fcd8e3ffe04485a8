/**
 * Content is text, never markup: hostile strings in any field render escaped. Components are rendered
 * with Astro's Container API (getCollection() is empty under Vitest, so these take their data as props).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import DutiesTable from '../src/components/position/DutiesTable.astro';
import ListSection from '../src/components/position/ListSection.astro';
import { parsePositionBody } from '../src/lib/content/parse-body.ts';

const HOSTILE = [
	'<script>alert(1)</script>',
	'<img src=x onerror="alert(1)">',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<style>body{display:none}</style>',
	'<form action="https://example.org"><input></form>',
	'[klõps](javascript:alert(1)) ja ![pilt](data:text/html;base64,PHNjcmlwdD4=)',
];

describe('rendering hostile text', () => {
	test.each(HOSTILE)('%s is escaped in duties, results and list sections', async (text) => {
		const container = await AstroContainer.create();
		const duties = await container.renderToString(DutiesTable, {
			props: { duties: [{ number: '3.1', depth: 1, text: [text, text], results: [text] }] },
		});
		const list = await container.renderToString(ListSection, {
			props: {
				id: 'oigused',
				heading: '4. Õigused',
				section: { lead: text, items: [text] },
				kind: 'right',
			},
		});
		for (const html of [duties, list]) {
			const root = parse(html);
			expect(root.querySelectorAll('script, iframe, style, form, input, img, a')).toEqual([]);
			for (const element of root.querySelectorAll('*')) {
				expect(Object.keys(element.attributes).filter((name) => /^on/i.test(name))).toEqual(
					[],
				);
			}
			// The text survives, as text.
			expect(root.textContent).toContain(text.slice(0, 12));
		}
	});
});

describe('raw HTML in the Markdown body', () => {
	test.each([
		[
			'a block',
			'## Tööülesanded\n\n### 3.1. Ülesanne.\n\n<script>alert(1)</script>\n\n- Tulemus.\n',
		],
		[
			'inline in a result',
			'## Tööülesanded\n\n### 3.1. Ülesanne.\n\n- Tulemus <img src=x onerror=alert(1)>.\n',
		],
		[
			'inline in a duty heading',
			'## Tööülesanded\n\n### 3.1. Ülesanne <b onclick="x()">paks</b>.\n\n- Tulemus.\n',
		],
	])('is an error with its line: %s', (_label, markdown) => {
		const { problems } = parsePositionBody(markdown, 10, false);
		expect(
			problems
				.filter((problem) => problem.message.startsWith('HTML-i ei tohi'))
				.map((problem) => problem.line),
		).toHaveLength(1);
	});

	test('links keep their text and lose their target', () => {
		const { body } = parsePositionBody(
			'## Õigused\n\n- [klõpsa siia](javascript:alert(1)) kohe\n',
			1,
			false,
		);
		expect(body.rights.items).toEqual(['klõpsa siia kohe']);
	});
});
