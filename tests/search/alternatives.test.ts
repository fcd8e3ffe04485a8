import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import {
	baseForm,
	fold,
	compoundsWith,
	corrections,
	isIndexWord,
	isInflectionOf,
	isPageWord,
	joinedAt,
	splitCompound,
	listedMeanings,
	listedWords,
	SYNONYM_LETTERS,
	synonymKeys,
	synonymShards,
	synonymQueries,
	vocabularyKey,
} from '../../src/lib/search/alternatives.ts';
import { createAnalyzer } from '../../src/lib/search/estonian.ts';
import { anyWordResults, mergeResults } from '../../src/lib/search/merge-results.ts';
import { readSynonyms, synonymMap } from '../../src/lib/search/synonyms.ts';
import { vocabularyShards } from '../../src/lib/search/vocabulary.ts';
import { projectRoot } from '../helpers.ts';

const shards = vocabularyShards(loadContent({ root: projectRoot, today: '2026-11-23' }).model);
const vocabularyOf = (word: string) => shards.get(vocabularyKey(word)) ?? [];

describe('listedWords', () => {
	test('the words of a listed phrase count as listed, not only listed words alone', () => {
		// Keys folded, as the build writes them (synonyms.ts).
		const map = { 'vigade valtimine': ['korrektsus'], excel: ['tabeltöötlus'] };
		expect(listedWords('vigade vältimine', map)).toEqual(new Set(['vigade', 'valtimine']));
		expect(listedWords('excelis ja vigade vältimine', map)).toEqual(
			new Set(['excelis', 'vigade', 'valtimine']),
		);
		// A word of a phrase alone is not listed: it may need a correction.
		expect(listedWords('vältimine', map)).toEqual(new Set());
	});
});

describe('listedMeanings', () => {
	test('the listed words as typed, with their meanings, the longest where several start at one word', () => {
		const map = {
			'vigade valtimine': ['korrektsus'],
			vigade: ['viga'],
			excel: ['tabeltöötlus', 'MS Office'],
		};
		expect(listedMeanings('Exceli ja vigade vältimine', map)).toEqual([
			{ words: 'exceli', meanings: ['tabeltöötlus', 'MS Office'] },
			{ words: 'vigade vältimine', meanings: ['korrektsus'] },
		]);
		expect(listedMeanings('inventuur', map)).toEqual([]);
		// A form of a listed word that is its meaning: nothing else was searched.
		expect(listedMeanings('pingetaluvus', { pingetaluv: ['pingetaluvus'] })).toEqual([]);
	});
});

describe('the synonym files by first letter', () => {
	test('every entry is in the file of its first letter, and a query loads the files of its words', () => {
		const map = {
			excel: ['tabeltöötlus'],
			'exceli tabel': ['MS Office'],
			'oisine too': ['öötöö'],
		};
		const shards = synonymShards(map);
		expect([...shards.keys()]).toEqual(SYNONYM_LETTERS);
		expect(shards.get('e')).toEqual({ excel: ['tabeltöötlus'], 'exceli tabel': ['MS Office'] });
		expect(shards.get('o')).toEqual({ 'oisine too': ['öötöö'] });
		expect(shards.get('z')).toEqual({});
		// Folded: "Öine töö" and "Exceli" need the files o and e.
		expect(synonymKeys('Öine töö Exceli tabelis')).toEqual(['o', 't', 'e']);
		const loaded: Record<string, string[]> = {};
		for (const key of synonymKeys('exceli tabelis')) Object.assign(loaded, shards.get(key));
		expect(synonymQueries('exceli tabelis', loaded)).toEqual(
			synonymQueries('exceli tabelis', map),
		);
	});
});

describe('listed action nouns', () => {
	test("an action noun's cases and its verb's forms are the listed word", () => {
		const map = { opetamine: ['juhendamisoskus'] };
		for (const typed of ['õpetamisel', 'õpetab', 'õpetada', 'õpetavad'])
			expect(listedWords(typed, map), typed).toEqual(new Set([fold(typed)]));
		// Other words on the same stem are not: "õpetaja" is a person, "õpetus" a teaching.
		expect(listedWords('õpetaja õpetus', map)).toEqual(new Set());
		// "oskab" says the quality is had: also searched without it.
		expect(synonymQueries('oskab õpetada', map)).toContain('juhendamisoskus');
	});
});

describe('the words of a listed phrase', () => {
	test('match other forms on the same stem, which a word alone does not', () => {
		const map = {
			'aitab kolleegidel areneda': ['juhendamisoskus'],
			kolleegidel: ['kaastöötaja'],
		};
		expect(synonymQueries('aitab kolleege areneda', map)).toContain('juhendamisoskus');
		// Alone, "kolleege" is no form of the listed "kolleegidel".
		expect(synonymQueries('kolleege', map)).toEqual([]);
		// Every word of the phrase must match.
		expect(synonymQueries('aitab kolleege', map)).toEqual([]);
	});
});

