// @ts-check
import { defineConfig } from 'astro/config';
import { editorIntegration } from './src/lib/editor/integration.ts';

export default defineConfig({
	// The published address, for absolute links in the Atom feeds; unset, the feeds link root-relative
	// (src/lib/lifecycle/site.ts changesFeed) rather than to a localhost.
	site: process.env.SITE_URL?.trim() || undefined,
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// External files only: the Content-Security-Policy allows no inline script or style.
		inlineStylesheets: 'never',
		// Pages render while others are written (and while the substitution pictures are laid out on a
		// worker thread, site-data.ts). At 5,000 positions, six alternating Astro-only builds: median 21.7 s
		// with four at a time against 23.0 s with two, and the process's peak RSS 1.60–1.68 GB against
		// 1.58–1.69 GB.
		concurrency: 4,
	},
	vite: {
		build: { assetsInlineLimit: 0 },
	},
	devToolbar: { enabled: false },
	// The browser editor at /toimeta/ (SKA_EDITOR=0 leaves it out): src/lib/editor/integration.ts.
	integrations: [editorIntegration()],
});
