import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import {
	answerLead,
	answerQuestion,
	titleWrittenApart,
	relationsFile,
} from '../../src/lib/search/answers.ts';
import { parseQuestion, withoutQuestionWords } from '../../src/lib/search/questions.ts';
import { wordNames } from '../../src/lib/search/name-match.ts';
import { projectRoot } from '../helpers.ts';

const file = relationsFile(loadContent({ root: projectRoot, today: '2026-11-23' }).model);
const answer = (query: string) => {
	const question = parseQuestion(query);
	return question && answerQuestion(question, file);
};
const ids = (query: string) => answer(query)?.positions.map((position) => position.id);

describe('parseQuestion', () => {
	// The forms of the search README table "Relation questions", each with its subject as typed.
	test.each([
		// Who stands in for X.
		['kes asendab nõunikku', 'substitutedBy', 'nõunikku'],
		['Kes asendab haldusspetsialisti?', 'substitutedBy', 'haldusspetsialisti'],
		['kes on see, kes asendab nõunikku', 'substitutedBy', 'nõunikku'],
		['kes asendavad talitusejuhatajat', 'substitutedBy', 'talitusejuhatajat'],
		['kes nõunikku asendab', 'substitutedBy', 'nõunikku'],
		['nõuniku asendaja', 'substitutedBy', 'nõuniku'],
		['nõuniku asendajad', 'substitutedBy', 'nõuniku'],
		['kes on haldusspetsialisti asendaja', 'substitutedBy', 'haldusspetsialisti'],
		['kes on nõuniku asendajaks', 'substitutedBy', 'nõuniku'],
		['kes asendab nõunik-ku', 'substitutedBy', 'nõunikku'],
		// Whom X stands in for.
		['keda asendab ekspert', 'substitutes', 'ekspert'],
		['keda asendavad eksperdid', 'substitutes', 'eksperdid'],
		['keda nõunik asendab', 'substitutes', 'nõunik'],
		['kelle asendaja on nõunik', 'substitutes', 'nõunik'],
		['kelle asendaja nõunik on', 'substitutes', 'nõunik'],
		// X's manager.
		['kes on arendustalituse juht', 'manager', 'arendustalituse'],
		['haldusspetsialisti vahetu juht', 'manager', 'haldusspetsialisti'],
		['kes on haldusspetsialisti otsene juht', 'manager', 'haldusspetsialisti'],
		['haldusspetsialisti ülemus', 'manager', 'haldusspetsialisti'],
		['haldusspetsialisti otsene ülemus', 'manager', 'haldusspetsialisti'],
		['kellele allub haldusspetsialist', 'manager', 'haldusspetsialist'],
		['kellele haldusspetsialist allub', 'manager', 'haldusspetsialist'],
		['kelle alluv on haldusspetsialist', 'manager', 'haldusspetsialist'],
		['kelle alluvuses on haldusspetsialist', 'manager', 'haldusspetsialist'],
		['kelle alluvuses haldusspetsialist töötab', 'manager', 'haldusspetsialist'],
		['kes juhib ekspertiisitalitust', 'manager', 'ekspertiisitalitust'],
		['kes juhatab ekspertiisitalitust', 'manager', 'ekspertiisitalitust'],
		// X's subordinates.
		['haldusjuhi alluvad', 'subordinates', 'haldusjuhi'],
		['kes on haldusjuhi alluvad', 'subordinates', 'haldusjuhi'],
		['haldusjuhi alluvuses', 'subordinates', 'haldusjuhi'],
		['kes töötab haldusjuhi alluvuses', 'subordinates', 'haldusjuhi'],
		['kes alluvad haldusjuhile', 'subordinates', 'haldusjuhile'],
		['kes allub haldusjuhile', 'subordinates', 'haldusjuhile'],
		['keda juhib haldusjuht', 'subordinates', 'haldusjuht'],
		['keda haldusjuht juhib', 'subordinates', 'haldusjuht'],
		[
			'järelevalve juhtivspetsialisti asendatavad',
			'substitutes',
			'järelevalve juhtivspetsialisti',
		],
		['kelle all on haldusspetsialist', 'manager', 'haldusspetsialist'],
		['kelle alla kuulub haldusspetsialist', 'manager', 'haldusspetsialist'],
		// The positions of a unit.
		['kes töötab halduse tiimis', 'members', 'halduse tiimis'],
		['kes kuuluvad arendustalitusse', 'members', 'arendustalitusse'],
		['arendustalituse töötajad', 'members', 'arendustalituse'],
		['halduse tiimi koosseis', 'members', 'halduse tiimi'],
	])('%s', (query, relation, subject) => {
		expect(parseQuestion(query)).toMatchObject({ relation, subject });
	});
	test.each([
		// Missing diacritics and question words mistyped by a letter; the subject stays as typed.
		['haldusspetsialisti ulemus', 'manager', 'haldusspetsialisti'],
		['kes tootab haldusjuhi alluvuses', 'subordinates', 'haldusjuhi'],
		['kes asendb nõunikku', 'substitutedBy', 'nõunikku'],
		['nõuniku asendja', 'substitutedBy', 'nõuniku'],
		['kelele allub haldusspetsialist', 'manager', 'haldusspetsialist'],
		['kelle aluv on haldusspetsialist', 'manager', 'haldusspetsialist'],
		['haldusspetsialisti vahtu juht', 'manager', 'haldusspetsialisti'],
		['haldusjuhi alluvd', 'subordinates', 'haldusjuhi'],
		['kes juhhib ekspertiisitalitust', 'manager', 'ekspertiisitalitust'],
	])('diacritics and typos: %s', (query, relation, subject) => {
		expect(parseQuestion(query)).toMatchObject({ relation, subject });
	});
	test('"X juht" without question words keeps its relation word, which may end a title', () => {
		expect(parseQuestion('halduse juht')).toEqual({
			relation: 'manager',
			subject: 'halduse',
			noun: 'juht',
		});
		expect(parseQuestion('kes on halduse juht')).toEqual({
			relation: 'manager',
			subject: 'halduse',
		});
	});
	test.each([
		'haldusjuht',
		'järelevalve',
		'kes vastutab inventuuri eest',
		'talitusejuhataja',
		// Titles and plain text with the relation words inside.
		'talituse juhataja',
		'arendustalituse juhataja',
		'juhi asendamine',
		'vahetu juht',
		'kes on juht',
		'juht',
		'asendaja',
		'juhtimisoskus',
	])('not a relation question: %s', (query) => {
		expect(parseQuestion(query)).toBeUndefined();
	});
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

	test.each([
		['haldusspetsialisti vahetu juht', ['haldusjuht']],
		['kelle alluv on haldusspetsialist', ['haldusjuht']],
		['kes juhib ekspertiisitalitust', ['ekspertiisitalituse-juhataja']],
		['kes alluvad haldusjuhile', ['haldusspetsialist']],
		['keda juhib haldusjuht', ['haldusspetsialist']],
		['keda asendab tugitalituse juhataja', ['ekspert-kvaliteet-ja-seire']],
		['kes asendab kvaliteedi ja seire eksperti', ['ohvriabiteenuste-tugitalituse-juhataja']],
		// A unit as the subject: its head, its positions.
		['halduse tiimi juht', ['haldusjuht']],
		['kes juhib järelevalve talitust', ['jarelevalve-talituse-juhataja']],
		['arendustalituse alluvad', ['peaspetsialist-kasutaja-tugi']],
		// A form of a title word ("eksperdi": Ekspert) before a unit name it only begins (Ekspertiisitalitus).
		['eksperdi juht', ['ohvriabiteenuste-tugitalituse-juhataja']],
		['ekspertide juht', ['ohvriabiteenuste-tugitalituse-juhataja']],
		// Haldusjuht has no manager; the Halduse tiim, which "halduse" names less well, has a head.
		['kes on halduse juht', ['haldusjuht']],
		// Without diacritics, a subject word mistyped.
		['kes asendab nounikku', ['jarelevalve-juhtivspetsialist']],
		['kes asendab haldusspetsalisti', ['haldusspetsialist']],
		['haldusspetsialsti juht', ['haldusjuht']],
	])('more forms: %s', (query, ids) => {
		expect(answer(query)?.positions.map((position) => position.id)).toEqual(ids);
	});

	test('words after the subject are left out: "puhkuse ajal", "kui ta on haige"', () => {
		expect(ids('kes asendab haldusspetsialisti puhkuse ajal')).toEqual(['haldusspetsialist']);
		expect(ids('kes asendab nõunikku kui ta on haige')).toEqual([
			'jarelevalve-juhtivspetsialist',
		]);
		// The words that named it, which the text search below the answer searches.
		expect(answer('kes asendab haldusspetsialisti puhkuse ajal')?.subject).toBe(
			'haldusspetsialisti',
		);
		expect(answer('kes asendab haldusspetsialisti')?.subject).toBeUndefined();
	});

	test('a position asked about by its title whose relation is empty says that no one is named', () => {
		// The head of the Halduse tiim is the Haldusjuht itself, not its manager.
		const manager = answer('kellele allub haldusjuht');
		expect(manager?.positions).toEqual([]);
		expect(answerLead(manager!)).toBe(
			'Haldusjuht – vahetut juhti ametijuhendis märgitud ei ole.',
		);
		expect(answerLead(answer('haldusjuhi otsene juht')!)).toBe(
			'Haldusjuht – vahetut juhti ametijuhendis märgitud ei ole.',
		);
		expect(answerLead(answer('kelle asendaja on nõunik')!)).toBe(
			'Nõunik ei asenda ametijuhendi järgi kedagi.',
		);
	});

	test("a position with no manager in its document: its unit's head, saying so", () => {
		const manager = answer('kes on nõuniku ülemus');
		expect(manager?.positions.map((position) => position.id)).toEqual([
			'jarelevalve-talituse-juhataja',
		]);
		expect(answerLead(manager!)).toBe(
			'Nõunik – vahetut juhti ametijuhendis märgitud ei ole; üksuse (Järelevalve talitus) juht:',
		);
	});

	test('the positions of a unit, its head first', () => {
		expect(ids('kes töötab halduse tiimis')).toEqual(['haldusjuht', 'haldusspetsialist']);
		expect(answer('kes töötab halduse tiimis')?.head).toBe('haldusjuht');
		expect(ids('arendustalituse töötajad')).toEqual([
			'arendustalituse-juhataja',
			'peaspetsialist-kasutaja-tugi',
		]);
		expect(answerLead(answer('kes kuuluvad arendustalitusse')!)).toBe(
			'Arendustalitus – ametikohad:',
		);
		// Not a unit: no answer, the text search.
		expect(answer('kes töötab skais-iga')).toBeUndefined();
	});

	test('a unit without a head has no manager to answer', () => {
		expect(answer('arendusosakonna juht')).toBeUndefined();
	});

	test('a subject that names nothing has no answer', () => {
		expect(answer('kes asendab astronauti')).toBeUndefined();
	});

	test('the lead says what the links are', () => {
		expect(answerLead(answer('kes asendab nõunikku')!)).toBe('Nõunik – asendaja:');
	});
});

