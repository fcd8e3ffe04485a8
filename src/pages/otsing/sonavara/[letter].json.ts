import type { APIRoute, GetStaticPaths } from 'astro';
import { vocabularyShards } from '../../../lib/search/vocabulary.ts';
import { getModel } from '../../../lib/site-data.ts';

/** The words of the pages by first letter, for the search page's typo corrections (alternatives.ts). */
export const getStaticPaths = (async () =>
	[...vocabularyShards(await getModel())].map(([letter, words]) => ({ params: { letter }, props: { words } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify((props as { words: string[] }).words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
