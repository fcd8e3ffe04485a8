import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { projectRoot } from '../helpers.ts';

/**
 * A tree where most files have several independent mistakes. Each must be reported in the first run
 * (an HR editor pays a commit and a CI wait per round trip), and one root cause must give one message.
 */
const { problems } = loadContent({ root: join(projectRoot, 'tests/fixtures/many-mistakes'), today: '2026-12-07' });

/** Every mistake written into each file, as the field or fragment of its message; nothing else may be reported. */
const MISTAKES: Record<string, readonly string[]> = {
	// The three mistakes of the issue, plus a placeholder in a file in force and a gap and a repeat in duty numbers.
	'content/positions/osakond/kolm-viga.md': [
		'ametikohta "jarelevalve-talituse-nounk" ei ole',
		'täitmata koht "TÄIDA"',
		'kompetentsi "Kliendikeskus" ei ole kataloogis',
		'kuupäeva "2026-11-31" ei ole kalendris (novembris on 30 päeva)',
		'number 3.5, aga järjekorras oleks 3.3',
		'number 3.5 on kaks korda',
	],
	// Tabs on three lines: one message. The body is checked all the same.
	'content/positions/osakond/tabulaator.md': [
		'taandes on tabulaator (read 7, 8, 9)',
		'number 3.3, aga järjekorras oleks 3.2',
		'tundmatu jaotis "Kohustused"',
		'jaotis "## Õigused" puudub',
	],
	'content/positions/osakond/koolon.md': ['Pane tekst jutumärkidesse: computerSkills: "Oskused: Word, Excel."', 'jaotis "## Õigused" puudub'],
	// A duplicated key does not stop the other fields from being checked.
	'content/positions/osakond/topeltvali.md': [
		'väli "status" on päises kaks korda',
		// One item of a list is invalid: the item beside it is still checked.
		'substitutes.0  tunnus peab olema väiketähtedes ASCII',
		'substitutes.1  ametikohta "puuduv-koht" ei ole',
		'ametikohta "juhtt" ei ole (kaust content/positions). Kas mõtlesid "juht"?',
		'kuupäev "30.11.2026" ei ole kujul AAAA-KK-PP (aasta-kuu-päev). Kas mõtlesid "2026-11-30"?',
	],
	'content/positions/osakond/vale-kuupaev.md': [
		'ametikoha eesmärk puudub',
		'title  tekst ei tohi olla tühi',
		'struktuuriüksust "osakonnd" ei ole',
		'kuupäev "2026-30-11" ei ole kujul AAAA-KK-PP (aasta-kuu-päev). Kas mõtlesid "2026-11-30"?',
		'kompetents "korrektsus" (korrektsus) on selles ametijuhendis mitu korda',
		// A blank indicator does not hide the misspelt name beside it.
		'kompetentsi "Kliendikesksu" ei ole kataloogis',
		'competencies.core.2.indicators.0  tekst ei tohi olla tühi',
		'competencies.core.3.name  kohustuslik väli puudub',
	],
	'content/units/vigane-uksus.yaml': ['lubamatu väärtus "büroo"', 'struktuuriüksust "osakon" ei ole', 'ametikohta "talitusejuht" ei ole'],
	'content/competencies/vigane-kompetents.yaml': ['name  tekst ei tohi olla tühi', 'lubamatu väärtus "põhi"', 'nimetus "Korrektsus" on kasutusel ka kompetentsil'],
};

