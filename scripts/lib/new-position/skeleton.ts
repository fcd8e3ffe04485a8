/**
 * The text of a new position file: every frontmatter field and body section, with Estonian guidance
 * as YAML comments and "TÄIDA" placeholders that the check reports until they are replaced.
 */
import { stringify } from 'yaml';
import { PLACEHOLDER } from '../../../src/lib/content/placeholders.ts';

/** One-line YAML scalar, quoted only where YAML needs it. */
function scalar(value: string): string {
	return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Wraps a list of names into comment lines of at most ~100 characters. */
function commentList(lead: string, names: readonly string[], indent: string): string[] {
	const lines: string[] = [];
	let line = `${indent}# ${lead}`;
	for (const [index, name] of names.entries()) {
		const word = `${name}${index === names.length - 1 ? '.' : ','}`;
		if (line.length + word.length + 1 > 100) {
			lines.push(line);
			line = `${indent}#   ${word}`;
		} else {
			line += ` ${word}`;
		}
	}
	lines.push(line);
	return lines;
}

export interface SkeletonInput {
	id: string;
	title: string;
	unitId: string;
	unitName: string;
	manager?: string;
	/** Catalogue names (for the comment) and the example competency. */
	competencyNames: readonly string[];
	exampleCompetency?: string;
}

/** The text of a new position file. Every frontmatter field appears, optional ones as comments. */
export function renderSkeleton(input: SkeletonInput): string {
	const fill = (what: string) => scalar(`${PLACEHOLDER}: ${what}`);
	const lines = [
		'---',
		`# Uus ametijuhend (eelnõu). Asenda kõik kohad, kus on kirjas "${PLACEHOLDER}", ja kustuta read, mida`,
		'# dokumendis ei ole. Read, mis algavad märgiga "#", on juhised: saidil neid ei näidata.',
		'# Väljade tähendus on kirjas failis CONTRIBUTING.md (jaotis "Väljad").',
		'',
		'# Ametinimetus koos täpsustusega, nt "Peaspetsialist (kasutaja tugi)".',
		`title: ${scalar(input.title)}`,
		`# Struktuuriüksuse tunnus: faili nimi kaustas content/units ilma .yaml-ita (siin: ${input.unitName}).`,
		`unit: ${input.unitId}`,
		'# Vahetu juhi ametikoha tunnus: faili nimi kaustas content/positions ilma .md-ta.',
		input.manager === undefined ? '# manager: vahetu-juhi-tunnus' : `manager: ${input.manager}`,
		'# Asendamine: ametikohtade tunnused nurksulgudes ja komaga eraldatud, nt [haldusjuht, haldusspetsialist].',
		`# Oma tunnus (siin ${input.id}) tähendab "teine sama ametikoha teenistuja".`,
		'# Kirjuta asendus mõlema ametikoha faili: kui A asendab B-d, siis A failis substitutes: [b]',
		'# ja B failis substitutedBy: [a]. Kui asendajat pole, jäta [].',
		'# Kes asendab seda ametikohta:',
		'substitutedBy: []',
		'# Keda see ametikoht asendab:',
		'substitutes: []',
		'# Staatus: kehtiv, eelnõu või kehtetu. Uus juhend on eelnõu; kinnitamisel muuda see kehtivaks.',
		'status: eelnõu',
		'# Ametikoha grupp: ametnik või töötaja. Kustuta rea algusest "# " ainult siis, kui grupp on dokumendis kirjas.',
		'# group: ametnik',
		'# false: ametijuhend on kirjas. true ainult ametikohal, mille juhendit veel pole (siis piisab nimetusest ja üksusest).',
		'stub: false',
		'# Ametikoha eesmärk. Pikk tekst võib jätkuda järgmistel ridadel, kui iga rida algab kahe tühikuga.',
		'purpose: >-',
		`  ${PLACEHOLDER}: ametikoha eesmärk ühe lõiguna.`,
		'# Eritingimused (nt töö väljaspool tavapärast tööaega). Kustuta "# ", kui dokumendis on need kirjas.',
		`# specialConditions: ${PLACEHOLDER}`,
		'# Kui dokumendi jaotiste numbrid ei ole tavalised 1–8 (nt tööülesanded on jaotises 2), kirjuta siia dokumendi',
		'# numbrid; jaotis, mida siin pole, on dokumendis numbrita. Tööülesannete number tuleb ülesannete numbritest.',
		'# sectionNumbers:',
		'#   general: "1"',
		'#   requirements: "3"',
		'#   rights: "4"',
		'#   responsibilities: "4"',
		'# Ametikohale esitatavad nõuded (ametijuhendi 7. osa). Kustuta read, mida dokumendis pole.',
		'requirements:',
		'  education:',
		'    # Haridustase nõuete registri jaoks: põhiharidus, keskharidus, kutseharidus, rakenduslik kõrgharidus,',
		'    # kõrgharidus, bakalaureusekraad, magistrikraad või doktorikraad.',
		'    level: kõrgharidus',
		'    # Hariduse nõue dokumendi sõnastuses.',
		`    text: ${fill('hariduse nõue dokumendi sõnastuses, nt Kõrgharidus.')}`,
		'  experience:',
		'    # Nõutav töökogemus aastates; kustuta "# " ainult siis, kui aastate arv on dokumendis kirjas.',
		'    # years: 3',
		`    text: ${fill('töökogemuse nõue dokumendi sõnastuses.')}`,
		'  languages:',
		'    # Iga keel eraldi reana: language (eesti, inglise, vene, saksa, soome, prantsuse, rootsi, läti, leedu,',
		'    # viipekeel või võõrkeel) ja level (A1, A2, B1, B2, C1 või C2). "võõrkeel" tähendab ükskõik millist',
		'    # võõrkeelt; eelistatud keeled märgi nii: preferred: [inglise, vene].',
		'    items:',
		'      - language: eesti',
		'        level: C1',
		'    # Keeleoskuse nõue dokumendi sõnastuses.',
		`    text: ${fill('keeleoskuse nõue, nt Valdab eesti keelt vähemalt tasemel C1.')}`,
		'  # Arvutikasutamise oskus, teadmised ja oskused, isikuomadused: dokumendi sõnastuses.',
		`  computerSkills: ${fill('arvutikasutamise oskus.')}`,
		`  knowledge: ${fill('teadmised ja oskused.')}`,
		`  personalQualities: ${fill('isikuomadused.')}`,
		'  # Lisanõuded, igaüks eraldi reana "- ", nt "- B-kategooria juhiload". Kui lisanõudeid pole, jäta [].',
		'  additional: []',
		'competencies:',
		'  # Kompetentsi nimetus (name) peab olema kompetentside kataloogis (kaust content/competencies)',
		'  # põhinimetuse või sünonüümina; indicators on käitumisindikaatorid selle dokumendi sõnastuses.',
		...commentList('Kataloogis on:', input.competencyNames, '  '),
		'  # Tööks vajalikud kompetentsid:',
		...(input.exampleCompetency === undefined
			? ['  core: []']
			: [
					'  core:',
					`    - name: ${scalar(input.exampleCompetency)}`,
					'      indicators:',
					`        - ${fill('käitumisindikaator dokumendi sõnastuses.')}`,
				]),
		'  # Täiendavad kompetentsid, isikuomadused ja teadmised (samal kujul nagu core):',
		'  additional: []',
		'  # Laused kompetentside osas, mis ei kirjelda ühtegi kompetentsi:',
		'  notes: []',
		'# Kinnitamise andmed: kustuta "# " nende ridade algusest, kui juhend on kinnitatud. Isikute nimesid ei kirjutata.',
		'# approval:',
		'#   date: AAAA-KK-PP',
		'#   directive: "57"',
		'#   approverRole: peadirektor',
		'# Allkirjastatud originaali aadress dokumendiregistris (kustuta "# ", kui see on teada):',
		'# sourceUrl: https://',
		'# Viimase ülevaatuse kuupäev kujul AAAA-KK-PP. Eelnõul seda ei ole: kustuta "# " rea algusest alles siis,',
		'# kui juhend on kinnitatud või üle vaadatud, ja kirjuta selle päeva kuupäev.',
		'# lastReviewed: AAAA-KK-PP',
		'# Ülevaatuse intervall kuudes: "vaadatakse üle kord aastas" on 12.',
		'reviewIntervalMonths: 12',
		'',
		'# SISU on allpool teist "---" rida ja koosneb jaotistest täpselt selles järjekorras:',
		'#   ## Tööülesanded, ## Õigused, ## Vastutus, ## Töövahendid, ## Ametijuhendi muutmine',
		'# Iga tööülesanne on pealkiri, mille alguses on number nagu dokumendis: "### 3.1. Ülesande tekst",',
		'# alamülesanne "#### 3.1.1. Alamülesande tekst". Ülesande all on oodatavad tulemused loendina:',
		'# iga tulemus eraldi real, mis algab "- ". Õiguste ja vastutuse loendi ees võib olla üks lause',
		'# (nt "Omab õigust:"). HTML-i (nt <br>) ning loendit loendi sees kasutada ei tohi.',
		'---',
		'',
		'## Tööülesanded',
		'',
		`### 3.1. ${PLACEHOLDER}: esimene tööülesanne, nt Klientide nõustamine oma valdkonna küsimustes.`,
		'',
		`- ${PLACEHOLDER}: oodatav tulemus, nt Kliendid on saanud asjakohase vastuse õigeaegselt.`,
		`- ${PLACEHOLDER}: teine tulemus; iga tulemus on eraldi real, mis algab märkidega "- ". Järgmine ülesanne algab pealkirjaga "### 3.2.".`,
		'',
		'## Õigused',
		'',
		'Omab õigust:',
		'',
		`- ${PLACEHOLDER}: õigus, nt saada tööülesannete täitmiseks vajalikku infot;`,
		'',
		'## Vastutus',
		'',
		'Omab vastutust:',
		'',
		`- ${PLACEHOLDER}: vastutus, nt tööülesannete tõhusa ja tulemusliku täitmise eest;`,
		'',
		'## Töövahendid',
		'',
		`${PLACEHOLDER}: töövahendid, nt sülearvuti tööks vajaliku tarkvaraga ja mobiiltelefon.`,
		'',
		'## Ametijuhendi muutmine',
		'',
		'- Ametijuhend vaadatakse üle kord aastas vahetu juhiga või töökorralduse muutumisel.',
		'',
	];
	return lines.join('\n');
}
