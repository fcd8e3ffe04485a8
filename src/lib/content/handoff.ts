import type { Model } from './model.ts';

/**
 * How the pages get the content the loader parsed, without a round trip through Astro's data store.
 *
 * The content loader (astro-loader.ts) runs in the same process that later renders the pages, but in a
 * separate module graph: the pages are bundled into the build's own chunks, so module state is not
 * shared and only `globalThis` is. Storing the parsed files as collection entries instead made Astro
 * serialise them with devalue (13.5 MB at 5,000 positions), bundle that string into the server chunks
 * and parse it back before the first page: about 1.5 s of a 5,000-position build, and a second copy of
 * all content in memory.
 *
 * The collections still hold one entry per file, with the generation of the load that produced it, so
 * Astro's dev server still notices edits and re-renders, and the pages can check that the model they are
 * handed is the one the entries came from.
 */
interface Published {
	generation: number;
	model: Model;
}

/** The data of every collection entry: which load it belongs to. */
export interface EntryData extends Record<string, unknown> {
	generation: number;
}

const KEY = Symbol.for('ska.loadedContent');

type Holder = { [KEY]?: Published };

/** Makes a newly loaded model the current one; returns the generation its collection entries carry. */
export function publishModel(model: Model): number {
	const holder = globalThis as Holder;
	const generation = (holder[KEY]?.generation ?? 0) + 1;
	holder[KEY] = { generation, model };
	return generation;
}

/**
 * The model the loader published, checked against the generation the collection entries carry. Throws
 * when there is none or it is not the one the entries came from: pages rendered from another load's
 * content would be silently wrong.
 */
export function publishedModel(generations: readonly (number | undefined)[]): Model {
	const published = (globalThis as Holder)[KEY];
	if (!published) throw new Error('No content was loaded in this process: the pages render only in the process that ran the content loader (src/lib/content/astro-loader.ts).');
	for (const generation of generations) {
		if (generation !== undefined && generation !== published.generation) {
			throw new Error(`The collection entries come from content load ${generation}, but load ${published.generation} is the current one.`);
		}
	}
	return published.model;
}
