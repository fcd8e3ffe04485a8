/**
 * README.md and CONTRIBUTING.md may name only paths that exist. The rule, kept simple on purpose:
 *
 * - Only inline code spans (`…`) outside fenced code blocks count; fenced blocks hold example output
 *   and files to be created, which tests/hr/contributing.test.ts checks separately.
 * - A span is a path when it has no white space (that would be a command or a YAML snippet), is not
 *   a URL, an npm scope (@11ty/…) or an option (--id), and either contains "/" (relative to the
 *   project root; a trailing "/" means a folder) or is a bare file name with a known extension
 *   (it must then exist somewhere in the project).
 * - Placeholders <id>, <osakond>, <tunnus> … stand for one path segment or part of one; "*" for any
 *   characters within a segment and "**" for any number of folders. At least one path must match.
 * - Paths inside folders that .gitignore lists (dist/, node_modules/ …) are build output and skipped.
 * - A span starting with "/" is a URL of the built site: it must match a page route in src/pages
 *   (placeholders as above). Files the build writes outside the routes (BUILD_OUTPUT) and paths on the
 *   machine (SYSTEM_PATH) are skipped.
 * - Folder READMEs may name paths relative to their folder. A bare file name in a folder README
 *   (`render.ts`) must name a file in that folder or below it, or the only file of that name in the
 *   project: several folders have a render.ts, and a folder's map must not point at one that moved.
 * - Markdown links to files ([README](src/lib/search/README.md)) must resolve from the document's
 *   folder; links to web pages and to headings are left to the heading test below.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { pageRoutes } from '../site/support/site.ts';

/**
 * The root's README and CONTRIBUTING, and every folder's README (whose paths may be relative to its
 * folder).
 */
const DOCS = [
	'README.md',
	'CONTRIBUTING.md',
	...walk(projectRoot, (folder) => /^dist$|(^|\/)(node_modules|\.[^/]+)$/.test(folder))
		.filter((path) => path.endsWith('/README.md'))
		.sort(),
];
/**
 * Site URLs the build writes outside Astro's routes: hashed assets, the search index and its files,
 * the open data split per position.
 */
const BUILD_OUTPUT =
	/^\/(_astro\/|pagefind\/|otsing\/(laiendused|jarjestus)\/|otsing\/indeksi-osad\.json$|andmed\/positions\/)/;
/** Paths on the machine rather than the site (/usr/bin/time, /proc). */
const SYSTEM_PATH = /^\/(usr|proc|tmp|srv|etc)(\/|$)/;
const EXTENSIONS = /\.(md|ts|mjs|js|json|ya?ml|astro|txt|snap|docx)$/;

