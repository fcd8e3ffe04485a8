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
		// One page renders while the previous one is written (or waits for a worker thread's result,
		// site-data.ts). Four at a time rendered 5,000 positions fastest but raised the process's peak
		// memory by up to 250 MiB, past Pagefind's, which is the build's peak.
		concurrency: 2,
	},
	vite: {
		build: { assetsInlineLimit: 0 },
	},
	devToolbar: { enabled: false },
	integrations: [pagefindIndex()],
});
