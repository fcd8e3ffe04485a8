import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { projectRoot } from '../helpers.ts';

const ENTRY = resolve(projectRoot, 'src/lib/search/search-page.ts');

/**
 * The modules the search page's script bundles: its imports that carry values, followed through
 * relative paths (`import type` and all-type specifier lists are erased by the compiler).
 */
function bundledModules(entry: string): { files: Set<string>; packages: Set<string> } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		files.add(file);
		const source = readFileSync(file, 'utf8');
		for (const [, clause, from] of source.matchAll(
			/^(?:import|export)\s+([^;]*?)\s*from\s*'([^']+)';/gmsu,
		)) {
			if (/^type\s/u.test(clause)) continue;
			const names = /\{([^}]*)\}/u.exec(clause)?.[1];
			const valueNames = names
				?.split(',')
				.map((name) => name.trim())
				.filter((name) => name !== '' && !name.startsWith('type '));
			if (names !== undefined && valueNames?.length === 0 && !/^\w/u.test(clause)) continue;
			if (from.startsWith('.')) visit(resolve(dirname(file), from));
			else packages.add(from);
		}
	};
	visit(entry);
	return { files, packages };
}

test("the search page bundles none of the model's or the schemas' code, and so no zod", () => {
	const { files, packages } = bundledModules(ENTRY);
	const paths = [...files].map((file) => relative(projectRoot, file));
	expect(paths.length).toBeGreaterThan(10);
	expect(paths.filter((path) => /^(schemas\/|src\/lib\/content\/)/u.test(path))).toEqual([]);
	expect([...packages].filter((name) => name === 'zod' || name.startsWith('zod/'))).toEqual([]);
});
