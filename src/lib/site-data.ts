import { getCollection } from 'astro:content';
import type { Competency } from '../../schemas/competency.ts';
import type { Position } from '../../schemas/position.ts';
import type { Unit } from '../../schemas/unit.ts';
import { buildModel, type Model } from './content/model.ts';
import { readFileHistory, type FileHistory } from './git.ts';

let model: Promise<Model> | undefined;
let history: FileHistory | undefined;

/** The content model for pages, built once per build from the content collections. */
export function getModel(): Promise<Model> {
	model ??= (async () => {
		const [positions, units, competencies] = await Promise.all([
			getCollection('positions'),
			getCollection('units'),
			getCollection('competencies'),
		]);
		return buildModel({
			positions: positions.map((entry) => entry.data as unknown as Position),
			units: units.map((entry) => entry.data as unknown as Unit),
			competencies: competencies.map((entry) => entry.data as unknown as Competency),
		});
	})();
	return model;
}

/** Last change dates of content files from git, read once per build. */
export function getHistory(): FileHistory {
	history ??= readFileHistory(process.cwd());
	return history;
}
