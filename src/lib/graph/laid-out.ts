/**
 * The substitution page's pictures: the sections (sections.ts) with their layouts (layout.ts). At 5,000
 * positions dagre takes about 2 s for them and at 20,000 about 11 s, all on the thread that renders the
 * pages; `layOutSectionsAside` runs it on a worker thread while the position pages render, so the page
 * finds the pictures ready. The worker gets only what the graph reads of each position (`graphInput`) and
 * rebuilds the model from it: tests/graph/laid-out.test.ts checks the pictures are the same.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Position } from '../../../schemas/position.ts';
import type { Unit } from '../../../schemas/unit.ts';
import type { Model } from '../content/model.ts';
import { layoutGraph, type GraphLayout } from './layout.ts';
import { osakondPictures, type Picture } from './pictures.ts';
import { graphSections, type GraphSection } from './sections.ts';

export interface LaidOutSection extends GraphSection {
	layout: GraphLayout;
	/** The single whole-agency section only: the same positions as one picture per osakond, shown instead. */
	pictures?: Picture[];
}

/** What the sections and layouts read of a position. */
export type GraphPosition = Pick<
	Position,
	'id' | 'title' | 'unit' | 'manager' | 'stub' | 'substitutes' | 'substitutedBy'
>;

export interface GraphInput {
	positions: GraphPosition[];
	units: Unit[];
}

/** Below this many positions the worker's start-up costs more than the layouts. */
export const MIN_POSITIONS_FOR_WORKER = 500;

export function layOutSections(model: Model): LaidOutSection[] {
	return graphSections(model).map((section) => ({
		...section,
		layout: layoutGraph(model, section.positionIds),
		...(section.id === 'koik' && { pictures: osakondPictures(model, section.positionIds) }),
	}));
}

export function graphInput(model: Model): GraphInput {
	return {
		positions: [...model.positions.values()].map(
			({ id, title, unit, manager, stub, substitutes, substitutedBy }) => ({
				id,
				title,
				unit,
				manager,
				stub,
				substitutes,
				substitutedBy,
			}),
		),
		units: [...model.units.values()],
	};
}

/**
 * layOutSections on a worker thread (`worker` is the path of layout-worker.ts), or here when the model is
 * small, the file is missing or the thread fails.
 */
export async function layOutSectionsAside(
	model: Model,
	worker: string | undefined,
): Promise<LaidOutSection[]> {
	if (
		worker === undefined ||
		model.positions.size < MIN_POSITIONS_FOR_WORKER ||
		!existsSync(worker)
	)
		return layOutSections(model);
	try {
		return await layOutOnWorker(graphInput(model), worker);
	} catch (error) {
		console.warn(
			`Asendusskeemide lõim katkes, arvutan skeemid siin: ${(error as Error).message}`,
		);
		return layOutSections(model);
	}
}

/** The sections laid out by the worker thread; rejects when it fails or ends without them. */
export function layOutOnWorker(input: GraphInput, worker: string): Promise<LaidOutSection[]> {
	return new Promise((resolve, reject) => {
		// It holds the slim model and dagre's graph of one section at a time: a small heap keeps it small.
		const resourceLimits = {
			maxOldGenerationSizeMb: 256 + Math.ceil(input.positions.length / 50),
			maxYoungGenerationSizeMb: 16,
		};
		const thread = new Worker(worker, { workerData: input, resourceLimits });
		thread.once('message', resolve);
		thread.once('error', reject);
		// After a message this changes nothing; without one, the promise would never settle.
		thread.once('exit', (code) =>
			reject(new Error(`the thread ended with code ${code} and no layouts`)),
		);
	});
}