describe('synonymQueries', () => {
	const map = {
		it: ['infotehnoloogia', 'infosüsteem'],
		excel: ['tabeltöötlus'],
		'exceli tabel': ['MS Office'],
	};
	test('a listed word is replaced by each meaning, the other words kept', () => {
		expect(synonymQueries('IT tugi', map)).toEqual([
			'infotehnoloogia tugi',
			'infosüsteem tugi',
		]);
	});
	test('inflected forms of longer words and phrases count, longest first', () => {
		expect(synonymQueries('exceli tabel', map)).toEqual(['MS Office', 'tabeltöötlus tabel']);
		expect(synonymQueries('excelis', map)).toEqual(['tabeltöötlus']);
	});
	test('a query with degree words is also searched without them, its listed words replaced there', () => {
		const qualities = {
			suhtleja: ['suhtlemis- ja mõjutamisoskus'],
			'suur pilt': ['analüüsi- ja üldistusvõime'],
		};
		expect(synonymQueries('hea suhtleja', qualities)).toEqual([
			'hea suhtlemis- ja mõjutamisoskus',
			'suhtleja',
			'suhtlemis- ja mõjutamisoskus',
		]);
		expect(synonymQueries('väga hea suhtlemisoskus', qualities)).toEqual(['suhtlemisoskus']);
		expect(synonymQueries('Tugev analüüsivõime', qualities)).toEqual(['analuusivoime']);
		// Not a degree word inside a listed phrase, nor a query of degree words only.
		expect(synonymQueries('suur pilt', qualities)).toEqual(['analüüsi- ja üldistusvõime']);
		expect(synonymQueries('väga hea', qualities)).toEqual([]);
		expect(synonymQueries('haldusspetsialist', qualities)).toEqual([]);
	});
	test('four-letter words with a case or plural ending', () => {
		const cars = { auto: ['ametisõiduk'] };
		expect(synonymQueries('autod', cars)).toEqual(['ametisõiduk']);
		expect(synonymQueries('autoga', cars)).toEqual(['ametisõiduk']);
		expect(synonymQueries('autor', cars)).toEqual([]);
		expect(synonymQueries('autode', cars)).toEqual(['ametisõiduk']);
		expect(synonymQueries('automaatne', cars)).toEqual([]);
	});
	test('a final consonant weakened or dropped before an ending', () => {
		const words = {
			veebileht: ['koduleht'],
			kontrollkaik: ['paikvaatlus'],
			tender: ['hange'],
			arvutid: ['infotehnoloogia'],
		};
		expect(synonymQueries('veebilehe sisu', words)).toEqual(['koduleht sisu']);
		expect(synonymQueries('kontrollkäigud', words)).toEqual(['paikvaatlus']);
		expect(synonymQueries('veebilehel', words)).toEqual(['koduleht']);
		// Not another consonant, a longer ending, nor a word under six letters.
		expect(synonymQueries('veebilehkus', words)).toEqual([]);
		expect(synonymQueries('kontrollkäiguvõimalus', words)).toEqual([]);
		expect(synonymQueries('tendri', words)).toEqual([]);
		expect(synonymQueries('arvutiabi', words)).toEqual([]);
	});
	test('two listed words apart are also replaced together, each by its first meaning', () => {
		const words = {
			kohapeal: ['paikvaatlus', 'järelevalve'],
			'kontrollimas kaimine': ['järelevalve'],
			kontrollimas: ['kontroll'],
		};
		expect(synonymQueries('kohapeal kontrollimas käimine', words)).toEqual([
			'paikvaatlus kontrollimas kaimine',
			'järelevalve kontrollimas kaimine',
			'kohapeal järelevalve',
			'kohapeal kontroll kaimine',
			'paikvaatlus järelevalve',
		]);
		// One listed word: no more than its own replacements.
		expect(synonymQueries('kohapeal käimine', words)).toEqual([
			'paikvaatlus kaimine',
			'järelevalve kaimine',
		]);
	});
	test('short words only as typed, and no listed word no queries', () => {
		expect(synonymQueries('ituur', map)).toEqual([]);
		expect(synonymQueries('järelevalve', map)).toEqual([]);
	});
});

describe('the synonym list HR keeps', () => {
	const { synonyms, problems } = readSynonyms(projectRoot);
	test('is valid and every meaning is a word of the pages', () => {
		expect(problems).toEqual([]);
		for (const entry of synonyms.synonyms)
			for (const meaning of entry.means) {
				const first = meaning.toLocaleLowerCase('et').split(/[\s-]+/u)[0];
				const stem = first.slice(0, Math.max(4, first.length - 4));
				expect(
					vocabularyOf(first).some((word) => word.includes(stem)) ||
						[...shards.values()].flat().some((word) => word.includes(stem)),
					meaning,
				).toBe(true);
			}
	});
	test('maps typed words to meanings, folded', () => {
		expect(synonymMap(synonyms).it).toContain('infotehnoloogia');
	});
});

