import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { publishModel, type EntryData } from './handoff.ts';
import type { LoadedContent } from './load.ts';
import { loadContentParallel } from './load-parallel.ts';
import { messages } from './messages.ts';
import { countProblems, formatProblem } from './problems.ts';

type CollectionName = 'positions' | 'units' | 'competencies';
const COLLECTIONS: readonly CollectionName[] = ['positions', 'units', 'competencies'];

interface SharedLoad extends LoadedContent {
	/** The generation its model was published as (handoff.ts); undefined when it has errors and was not. */
	generation: number | undefined;
}

let cached: { root: string; result: Promise<SharedLoad>; pending: Set<CollectionName> } | undefined;

/**
 * One parse of the content tree per build, shared by the three collections and released once all three
 * have stored their entries (the parsed files keep their YAML documents for error locations). Large
 * trees are parsed on several threads, as `npm run check` does. A load without errors publishes its model
 * for the pages (handoff.ts).
 */
function loadShared(root: string, collection: CollectionName): Promise<SharedLoad> {
	if (cached?.root !== root || !cached.pending.has(collection)) {
		const result = loadContentParallel({ root }).then((content) => ({
			...content,
			generation: content.problems.some((problem) => problem.severity === 'error') ? undefined : publishModel(content.model),
		}));
		cached = { root, result, pending: new Set(COLLECTIONS) };
	}
	const { result, pending } = cached;
	pending.delete(collection);
	if (pending.size === 0) cached = undefined;
	return result;
}

/** Each collection's latest sync, for the dev server's file watcher. */
const syncs = new Map<CollectionName, () => Promise<void>>();
const watched = new WeakSet<object>();

/**
 * Astro content loader over the project's own parser (src/lib/content). It is also the build's content
 * check: on any error it prints every problem as `npm run check` does and ends the build with exit code 1
 * (Astro's own reference() only logs broken references and would let the build succeed). In the dev
 * server it reports the problems and keeps the last good content instead.
 */
export function contentLoader(collection: CollectionName): Loader {
	return {
		name: `ska-${collection}`,
		load: async ({ store, logger, config, watcher }) => {
			const root = fileURLToPath(config.root);
			const sync = async () => {
				const { files, problems, fileCount, generation } = await loadShared(root, collection);
				const { errors, warnings } = countProblems(problems);
				if (errors > 0) {
					const lines = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
					if (watcher) {
						// The three collections share the load: its problems are printed once.
						if (collection === 'positions') logger.error(`${messages.buildFailed(errors)}\n${lines.join('\n')}`);
						return;
					}
					// A content mistake is not a crash: no stack trace, just the list and a non-zero exit.
					console.error(`\n${lines.join('\n')}\n\n${messages.summary(errors, warnings, fileCount)}\n${messages.buildFailed(errors)}`);
					process.exit(1);
				}
				store.clear();
				// The pages take the content from the published model (handoff.ts); an entry only says which
				// load it belongs to, so every reload changes the store and the dev server re-renders.
				const data: EntryData = { generation: generation! };
				for (const file of files[collection]) {
					if (file.value) store.set({ id: file.id, data, filePath: file.file });
				}
				// Warnings matter while editing; `npm run check` prints them for builds.
				if (collection === 'positions' && watcher) {
					for (const problem of problems) logger.warn(formatProblem(problem));
				}
			};
			await sync();
			syncs.set(collection, sync);
			if (watcher && !watched.has(watcher)) {
				// One handler for the three collections: an edit starts one load, and all three store the
				// same generation of it.
				watched.add(watcher);
				watcher.on('all', (_event, path) => {
					if (!path.includes('/content/')) return;
					cached = undefined;
					for (const resync of syncs.values()) void resync();
				});
			}
		},
	};
}
