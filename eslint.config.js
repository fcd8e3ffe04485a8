// @ts-check
// Typed ESLint over the TypeScript and Astro files (npm run lint, --max-warnings 0).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: [
			'dist/',
			'.dist-builds/',
			'.astro/',
			'bench/runs/',
			'bench/tmp/',
			'node_modules/',
			'schemas/json/',
			'content/',
			'tests/fixtures/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	{
		// TypeScript (astro check) already reports undefined names, with the right globals for Node and the browser.
		rules: { 'no-undef': 'off' },
	},
	{
		// `const { data: _data, ...rest } = node` is how a property is left out of a copy.
		rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
	},
	{
		// These tests import .astro components and pages. Only astro check's language server resolves those
		// imports; to typed ESLint they are error typed, and so is everything taken from them (getStaticPaths,
		// its params and props). astro check still type-checks these files.
		files: [
			'tests/edit-link.test.ts',
			'tests/graph/substitution-pages.test.ts',
			'tests/indexes/competency-parts.test.ts',
			'tests/indexes/position-lists.test.ts',
			'tests/indexes/requirement-pages.test.ts',
			'tests/lifecycle/review-pages.test.ts',
			'tests/position/source-link.test.ts',
			'tests/rendering.test.ts',
			'tests/search/common-text.test.ts',
			'tests/search/position-facets.test.ts',
			'tests/substitution-list.test.ts',
		],
		rules: {
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	...astro.configs.recommended,
	{
		// Astro's frontmatter and client scripts are not part of a TypeScript program the type-aware rules can use.
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.mjs', '**/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
);
