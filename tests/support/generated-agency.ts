/**
 * For tests of the pages a large agency gets (lists split or paged above a threshold): a generated
 * agency's model, and rendering a page or component with the Container API. The content collections are
 * empty in Vitest, so such a test mocks src/lib/site-data.ts with this model.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Model } from '../../src/lib/content/model.ts';
import { generateCorpus, writeCorpus } from '../../src/lib/generate/corpus.ts';
import { projectRoot } from '../helpers.ts';

/**
 * The model of `count` generated positions, read by the real loader from files written to a temporary
 * folder, which is removed again: the model holds everything the pages read.
 */
export function generatedModel(count: number, seed: number): Model {
	const root = mkdtempSync(join(tmpdir(), 'ska-generated-agency-'));
	try {
		writeCorpus(root, generateCorpus({ count, seed, sourceRoot: projectRoot }).files);
		return loadContent({ root, today: '2026-11-23' }).model;
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

export type Component = Parameters<AstroContainer['renderToString']>[0];

/** A page or component rendered to parsed HTML; `params` and `request` as Astro would give them. */
export async function render(
	component: Component,
	props: Record<string, unknown> = {},
	options: { params?: Record<string, string>; request?: Request } = {},
): Promise<HTMLElement> {
	return parse(
		await (await AstroContainer.create()).renderToString(component, { props, ...options }),
	);
}
