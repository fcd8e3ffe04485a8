/**
 * The Pagefind indexes the re-chunking tests search (index-chunks.test.ts, index-parts.test.ts): 150
 * made-up position pages indexed by Pagefind's Node API as one index and as four parts of interleaved
 * pages, what the one index finds before re-chunking, and both re-chunked into small chunks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { cutCost } from '../../../src/lib/search/build/chunks.ts';
import { rechunkSearchIndex, type Rechunked } from '../../../src/lib/search/build/rechunk.ts';
import { sortKeyFilter } from '../../../src/lib/search/query.ts';
import { closePagefind, openSearch, pageHtml } from './pagefind-node.ts';

/** Orders words as Pagefind's Rust does: by UTF-8 bytes, which is code point order. */
export const byCodePoint = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
/** The chunks whose range holds `word`, as the browser tests it first (from ≤ word ≤ to). */
export const holding = (ranges: { from: string; to: string }[], word: string) =>
	ranges.flatMap(({ from, to }, i) =>
		byCodePoint(from, word) <= 0 && byCodePoint(word, to) <= 0 ? [i] : [],
	);

/** Deterministic pseudo-random numbers (a linear congruential generator), so the pages are the same each run. */
function random(seed: number): () => number {
	let state = seed;
	return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

export const VOCABULARY = [
	'aruanne',
	'aruande',
	'büroo',
	'dokument',
	'dokumendid',
	'eelarve',
	'eelarvet',
	'füüsiline',
	'hange',
	'hanked',
	'hangetega',
	'haldus',
	'haldamine',
	'isikuandmed',
	'juhend',
	'juhendamine',
	'järelevalve',
	'järelevalvet',
	'järelevalvealase',
	'järelkontroll',
	'kasu',
	'kasutaja',
	'kasutajakonto',
	'kasutajakontode',
	'kliendid',
	'klienditeenindus',
	'koolitus',
	'koolituse',
	'lahendus',
	'lähetus',
	'menetlus',
	'menetlemine',
	'nõustamine',
	'nõuded',
	'ohvriabi',
	'ohvriabiteenus',
	'planeerimine',
	'pöördumine',
	'pöördumised',
	'riigihange',
	'sotsiaaltöö',
	'sotsiaalteenus',
	'statistika',
	'šabloon',
	'tegevusluba',
	'tegevusload',
	'toetus',
	'toetused',
	'töö',
	'tööga',
	'tööülesanne',
	'tööülesanded',
	'ülevaade',
	'ülevaatus',
	'ülesanne',
	'õigus',
	'õigusakt',
	'õigusaktide',
	'õigeaegselt',
	'ärakiri',
	'õppus',
	'zooloog',
	'žürii',
];

/** The index metadata the bundle's entry points at: [version, pages, chunks (from, to, file name), filters, sorts, …]. */
export function readMeta(
	bundle: string,
): [string, [string, number][], [string, string, string][], [string, string][], unknown[]] {
	const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
		languages: { et: { hash: string } };
	};
	return decode(
		gunzipSync(
			readFileSync(join(bundle, `pagefind.${entry.languages.et.hash}.pf_meta`)),
		).subarray(12),
	) as ReturnType<typeof readMeta>;
}

/** The words of each chunk of a bundle, in the order its metadata lists them. */
export function chunkWordLists(bundle: string): string[][] {
	return readMeta(bundle)[2].map(([, , name]) => {
		const [words] = decode(
			gunzipSync(readFileSync(join(bundle, 'index', `${name}.pf_index`))).subarray(12),
		) as [[string][]];
		return words.map(([word]) => word);
	});
}

/** What each cut between neighbouring chunks of a bundle hides (cutCost): 0 nothing, 1000 and more a whole word. */
export function cutCosts(bundle: string): number[] {
	const chunks = chunkWordLists(bundle);
	return chunks.slice(1).map((words, i) => cutCost(chunks[i].at(-1)!, words[0]));
}