describe('corrections against the page words', () => {
	test.each([
		['invetuur', 'inventuuris'],
		['nõunk', 'nõunik'],
		['arendusoskond', 'arendusosakond'],
		['juhendamisoksus', 'juhendamisoskus'],
		['järelvalve', 'järelevalve'],
	])('%s → %s', (typed, expected) => {
		expect(corrections(typed, vocabularyOf(typed))[0]).toBe(expected);
	});
	test('a word of the pages, in any form, is not corrected', () => {
		expect(corrections('järelevalvet', vocabularyOf('järelevalvet'))).toEqual([]);
		expect(corrections('inventuur', vocabularyOf('inventuur'))).toEqual([]);
	});
	test('a page word and a slip in its ending is corrected, a case ending is not', () => {
		// "ide" with its letters swapped is no ending of "infosüsteem": the word is a slip of "infosüsteemide",
		// offered in its base form.
		expect(isPageWord('infosüsteemdie', ['infosüsteem'])).toBe(false);
		expect(corrections('infosüsteemdie', ['infosüsteem', 'infosüsteemide'])).toEqual([
			'infosüsteem',
		]);
		expect(isPageWord('infosüsteemide', ['infosüsteem'])).toBe(true);
		expect(isPageWord('kontrolliga', ['kontroll'])).toBe(true);
	});
	test('a word far from every page word has no correction', () => {
		expect(corrections('astronaut', vocabularyOf('astronaut'))).toEqual([]);
	});
	test("a short stem is held to its own length's limit", () => {
		// "lapsed" has six letters (two edits), its stem "lapse" five (one): "lepe" is two from it.
		expect(corrections('lapsed', ['lepe'])).toEqual([]);
		expect(corrections('invetuur', ['inventuur'])).toEqual(['inventuur']);
	});
});

describe('corrections in the base form', () => {
	let withLemmas: Map<string, string[]>;
	beforeAll(async () => {
		const analyzer = await createAnalyzer();
		withLemmas = vocabularyShards(
			loadContent({ root: projectRoot, today: '2026-11-23' }).model,
			(word) => analyzer.lemmas(word)[0],
			undefined,
			(text) => analyzer.suspendedCompounds(text),
		);
	});
	const lemmaVocabularyOf = (word: string) => withLemmas.get(vocabularyKey(word)) ?? [];

	test('the vocabulary has the base forms of the page words, before their forms', () => {
		const words = lemmaVocabularyOf('inventuur');
		expect(words).toContain('inventuur');
		expect(words.indexOf('inventuur')).toBeLessThan(words.indexOf('inventuuris'));
		expect(vocabularyOf('inventuur')).not.toContain('inventuur');
	});
	test('the vocabulary has the compounds written with a shared head left out', () => {
		// "Ameti kõne- ja andmesideteenuse haldus": "kõneside" is then a page word, not corrected away.
		expect(lemmaVocabularyOf('kõnesideteenus')).toContain('kõnesideteenus');
		expect(isPageWord('kõneside', lemmaVocabularyOf('kõneside'))).toBe(true);
		expect(isPageWord('kõneside', vocabularyOf('kõneside'))).toBe(false);
	});
	test.each([
		['invetuur', 'inventuur'],
		['inventuri', 'inventuur'],
		['nõunk', 'nõunik'],
		['järelvalve', 'järelevalve'],
	])('%s → %s', (typed, expected) => {
		expect(corrections(typed, lemmaVocabularyOf(typed))[0]).toBe(expected);
	});
	test('isInflectionOf: a case ending on the base form, not a verb form or an adverb', () => {
		expect(isInflectionOf('inventuuris', 'inventuur')).toBe(true);
		expect(isInflectionOf('toetused', 'toetus')).toBe(true);
		expect(isInflectionOf('ideed', 'idee')).toBe(true);
		expect(isInflectionOf('seotud', 'seotu')).toBe(false);
		expect(isInflectionOf('saada', 'saad')).toBe(false);
		expect(isInflectionOf('operatiivselt', 'operatiivse')).toBe(false);
		expect(isInflectionOf('kellegi', 'kell')).toBe(false);
	});
	test('baseForm: the shortest page word the word extends by a case ending', () => {
		expect(baseForm('inventuuris', ['inventuuris', 'inventuur', 'invent'])).toBe('inventuur');
		expect(baseForm('kontrolli', ['kontrolli', 'kontroll', 'kontr'])).toBe('kontroll');
		// Four letters added is no case ending, and a shorter word is no base when its stem does not begin the word's.
		expect(baseForm('haldusjuht', ['haldusjuht', 'haldus'])).toBe('haldusjuht');
		expect(baseForm('inventuuris', ['inventuuris'])).toBe('inventuuris');
	});
});

