/**
 * What Pagefind really indexed, read back from a built index: the oracle that the query expansions'
 * vocabulary (src/lib/search/build/expansions.ts, from the model) is measured against.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readBundle } from '../../src/lib/search/build/pagefind.ts';

/** The words of some texts: lower-cased runs of letters. */
const vocabularyOf = (texts: Iterable<string>): Set<string> =>
	new Set([...texts].flatMap((text) => text.toLocaleLowerCase('et').match(/\p{L}+/gu) ?? []));

/** The words of the pages Pagefind indexed (page text, titles and extra terms), from the fragments of part 1. */
export function indexedVocabulary(site: string): Set<string> {
	const dir = join(site, 'pagefind/fragment');
	return vocabularyOf(
		readdirSync(dir).map((name) => {
			const fragment = JSON.parse(
				gunzipSync(readFileSync(join(dir, name)))
					.subarray('pagefind_dcd'.length)
					.toString('utf8'),
			) as {
				content: string;
				meta: Record<string, string>;
			};
			return `${fragment.content} ${fragment.meta.title ?? ''} ${fragment.meta.terms ?? ''}`;
		}),
	);
}

/** The index words (folded and stemmed, as Pagefind searches them) of every part of a built index, through the adapter. */
export function indexWords(site: string): Set<string> {
	const root = join(site, 'pagefind');
	const parts = readdirSync(root).filter((name) => /^osa-\d+$/.test(name));
	const words = new Set<string>();
	for (const folder of [root, ...parts.map((name) => join(root, name))])
		for (const { word } of readBundle(folder).words) words.add(word);
	return words;
}
