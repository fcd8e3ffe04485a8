/** Worker thread of layOutSectionsAside (laid-out.ts): rebuilds the model from the graph's input and lays out every section. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Position } from '../../../schemas/position.ts';
import { buildModel } from '../content/model.ts';
import { layOutSections, type GraphInput } from './laid-out.ts';

const input = workerData as GraphInput;
// buildModel also indexes competencies, which no picture shows.
const positions = input.positions.map(
	(position) =>
		({
			...position,
			competencies: { core: [], additional: [], notes: [] },
		}) as unknown as Position,
);
parentPort?.postMessage(
	layOutSections(buildModel({ positions, units: input.units, competencies: [] })),
);