test('mergeResults keeps each page once with its best score', () => {
	const result = (id: string, score: number) => ({ id, score, data: () => Promise.resolve({}) });
	expect(
		mergeResults([[result('a', 1), result('b', 3)], [result('a', 5)]]).map((r) => [
			r.id,
			r.score,
		]),
	).toEqual([
		['a', 5],
		['b', 3],
	]);
});

describe('words the pages write otherwise', () => {
	const all = [...shards.values()].flat();
	test('a later part of a compound is found inside it, across a stem change', () => {
		expect(compoundsWith('hoolekanne', all)[0]).toBe('sotsiaalhoolekande');
		expect(compoundsWith('mudel', all)[0]).toBe('riskimudel');
	});
	test('joinedAt: two typed words that the pages write as one', () => {
		expect(joinedAt(['arendus', 'osakond'], vocabularyOf)).toBe(0);
		expect(joinedAt(['pist', 'arendus', 'osakond'], vocabularyOf)).toBe(1);
		expect(joinedAt(['halduse', 'tiim'], vocabularyOf)).toBe(-1);
		expect(joinedAt(['järelevalve', 'talitus'], vocabularyOf)).toBe(-1);
		expect(joinedAt(['arendusosakond'], vocabularyOf)).toBe(-1);
	});
	test('a compound of two page words is split', () => {
		expect(splitCompound('kasutajatugi', all)).toEqual(['kasutaja', 'tugi']);
		expect(splitCompound('astronaut', all)).toBeUndefined();
	});
	test("isIndexWord: the stem of some page word begins with the word's stem, as Pagefind matches", () => {
		expect(isIndexWord('jälgimine', ['jälgimine'])).toBe(true);
		expect(isIndexWord('lähetustel', ['lähetusteks'])).toBe(true);
		// A page word with a case ending is no index word of the form: Pagefind would search it shortened.
		expect(isIndexWord('juhiluba', ['juhiload', 'juhi'])).toBe(false);
		expect(isIndexWord('õiguskantslereid', ['õiguskantsleri', 'õiguskantsler'])).toBe(false);
	});
	test('isPageWord: a stem some page word starts with, or a page word with an ending', () => {
		expect(isPageWord('järelevalvet', vocabularyOf('järelevalvet'))).toBe(true);
		expect(isPageWord('tiimis', vocabularyOf('tiimis'))).toBe(true);
		expect(isPageWord('invetuur', vocabularyOf('invetuur'))).toBe(false);
	});
});

test('anyWordResults ranks pages with more of the words first', () => {
	const result = (id: string, score: number) => ({ id, score, data: () => Promise.resolve({}) });
	expect(
		anyWordResults([[result('a', 9), result('b', 1)], [result('b', 1)]]).map((r) => r.id),
	).toEqual(['b', 'a']);
});

test('anyWordResults: of pages with as many words, those with more words that are not weak first', () => {
	const result = (id: string, score: number) => ({ id, score, data: () => Promise.resolve({}) });
	// "testloo kirjutamine": the page with test cases before the one with "ettekirjutus", whatever the score.
	const perWord = [[result('testcases', 1)], [result('ettekirjutus', 9)]];
	expect(anyWordResults(perWord).map((r) => r.id)).toEqual(['ettekirjutus', 'testcases']);
	expect(anyWordResults(perWord, new Set([1])).map((r) => r.id)).toEqual([
		'testcases',
		'ettekirjutus',
	]);
	// More words still come first, weak or not.
	expect(
		anyWordResults(
			[[result('both', 1), result('one', 9)], [result('both', 1)]],
			new Set([1]),
		).map((r) => r.id),
	).toEqual(['both', 'one']);
});

describe('readSynonyms reports problems as npm run check prints them', () => {
	test.each([
		['synonyms:\n  - words: [IT]\n    means: []\n', 'synonyms.0.means', 3],
		[
			'synonyms:\n  - words: [IT]\n    means: [x]\n  - words: [it]\n    means: [y]\n',
			'synonyms.1.words.0',
			4,
		],
		['synonyms:\n  - wrds: [IT]\n', 'synonyms.0', 2],
	])('%j', (text, field, line) => {
		const root = mkdtempSync(join(tmpdir(), 'ska-synonyms-'));
		mkdirSync(join(root, 'content/search'), { recursive: true });
		writeFileSync(join(root, 'content/search/synonyms.yaml'), text);
		const { problems } = readSynonyms(root);
		rmSync(root, { recursive: true, force: true });
		expect(
			problems.map((problem) => [problem.field, problem.line, problem.severity]),
		).toContainEqual([field, line, 'error']);
	});
});
