import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import {
	answerLead,
	answerQuestion,
	endsInTitleTypedApart,
	parseQuestion,
	relationsFile,
	withoutQuestionWords,
	wordNames,
} from '../../src/lib/search/answers.ts';
import { projectRoot } from '../helpers.ts';

const file = relationsFile(loadContent({ root: projectRoot, today: '2026-11-23' }).model);
const answer = (query: string) => {
	const question = parseQuestion(query);
	return question && answerQuestion(question, file);
};

describe('parseQuestion', () => {
	test.each([
		['kes asendab nõunikku', 'substitutedBy', 'nõunikku'],
		['Kes asendab haldusspetsialisti?', 'substitutedBy', 'haldusspetsialisti'],
		['keda asendab ekspert', 'substitutes', 'ekspert'],
		['haldusjuhi alluvad', 'subordinates', 'haldusjuhi'],
		['kes on arendustalituse juht', 'manager', 'arendustalituse'],
		['kes on haldusspetsialisti asendaja', 'substitutedBy', 'haldusspetsialisti'],
		['keda nõunik asendab', 'substitutes', 'nõunik'],
		['kellele allub haldusspetsialist', 'manager', 'haldusspetsialist'],
		['haldusspetsialisti vahetu juht', 'manager', 'haldusspetsialisti'],
		['haldusspetsialisti otsene ülemus', 'manager', 'haldusspetsialisti'],
		['kes juhib ekspertiisitalitust', 'manager', 'ekspertiisitalitust'],
		['kelle alluv on haldusspetsialist', 'manager', 'haldusspetsialist'],
	])('%s', (query, relation, subject) => {
		expect(parseQuestion(query)).toEqual({ relation, subject });
	});
	test.each(['haldusjuht', 'järelevalve', 'kes vastutab inventuuri eest', 'talitusejuhataja'])(
		'not a relation question: %s',
		(query) => {
			expect(parseQuestion(query)).toBeUndefined();
		},
	);
});

describe('wordNames', () => {
	test.each([
		['juhatajat', 'juhataja', true],
		['nounikku', 'nounik', true],
		['haldusjuhi', 'haldusjuht', true],
		['kasutajatoe', 'kasutaja', true],
		['juhatajat', 'talitusejuhataja', true],
		['ekspert', 'efektiivsus', false],
		['halduse', 'arendus', false],
		['juhendamine', 'juhendamisoskus', true],
		['valissuhhete', 'valissuhete', true],
		['toetused', 'toetuste', true],
		['pension', 'pensioni', true],
		['eksperdid', 'ekspert', true],
		['hanked', 'hange', true],
		['valismaksete', 'valga', false],
		['valga', 'valismaksete', false],
	])('%s names %s: %s', (typed, word, names) => {
		expect(wordNames(typed, word)).toBe(names);
	});
});

describe('answerQuestion on the real content', () => {
	test.each([
		['kes asendab nõunikku', ['jarelevalve-juhtivspetsialist']],
		['kes asendab haldusspetsialisti', ['haldusspetsialist']],
		['keda asendab ekspert kvaliteet ja seire', ['ohvriabiteenuste-tugitalituse-juhataja']],
		['kasutajatoe peaspetsialisti juht', ['arendustalituse-juhataja']],
		['ekspertiisitalituse juht', ['ekspertiisitalituse-juhataja']],
		['haldusjuhi alluvad', ['haldusspetsialist']],
		['järelevalve talituse juhataja alluvad', ['jarelevalve-juhtivspetsialist']],
		['kes asendab jarelevalve talituse juhatajat', ['jarelevalve-juhtivspetsialist']],
		['kellele allub haldusspetsialist', ['haldusjuht']],
		['kes on nõuniku asendaja', ['jarelevalve-juhtivspetsialist']],
		['kes juhib ekspertiisitalitust', ['ekspertiisitalituse-juhataja']],
		['haldusspetsialisti vahetu juht', ['haldusjuht']],
	])('%s', (query, ids) => {
		expect(answer(query)?.positions.map((position) => position.id)).toEqual(ids);
	});

	test('a subject that names nothing has no answer', () => {
		expect(answer('kes asendab astronauti')).toBeUndefined();
	});

	test('the lead says what the links are', () => {
		expect(answerLead(answer('kes asendab nõunikku')!)).toBe('Nõunik – asendaja:');
	});
});

describe('endsInTitleTypedApart: "X juht" that is a title typed apart, not a question', () => {
	test.each([
		['haldus juht', true],
		['haldus juhi', true],
		['arendustalituse juht', false],
		['haldusjuhi alluvad', false],
		['juht', false],
	])('%s: %s', (query, typedApart) => {
		expect(endsInTitleTypedApart(query, file)).toBe(typedApart);
	});
});

describe('withoutQuestionWords', () => {
	test.each([
		['kes vastutab inventuuri eest', 'inventuuri'],
		['kes tegeleb hangetega?', 'hangetega'],
		['kelle poole pöörduda lähetuse korral', 'lähetuse'],
		['kes korraldab majandusvedusid', 'majandusvedusid'],
		['inventuur', 'inventuur'],
		['on-call', 'on-call'],
	])('%s → %s', (query, expected) => {
		expect(withoutQuestionWords(query)).toBe(expected);
	});
});
