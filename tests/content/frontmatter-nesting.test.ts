/**
 * The linear frontmatter splitter gives what gray-matter gave (issue 25, finding 3), and the nesting
 * measure refuses deep nesting but not ordinary documents (finding 4).
 */
import matter from '@11ty/gray-matter';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { findDeepMarkdown, findDeepYaml, MAX_NESTING } from '../../src/lib/content/nesting.ts';
import { projectRoot } from '../helpers.ts';

/** gray-matter as parse-file.ts used it: the YAML it handed over (undefined when it did not), and the body. */
function grayMatter(text: string): { yaml?: string; content: string } {
	let yaml: string | undefined;
	const content = matter(text, { engines: { yaml: { parse: (frontmatter: string) => ((yaml = frontmatter), {}), stringify: () => '' } } }).content;
	return { yaml, content };
}

describe('splitFrontmatter', () => {
	test('splits every real position file as gray-matter did', () => {
		const folder = join(projectRoot, 'content/positions');
		for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }).filter((item) => item.isFile())) {
			const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
			expect(splitFrontmatter(text)).toEqual(grayMatter(text));
		}
	});

	test('splits generated files as gray-matter did', () => {
		const tokens = ['---', '--- ', '----', '\n', '\n\n', 'title: x', '# kommentaar', '#', '  ', '\r\n', 'body', '---x'];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 16 }), (parts) => {
				const text = `---\n${parts.join('')}`;
				expect(splitFrontmatter(text)).toEqual(grayMatter(text));
			}),
			{ seed: 25, numRuns: 3_000 },
		);
	});
});

describe('nesting', () => {
	test.each([
		['- - - x', undefined],
		[`${'- '.repeat(MAX_NESTING)}x`, undefined],
		[`${'- '.repeat(MAX_NESTING + 1)}x`, 1],
		[`tekst\n${'> '.repeat(40)}x`, 2],
		[`${'1. '.repeat(40)}x`, 1],
		[`${'*'.repeat(80)}`, undefined],
		[`${'*'.repeat(80)}x${'*'.repeat(80)}`, 1],
		['**rõhutatud** ja _kaldkiri_', undefined],
	])('Markdown %j → line %s', (markdown, line) => {
		expect(findDeepMarkdown(markdown)?.line).toBe(line);
	});

	test.each([
		['a: [b, [c]]', undefined],
		[`a: ${'['.repeat(40)}`, 1],
		[`a: "${'['.repeat(40)}"`, undefined],
		[`a: '${'{'.repeat(40)}'`, undefined],
		[`a: x # ${'['.repeat(40)}`, undefined],
		[`a:\n${'- '.repeat(40)}x`, 2],
		[`title: Mari's ${'['.repeat(3)}`, undefined],
		[Array.from({ length: 40 }, () => 'title: "a [b"').join('\n'), undefined],
	])('YAML %j → line %s', (yaml, line) => {
		expect(findDeepYaml(yaml)?.line).toBe(line);
	});
});
