/**
 * A stand-in for src/lib/site-data.ts (whose collections are empty in Vitest) for tests that render pages
 * of a generated model:
 *   vi.mock('../../src/lib/site-data.ts', () => import('../support/fake-site-data.ts'));
 *   beforeAll(() => { model = useModel(generatedModel(400, 5)); });
 */
/* eslint-disable @typescript-eslint/require-await -- the stand-ins keep the async signatures of site-data.ts, a missing model included: it rejects */
import type { Model } from '../../src/lib/content/model.ts';
import { layOutSections, type LaidOutSection } from '../../src/lib/graph/laid-out.ts';
import {
	substitutionPages,
	type SubstitutionPages,
} from '../../src/lib/graph/substitution-report.ts';
import { modelTitleSortKey } from '../../src/lib/search/title-order.ts';

let current: Model | undefined;
let pages: SubstitutionPages<LaidOutSection> | undefined;

/** Makes `model` the one the pages read; returns it. */
export function useModel(model: Model): Model {
	current = model;
	pages = undefined;
	return model;
}

function model(): Model {
	if (!current) throw new Error('fake-site-data: call useModel() before rendering');
	return current;
}

export const getModel = async (): Promise<Model> => model();
export const getCommonTexts = async () => ({ list: [] });
/** Laid out once per model, as the real module does once per build. */
export const getSubstitutionPages = async (): Promise<SubstitutionPages<LaidOutSection>> =>
	(pages ??= substitutionPages(model(), layOutSections(model())));
export const getSearchTerms = async () => undefined;
export const lastChanged = () => undefined;
export const titleSortKey = async (title: string): Promise<string> =>
	modelTitleSortKey(model(), title);