export interface RechunkedIndexes {
	/** The pages as one index, re-chunked. */
	site: string;
	rechunked: Rechunked;
	/** Chunks of the one index as Pagefind wrote it. */
	chunksBefore: number;
	/** The same index in chunks so small that families of words ("kasu", "kasutaja"…) are cut apart. */
	tiny: string;
	/** The same pages in four parts of interleaved pages, one Pagefind index each, as index-build.ts builds a large site's. */
	split: string;
	splitRechunked: Rechunked;
	/** What the one index found before re-chunking: each word's results. */
	before: Map<string, { id: string; score: number; url: string }[]>;
	/** The URLs found for the first words with a filter. */
	filteredBefore: Map<string, string[]>;
	/** The URLs found for made-up compounds (found through the index word that begins them) and pairs of words. */
	moreBefore: Map<string, string[]>;
	/** Each page's sort keys, by URL. */
	sortKeys: Map<string, { pealkiri: string; muudetud?: string }>;
	/** Removes the folders and stops Pagefind's service. */
	close(): Promise<void>;
}

export async function rechunkedIndexes(): Promise<RechunkedIndexes> {
	const before = new Map<string, { id: string; score: number; url: string }[]>();
	const filteredBefore = new Map<string, string[]>();
	const moreBefore = new Map<string, string[]>();
	const sortKeys = new Map<string, { pealkiri: string; muudetud?: string }>();
	const next = random(7);
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'et' });
	if (!index) throw new Error(errors.join('\n'));
	const parts = await Promise.all(
		Array.from({ length: 4 }, () => pagefind.createIndex({ forceLanguage: 'et' })),
	);
	for (let n = 0; n < 150; n++) {
		// "haruldane" (rare) is on three pages only, so some parts of a split index have none of it.
		const body = `${Array.from({ length: 30 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(' ')}${n % 50 === 0 ? ' haruldane' : ''}`;
		const title = `${VOCABULARY[Math.floor(next() * VOCABULARY.length)]} ${n}`;
		const changed = `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
		const url = `/ametikohad/a${n}/`;
		// Every tenth page has no change date.
		sortKeys.set(
			url,
			n % 10 === 0 ? { pealkiri: title } : { pealkiri: title, muudetud: changed },
		);
		const html = pageHtml({ url, title, body }).replace(
			'</main>',
			`<span data-pagefind-filter="osakond">o${n % 7}</span><span data-pagefind-filter="${sortKeyFilter('pealkiri', title)}"></span>${n % 10 === 0 ? '' : `<span data-pagefind-filter="${sortKeyFilter('muudetud', changed)}"></span>`}</main>`,
		);
		for (const target of [index, parts[n % 4].index]) {
			const added = await target!.addHTMLFile({ url, content: html });
			if (added.errors.length) throw new Error(added.errors.join('\n'));
		}
	}
	const site = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
	await index.writeFiles({ outputPath: join(site, 'pagefind') });
	const split = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
	for (const [n, part] of parts.entries())
		await part.index!.writeFiles({
			outputPath: join(split, 'pagefind', n === 0 ? '' : `osa-${n + 1}`),
		});
	const search = await openSearch(join(site, 'pagefind'));
	for (const word of VOCABULARY) before.set(word, await search.results(word));
	for (const query of ['haruldane', 'haruldanekonto', 'haruldane töö'])
		moreBefore.set(query, (await search.results(query)).map(({ url }) => url).sort());
	for (const [i, word] of VOCABULARY.entries()) {
		for (const query of [
			`${word}konto`,
			`${word} ${VOCABULARY[(i * 7 + 3) % VOCABULARY.length]}`,
		])
			moreBefore.set(query, (await search.results(query)).map(({ url }) => url).sort());
	}
	for (const word of [...VOCABULARY.slice(0, 10), null])
		filteredBefore.set(
			String(word),
			(await search.results(word, { filters: { osakond: ['o3'] } }))
				.map(({ url }) => url)
				.sort(),
		);
	search.close();
	const tiny = mkdtempSync(join(tmpdir(), 'pagefind-chunks-'));
	cpSync(join(site, 'pagefind'), join(tiny, 'pagefind'), { recursive: true });
	const chunksBefore = readMeta(join(site, 'pagefind'))[2].length;
	const rechunked = await rechunkSearchIndex(site, { targetBytes: 1_500, maxBytes: 6_000 });
	const splitRechunked = await rechunkSearchIndex(split, { targetBytes: 1_500, maxBytes: 6_000 });
	await rechunkSearchIndex(tiny, { targetBytes: 100, maxBytes: 200 });
	return {
		site,
		rechunked,
		chunksBefore,
		tiny,
		split,
		splitRechunked,
		before,
		filteredBefore,
		moreBefore,
		sortKeys,
		async close() {
			await closePagefind();
			for (const dir of [site, tiny, split]) rmSync(dir, { recursive: true, force: true });
		},
	};
}
