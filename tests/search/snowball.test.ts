import { describe, expect, test } from 'vitest';
import { pagefindStem, stemEstonian } from '../../src/lib/search/snowball-estonian.ts';

// Stems read from a Pagefind 1.5.2 index built with forceLanguage "et" (tests/search/pagefind.test.ts checks
// the port against Pagefind on every word of content/). Gradation is never undone, so one noun has several
// stems; -us nouns lose their -s in the nominative and keep it elsewhere.
const STEMS: [string, string][] = [
	['hange', 'hange'],
	['hanked', 'hanke'],
	['hangete', 'hange'],
	['hangetega', 'hange'],
	['hankeid', 'hanke'],
	['aruanne', 'aruanne'],
	['aruandeid', 'aruande'],
	['aruannete', 'aruanne'],
	['tööülesanne', 'tooulesanne'],
	['tööülesanded', 'tooulesande'],
	['kantseleitarbed', 'kantseleitarbe'],
	['kantseleitarvete', 'kantseleitarve'],
	['ülevaatus', 'ulevaa'],
	['ülevaatuse', 'ulevaatuse'],
	['ülevaatuste', 'ulevaatus'],
	['ülevaatusi', 'ulevaatusi'],
	['toetus', 'toetu'],
	['toetuste', 'toetus'],
	['toetusi', 'toetusi'],
	['koolitus', 'kooli'],
	['koolituste', 'koolitus'],
	['puue', 'puue'],
	['puuetega', 'puuete'],
	['puudeid', 'puude'],
	['sõiduk', 'soiduk'],
	['sõidukid', 'soiduki'],
	['sõidukeid', 'soiduke'],
	['inventuur', 'inventuur'],
	['inventuuris', 'inventuuri'],
	['inventuure', 'inventuure'],
	['pöördumine', 'poordumise'],
	['pöördumisi', 'poordumise'],
	['järelevalvet', 'jarelevalve'],
	['kasutajakontode', 'kasutajakonto'],
	['teenus', 'teenu'],
	['teenused', 'teenuse'],
	['teenuseosutajad', 'teenuseosutaja'],
];

describe('Snowball Estonian as Pagefind runs it', () => {
	test.each(STEMS)('%s → %s', (word, stem) => {
		expect(pagefindStem(word)).toBe(stem);
	});

	test('diacritics are folded before stemming', () => {
		// "tööd" becomes "tood", an exception form of "tooma"; unfolded it would keep its -d
		expect(pagefindStem('tööd')).toBe('too');
		expect(stemEstonian('näeb')).toBe('nägi');
		expect(pagefindStem('näeb')).toBe('naeb');
	});
});