describe('a tree with many mistakes per file', () => {
	test.each(Object.entries(MISTAKES))('%s: every mistake in the first run, one message each', (file, mistakes) => {
		const lines = problems.filter((problem) => problem.file === file).map(formatProblem);
		for (const mistake of mistakes) expect(lines.filter((line) => line.includes(mistake)), mistake).toHaveLength(1);
		expect(lines).toHaveLength(mistakes.length);
	});

	test('the valid files have no problems', () => {
		const files = new Set(problems.map((problem) => problem.file));
		expect([...files].sort()).toEqual(Object.keys(MISTAKES).sort());
	});

	test('the wording (reviewed when it changes)', () => {
		expect(problems.map(formatProblem).join('\n')).toMatchInlineSnapshot(`
			"✘ content/competencies/vigane-kompetents.yaml:1:7  name  tekst ei tohi olla tühi
			✘ content/competencies/vigane-kompetents.yaml:2:8  group  lubamatu väärtus "põhi". Lubatud: core, additional.
			✘ content/competencies/vigane-kompetents.yaml:4:11  aliases.0  nimetus "Korrektsus" on kasutusel ka kompetentsil "korrektsus". Iga nimetus tohib kataloogis olla üks kord.
			✘ content/positions/osakond/kolm-viga.md:5:17  substitutedBy.0  ametikohta "jarelevalve-talituse-nounk" ei ole (kaust content/positions). Kas mõtlesid "jarelevalve-talituse-nounik"?
			✘ content/positions/osakond/kolm-viga.md:6:11  purpose  siin on täitmata koht "TÄIDA": kehtiv ametijuhend avaldatakse kõigile töötajatele. Asenda see dokumendi tekstiga või kustuta rida (või märgi fail staatusega eelnõu).
			✘ content/positions/osakond/kolm-viga.md:9:13  competencies.core.0.name  kompetentsi "Kliendikeskus" ei ole kataloogis (kaust content/competencies). Kas mõtlesid "Kliendikesksus"? Kasuta kataloogi nimetust või lisa see kompetentsile sünonüümiks (aliases).
			✘ content/positions/osakond/kolm-viga.md:11:15  lastReviewed  kuupäeva "2026-11-31" ei ole kalendris (novembris on 30 päeva). Kontrolli päeva ja kuud.
			✘ content/positions/osakond/kolm-viga.md:24:1  Tööülesanded  tööülesande number 3.5, aga järjekorras oleks 3.3. Kontrolli, kas ülesanne on puudu või number vale.
			✘ content/positions/osakond/kolm-viga.md:28:1  Tööülesanded  tööülesande number 3.5 on kaks korda. Numbrid peavad olema erinevad.
			✘ content/positions/osakond/koolon.md:7:19  väärtuses "Oskused: Word, Excel." on koolon ja tühik (": "), mida YAML loeb uue välja algusena. Pane tekst jutumärkidesse: computerSkills: "Oskused: Word, Excel."
			✘ content/positions/osakond/koolon.md:19:1  Õigused  jaotis "## Õigused" puudub. Lisa see koos sisuga.
			✘ content/positions/osakond/tabulaator.md:7:1  taandes on tabulaator (read 7, 8, 9). YAML lubab taandeks ainult tühikuid: asenda tabulaatorid tühikutega.
			✘ content/positions/osakond/tabulaator.md:18:1  Tööülesanded  tööülesande number 3.3, aga järjekorras oleks 3.2. Kontrolli, kas ülesanne on puudu või number vale.
			✘ content/positions/osakond/tabulaator.md:22:1  Kohustused  tundmatu jaotis "Kohustused". Lubatud jaotised: Tööülesanded, Õigused, Vastutus, Töövahendid, Ametijuhendi muutmine.
			✘ content/positions/osakond/tabulaator.md:29:1  Õigused  jaotis "## Õigused" puudub. Lisa see koos sisuga.
			✘ content/positions/osakond/topeltvali.md:5:10  manager  ametikohta "juhtt" ei ole (kaust content/positions). Kas mõtlesid "juht"?
			✘ content/positions/osakond/topeltvali.md:7:15  substitutes.0  tunnus peab olema väiketähtedes ASCII, sõnad sidekriipsuga (nt "kvaliteedi-peaspetsialist")
			✘ content/positions/osakond/topeltvali.md:7:28  substitutes.1  ametikohta "puuduv-koht" ei ole (kaust content/positions).
			✘ content/positions/osakond/topeltvali.md:8:1  väli "status" on päises kaks korda. Jäta alles üks.
			✘ content/positions/osakond/topeltvali.md:9:15  lastReviewed  kuupäev "30.11.2026" ei ole kujul AAAA-KK-PP (aasta-kuu-päev). Kas mõtlesid "2026-11-30"?
			✘ content/positions/osakond/vale-kuupaev.md:2:1  purpose  ametikoha eesmärk puudub: lisa väli purpose (või märgi stub: true, kui juhendit veel pole)
			✘ content/positions/osakond/vale-kuupaev.md:2:8  title  tekst ei tohi olla tühi
			✘ content/positions/osakond/vale-kuupaev.md:3:7  unit  struktuuriüksust "osakonnd" ei ole (kaust content/units). Kas mõtlesid "osakond"?
			✘ content/positions/osakond/vale-kuupaev.md:5:15  lastReviewed  kuupäev "2026-30-11" ei ole kujul AAAA-KK-PP (aasta-kuu-päev). Kas mõtlesid "2026-11-30"?
			✘ content/positions/osakond/vale-kuupaev.md:9:13  competencies.core.1.name  kompetents "korrektsus" (korrektsus) on selles ametijuhendis mitu korda.
			✘ content/positions/osakond/vale-kuupaev.md:10:13  competencies.core.2.name  kompetentsi "Kliendikesksu" ei ole kataloogis (kaust content/competencies). Kas mõtlesid "Kliendikesksus"? Kasuta kataloogi nimetust või lisa see kompetentsile sünonüümiks (aliases).
			✘ content/positions/osakond/vale-kuupaev.md:11:20  competencies.core.2.indicators.0  tekst ei tohi olla tühi
			✘ content/positions/osakond/vale-kuupaev.md:12:7  competencies.core.3.name  kohustuslik väli puudub
			✘ content/units/vigane-uksus.yaml:2:7  kind  lubamatu väärtus "büroo". Lubatud: amet, osakond, talitus, tiim.
			✘ content/units/vigane-uksus.yaml:3:9  parent  struktuuriüksust "osakon" ei ole (kaust content/units). Kas mõtlesid "osakond"?
			✘ content/units/vigane-uksus.yaml:4:7  head  ametikohta "talitusejuht" ei ole (kaust content/positions)."
		`);
	});
});
