// @ts-check
// Baseline for `npm run bench`: the least an Astro 7 site can do with the same Markdown — a glob()
// loader, one plain page per file, Pagefind over the output. Built in a temporary copy, never here.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

export default defineConfig({
	devToolbar: { enabled: false },
	integrations: [
		{
			name: 'baseline-pagefind',
			hooks: {
				'astro:build:done': async ({ dir, logger }) => {
					const started = performance.now();
					const site = fileURLToPath(dir);
					try {
						// Pagefind's Node API with the same language as src/lib/search/build/pagefind.ts.
						const { index, errors } = await pagefind.createIndex({
							forceLanguage: 'et',
						});
						if (!index || errors.length > 0)
							throw new Error(errors.join('\n') || 'Pagefind did not start');
						const added = await index.addDirectory({ path: site });
						if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
						const written = await index.writeFiles({
							outputPath: join(site, 'pagefind'),
						});
						if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
						logger.info(
							`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
						);
					} finally {
						await pagefind.close();
					}
				},
			},
		},
	],
});
