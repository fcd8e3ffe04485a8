import type { APIRoute, GetStaticPaths } from 'astro';
import { ALL_VOCABULARY } from '../../../lib/search/alternatives.ts';
import { getVocabulary } from '../../../lib/site-data.ts';

/**
 * The words of the pages by first letter, for the search page's typo corrections, and all of them
 * (ALL_VOCABULARY), for the compounds of a word that finds nothing (alternatives.ts); with their base
 * forms, so that a correction can be the base form, and the later parts of compounds and the compounds
 * written with a shared head left out, which the index holds as terms (vocabulary.ts).
 */
export const getStaticPaths = (async () => {
	const shards = await getVocabulary();
	return [
		...[...shards].map(([letter, words]) => ({ params: { letter }, props: { words } })),
		{ params: { letter: ALL_VOCABULARY }, props: { words: [...shards.values()].flat() } },
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify((props as { words: string[] }).words), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
