import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { finishSite } from './finish-site.ts';

export { SEARCHABLE_PAGES } from './finish-site.ts';

/**
 * Finishes the site (per-position open data, Pagefind index) at the end of `astro build`, unless
 * scripts/build-site.ts has said it will do so itself once Astro has exited (SKA_FINISH_AFTER_BUILD=1).
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'ska-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.SKA_FINISH_AFTER_BUILD === '1') return;
				await finishSite(fileURLToPath(dir), (message) => logger.info(message));
			},
		},
	};
}
