// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// External files only: the Content-Security-Policy allows no inline script or style.
		inlineStylesheets: 'never',
	},
	vite: {
		build: { assetsInlineLimit: 0 },
	},
	devToolbar: { enabled: false },
	integrations: [pagefindIndex()],
});