function inlineCodeSpans(markdown: string): string[] {
	const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
	return [...withoutFences.matchAll(/`([^`]+)`/g)].map((match) => match[1].trim());
}

/** Targets of Markdown links that point at files of the project, without their #fragment. */
function linkTargets(markdown: string): string[] {
	const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
	return [...withoutFences.matchAll(/\]\(([^)\s]+)\)/g)]
		.map((match) => match[1].replace(/#.*$/, ''))
		.filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

function isPathLike(span: string): boolean {
	if (/\s/.test(span) || span === '') return false;
	if (/^[a-z]+:\/\//i.test(span) || span.startsWith('@') || span.startsWith('-')) return false;
	if (span.includes('/')) return true;
	return EXTENSIONS.test(span) && !span.startsWith('.');
}

/** A doc path as a regular expression over project-relative paths (folders end in "/"). */
function pathPattern(path: string): RegExp {
	const bare = !path.includes('/');
	let source = '';
	for (let index = 0; index < path.length; index += 1) {
		const char = path[index];
		if (char === '<') {
			const end = path.indexOf('>', index);
			source += '[^/]+';
			index = end === -1 ? path.length : end;
		} else if (path.startsWith('**/', index)) {
			source += '(?:[^/]+/)*';
			index += 2;
		} else if (char === '*') {
			source += '[^/]*';
		} else {
			source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
		}
	}
	return new RegExp(bare ? `(^|/)${source}$` : `^${source}$`);
}

function ignoredFolders(): string[] {
	return readFileSync(join(projectRoot, '.gitignore'), 'utf8')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line.endsWith('/') && !line.startsWith('#'))
		.map((line) => line.replace(/^\//, ''));
}

/**
 * Every file and folder of the project (folders with a trailing "/"), without .git and ignored
 * folders.
 */
function projectPaths(): string[] {
	const ignored = ignoredFolders();
	return walk(
		projectRoot,
		(folder) => folder === '.git' || ignored.some((ignore) => `${folder}/`.startsWith(ignore)),
		true,
	);
}

/**
 * The project's files (and with `folders`, its folders with a trailing "/"), relative to `root`,
 * never descending into a folder `skip` names: node_modules holds thousands of folders, and Vite
 * creates and removes temporary ones in it while other tests build the site.
 */
function walk(root: string, skip: (folder: string) => boolean, folders = false): string[] {
	const paths: string[] = [];
	const visit = (folder: string): void => {
		for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
			const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
			if (!entry.isDirectory()) paths.push(path);
			else if (!skip(path)) {
				if (folders) paths.push(`${path}/`);
				visit(path);
			}
		}
	};
	visit('');
	return paths;
}

describe('the path rule', () => {
	test.each([
		['content/positions/<osakond>/<id>.md', true],
		['schemas/*.ts', true],
		['README.md', true],
		['check-content.ts', true],
		['npm run check', false],
		['@11ty/gray-matter', false],
		['https://example.org/a', false],
		['--format', false],
		['.md', false],
		['### 3.1. …', false],
		['YYYY-MM-DD', false],
		['status: eelnõu', false],
	])('%s is a path: %s', (span, expected) => {
		expect(isPathLike(span)).toBe(expected);
	});

	test.each([
		[
			'content/positions/<osakond>/<id>.md',
			'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md',
			true,
		],
		['content/positions/<osakond>/<id>.md', 'content/positions/a/b/c.md', false],
		['content/positions/**/*.md', 'content/positions/a/b/c.md', true],
		['schemas/', 'schemas/', true],
		['schemas/', 'schemas/position.ts', false],
		['check-content.ts', 'scripts/check-content.ts', true],
		['<tunnus>.md', 'content/positions/x/y.md', true],
	])('%s matches %s: %s', (path, candidate, expected) => {
		expect(pathPattern(path).test(candidate)).toBe(expected);
	});

	test('links to files count, links to web pages and headings do not', () => {
		expect(
			linkTargets('[a](b/README.md) [c](https://x.org/d) [e](#f) [g](h.md#i) `[j](k.md)`'),
		).toEqual(['b/README.md', 'h.md', 'k.md']);
	});

	test('fenced code blocks do not count', () => {
		expect(inlineCodeSpans('a `x/y.md` b\n```text\n`not/this.md`\n```\nc `z.ts`')).toEqual([
			'x/y.md',
			'z.ts',
		]);
	});
});

describe.each(DOCS)('%s', (doc) => {
	const markdown = readFileSync(join(projectRoot, doc), 'utf8');

	test('names only paths that exist', () => {
		const ignored = ignoredFolders();
		const all = projectPaths();
		const spans = [...new Set(inlineCodeSpans(markdown).filter(isPathLike))];
		const paths = spans.filter((span) => !span.startsWith('/'));
		expect(paths.length).toBeGreaterThan(doc.includes('/') ? 0 : 5);
		const folder = dirname(doc);
		const routes = pageRoutes(join(projectRoot, 'src/pages'));
		const missingPages = spans
			.filter(
				(span) =>
					span.startsWith('/') && !BUILD_OUTPUT.test(span) && !SYSTEM_PATH.test(span),
			)
			.filter((url) => !routes.some((route) => route.test(url.replace(/<[^>]+>/g, 'x'))));
		expect(missingPages).toEqual([]);
		const missing = paths.filter((path) => {
			const here = folder === '.' ? path : posix.normalize(`${folder}/${path}`);
			if (
				[path, here].some((p) =>
					ignored.some(
						(ignoredFolder) => p.startsWith(ignoredFolder) || `${p}/` === ignoredFolder,
					),
				)
			)
				return false;
			const patterns = [pathPattern(path), pathPattern(here)];
			const matches = all.filter((candidate) =>
				patterns.some((pattern) => pattern.test(candidate)),
			);
			// A bare name in a folder README: its folder's file, or the only one of that name.
			if (folder !== '.' && !path.includes('/'))
				return (
					!matches.some((match) => match.startsWith(`${folder}/`)) && matches.length !== 1
				);
			return matches.length === 0;
		});
		expect(missing).toEqual([]);
	});

	test('links only to files that exist', () => {
		const folder = dirname(doc);
		const missing = linkTargets(markdown).filter(
			(target) => !existsSync(join(projectRoot, folder, decodeURIComponent(target))),
		);
		expect(missing).toEqual([]);
	});

	test('links to its own headings resolve', () => {
		// GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens.
		const slug = (heading: string) =>
			heading
				.trim()
				.toLowerCase()
				.replace(/[^\p{L}\p{N}\s-]/gu, '')
				.replace(/\s/g, '-');
		const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
		const anchors = new Set(
			[...withoutFences.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1])),
		);
		const links = [...withoutFences.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
		expect(links.filter((link) => !anchors.has(link))).toEqual([]);
	});
});