describe('titleWrittenApart', () => {
	const asTitle = (query: string) => titleWrittenApart(parseQuestion(query)!, file);
	test.each([
		// The title Haldusjuht written apart: that title, not the manager of the Halduse tiim.
		['halduse juht', 'Haldusjuht'],
		['haldus juht', 'Haldusjuht'],
		['haldus juhi', 'Haldusjuht'],
		['haldusspetsialisti juht', undefined],
		// The subject is the title itself: its manager is asked for.
		['haldusjuhi juht', undefined],
		['arendustalituse juht', undefined],
		['haldusjuhi alluvad', undefined],
		// "juht" begins "juhtivspetsialist" but no title word ends in it.
		['järelevalve juht', undefined],
		// A question word says it is a question.
		['kes on halduse juht', undefined],
	])('%s: %s', (query, title) => {
		expect(asTitle(query)).toBe(title);
	});
});

describe('withoutQuestionWords', () => {
	test.each([
		['kes vastutab inventuuri eest', 'inventuuri'],
		['kes tegeleb hangetega?', 'hangetega'],
		['kelle poole pöörduda lähetuse korral', 'lähetuse'],
		['kes korraldab majandusvedusid', 'majandusvedusid'],
		['kes vastutb inventuuri eest', 'inventuuri'],
		['kelle poole poorduda lähetuse korral', 'lähetuse'],
		['Kes vastutab ametiautode eest?', 'ametiautode'],
		['inventuur', 'inventuur'],
		['on-call', 'on-call'],
	])('%s → %s', (query, expected) => {
		expect(withoutQuestionWords(query)).toBe(expected);
	});
});
