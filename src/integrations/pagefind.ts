import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Position, unit and competency pages: the only pages with data-pagefind-body. */
export const SEARCHABLE_PAGES = '{ametikohad,uksused,kompetentsid}/*/index.html';

/**
 * Builds the Pagefind search index in-process after Astro has written the pages. Any Pagefind error
 * fails the build: a site whose search silently returns nothing is worse than no new site.
 * Only elements marked data-pagefind-body are indexed, so navigation and page chrome stay out.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'ska-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'et' });
					if (!index || errors.length > 0) throw new Error(errors.join('\n') || 'Pagefind did not start');
					// Only the page kinds that carry data-pagefind-body: Pagefind would otherwise read and parse every
					// HTML file (history and diff pages, indexes), about half of the output at scale, for nothing.
					const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
					if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
					if (added.page_count === 0) throw new Error('no page has data-pagefind-body');
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
					logger.info(`search index: ${added.page_count} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
