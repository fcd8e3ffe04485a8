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
	...astro.configs.recommended,
	{
		// Astro's frontmatter and client scripts are not part of a TypeScript program the type-aware rules can use.
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.mjs', '**/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
);
