/**
 * The words Pagefind indexed (page text, titles and extra terms), read back from the fragments of a built
 * index: the reference that src/lib/search/build/page-vocabulary.ts must agree with.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { vocabularyOf } from '../../src/lib/search/build/page-vocabulary.ts';

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
