/**
 * Every built HTML page through the W3C Nu HTML checker, over HTTP from the test server: valid HTML
 * with no errors (warnings are not failures). The checker reads all pages in one Java process.
 */
import { expect, inject, test } from 'vitest';
import { nuErrors } from './support/nu-checker.ts';
import { listFiles, urlPathOf } from './support/site.ts';

const siteUrl = inject('siteUrl');
const paths = listFiles(inject('siteDir'))
	.filter((file) => file.endsWith('.html'))
	.map(urlPathOf);

test(
	`the Nu HTML checker finds no errors on the ${paths.length} pages`,
	{ timeout: 120_000 },
	async () => {
		expect(paths).toContain('/');
		const errors = await nuErrors(paths.map((path) => new URL(path, siteUrl).href));
		const lines = errors.map(
			(error) =>
				`${new URL(error.url).pathname}:${error.lastLine ?? '?'}  ${error.type}${error.subType ? ` (${error.subType})` : ''}: ${error.message}\n      ${error.extract?.replace(/\s+/g, ' ') ?? ''}`,
		);
		expect(errors.length, `${errors.length} errors:\n  ${lines.join('\n  ')}`).toBe(0);
	},
);
