/**
 * Required and recommended requirements and the education hierarchy, on the real content: the site
 * never files what a document only recommends as required, and kõrgharidus includes the degrees.
 */
import { describe, expect, test } from 'vitest';
import { educationLevelAndBroader } from '../../schemas/position.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { isRecommendedWording, recommendedSentences } from '../../src/lib/content/recommended.ts';
import { positionFacets } from '../../src/lib/search/facets.ts';
import { educationSections } from '../../src/lib/indexes/requirements.ts';
import { slug } from '../../src/lib/slug.ts';
import { projectRoot } from '../helpers.ts';

const { model } = loadContent({ root: projectRoot, today: '2026-11-22' });
const described = [...model.positions.values()].filter((position) => !position.stub);
const sections = educationSections(model);
const section = (id: string) => sections.find((candidate) => candidate.id === id);
const rowsOf = (id: string) =>
	(section(id)?.rows ?? []).map((row) => [
		row.position.id,
		'recommended' in row ? row.recommended : undefined,
	]);

describe('the content follows the wording', () => {
	test.each(described.map((position) => [position.id, position] as const))(
		'%s: recommended exactly where the wording opens with a recommendation',
		(_id, position) => {
			const { education, experience } = position.requirements;
			if (education) expect(education.recommended).toBe(isRecommendedWording(education.text));
			if (experience)
				expect(experience.recommended).toBe(isRecommendedWording(experience.text));
			if (education?.recommendedLevel)
				expect(recommendedSentences(education.text).join(' ')).toMatch(
					/magistrikraad|doktorikraad|bakalaureus/u,
				);
		},
	);

	test('the three recommendations of the source documents are marked', () => {
		expect(model.positions.get('haldusspetsialist')!.requirements.education).toMatchObject({
			recommended: true,
			level: 'rakenduslik kõrgharidus',
		});
		expect(
			model.positions.get('peaspetsialist-kasutaja-tugi')!.requirements.experience,
		).toMatchObject({ recommended: true, years: 3 });
		expect(
			model.positions.get('jarelevalve-juhtivspetsialist')!.requirements.education,
		).toMatchObject({
			recommended: false,
			level: 'bakalaureusekraad',
			recommendedLevel: 'magistrikraad',
		});
		// A recommendation inside a required one leaves it required.
		expect(
			model.positions.get('peaspetsialist-kasutaja-tugi')!.requirements.education
				?.recommended,
		).toBe(false);
		expect(
			model.positions.get('kvaliteedi-peaspetsialist')!.requirements.experience?.recommended,
		).toBe(false);
	});
});

describe('/nouded/haridus/', () => {
	test('"Nõutav töökogemus" lists no recommendation; "Soovitatav töökogemus" lists it', () => {
		expect(
			section('tookogemus')!.rows.every(
				(row) => !isRecommendedWording((row as { text: string }).text),
			),
		).toBe(true);
		expect(rowsOf('tookogemus').map(([id]) => id)).not.toContain(
			'peaspetsialist-kasutaja-tugi',
		);
		expect(rowsOf('soovitatav-tookogemus')).toEqual([['peaspetsialist-kasutaja-tugi', true]]);
	});

	test('kõrgharidus includes the bachelor’s degree; recommendations come after the requirements and say so', () => {
		const korgharidus = rowsOf('korgharidus');
		expect(korgharidus).toContainEqual(['jarelevalve-juhtivspetsialist', false]);
		expect(korgharidus).toContainEqual(['haldusspetsialist', true]);
		const firstRecommended = korgharidus.findIndex(([, recommended]) => recommended);
		expect(korgharidus.slice(firstRecommended).every(([, recommended]) => recommended)).toBe(
			true,
		);
		expect(rowsOf('magistrikraad')).toEqual([['jarelevalve-juhtivspetsialist', true]]);
		expect(rowsOf('bakalaureusekraad')).toEqual([['jarelevalve-juhtivspetsialist', false]]);
	});

	test('every described position with a level is under each of its broader levels', () => {
		for (const position of described) {
			const level = position.requirements.education?.level;
			if (!level) continue;
			for (const broader of educationLevelAndBroader(level))
				expect(rowsOf(slug(broader)).map(([id]) => id)).toContain(position.id);
		}
	});
});

test('the search filter for kõrgharidus finds the bachelor’s degree; a recommended level is its own value', () => {
	const haridus = (id: string) =>
		positionFacets(model, model.positions.get(id)!)
			.filter(({ key }) => key === 'haridus')
			.map(({ label }) => label);
	expect(haridus('jarelevalve-juhtivspetsialist')).toEqual([
		'bakalaureusekraad',
		'kõrgharidus',
		'magistrikraad (soovitatav)',
	]);
	expect(haridus('haldusspetsialist')).toEqual([
		'rakenduslik kõrgharidus (soovitatav)',
		'kõrgharidus (soovitatav)',
	]);
});
