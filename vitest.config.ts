import { getViteConfig } from 'astro/config';
import { availableParallelism } from 'node:os';
import { configDefaults } from 'vitest/config';

export default getViteConfig({
	test: {
		environment: 'node',
		testTimeout: 20_000,
		// Vitest's default is one worker per core minus one, so one on two cores. The site tests mostly
		// wait for Chromium (its own processes), so a second worker runs unit files meanwhile:
		// 102 s → 67 s for `vitest run` on the two-core machine.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: [...configDefaults.exclude, 'tests/site/**'],
				},
			},
			{
				// The built site, in Chromium and as files: tests/site/support/global-setup.ts builds and
				// serves it once for these files only, so `vitest --project unit` stays fast.
				extends: true,
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/site/support/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 30_000,
				},
			},
		],
	},
});
