import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { loadContent, type LoadedContent } from './load.ts';
import { messages } from './messages.ts';
import { countProblems, formatProblem } from './problems.ts';

type CollectionName = 'positions' | 'units' | 'competencies';

let cached: { root: string; result: LoadedContent } | undefined;

/** One parse of the content tree per build, shared by the three collections; reset on file changes in dev. */
function loadShared(root: string): LoadedContent {
	if (cached?.root !== root) cached = { root, result: loadContent({ root }) };
	return cached.result;
}

/**
 * Astro content loader over the project's own parser (src/lib/content). Content errors throw, so the
 * build fails; Astro's own reference() is not used because it only logs broken references.
 */
export function contentLoader(collection: CollectionName): Loader {
	return {
		name: `ska-${collection}`,
		load: async ({ store, logger, config, watcher }) => {
			const root = fileURLToPath(config.root);
			const sync = () => {
				const { files, problems } = loadShared(root);
				const { errors } = countProblems(problems);
				if (errors > 0) {
					const list = problems.filter((problem) => problem.severity === 'error').map(formatProblem).join('\n');
					throw new AstroError(`${messages.buildFailed(errors)}\n${list}`, messages.howToFix());
				}
				store.clear();
				for (const file of files[collection]) {
					if (file.value) store.set({ id: file.id, data: file.value as unknown as Record<string, unknown>, filePath: file.file });
				}
				// Warnings matter while editing; `npm run check` prints them for builds.
				if (collection === 'positions' && watcher) {
					for (const problem of problems) logger.warn(formatProblem(problem));
				}
			};
			sync();
			watcher?.on('all', (_event, path) => {
				if (!path.includes('/content/')) return;
				cached = undefined;
				try {
					sync();
				} catch (error) {
					logger.error((error as Error).message);
				}
			});
		},
	};
}
