/**
 * Every message of the importer, in Estonian, in one place so that wording changes are reviewed.
 * Code and identifiers stay English.
 */
import { quote } from '../content/messages.ts';
import { excerpt } from './text.ts';

function didYouMean(suggestion: string | undefined): string {
	return suggestion === undefined ? '' : ` Kas mõtlesid ${quote(suggestion)}?`;
}

const q = (text: string) => quote(excerpt(text));

export const importMessages = {
	usage: () => `Kasutus: npm run import -- [--out <kaust>] [--dry-run] [--force] [--title <nimetus>] [--unit <üksus>] <fail või kaust…>

Teisendab olemasolevad ametijuhendid (.txt PDF-ist võetud tekstiga, .docx, tekstikihiga .pdf)
projekti sisufailideks content/positions/<osakond>/<tunnus>.md. Kausta korral loetakse kõik selle
.txt-, .docx- ja .pdf-failid. Käskkirjast, millel on mitu lisa, tuleb iga lisa kohta oma fail.
Üksused, juhid, asendajad ja kompetentsid seotakse olemasoleva sisuga; mida ei õnnestu siduda või
ära tunda, jääb failis TODO-kommentaariks ja on kirjas aruandes.
  --out      kaust, mille alla content/positions/… kirjutatakse (vaikimisi projekti kaust)
  --dry-run  ära kirjuta midagi, trüki, mis failidesse läheks
  --force    kirjuta olemasolevad failid üle (ilma selleta olemasolevat faili ei muudeta)
  --title    ametinimetus dokumendile, milles seda ei leitud
  --unit     struktuuriüksus dokumendile, milles seda ei leitud
  --today    kuupäev AAAA-KK-PP, mille järgi ülevaatuse tähtaegu hinnatakse (vaikimisi täna)
  --help     see abi

Väljumiskood on 1, kui mõni fail vajab inimese tähelepanu, ja 2 vigaste võtmete korral.
Näide: npm run import -- ametijuhendid/`,
	unknownOption: (option: string) =>
		`tundmatu võti ${quote(option)}. Vaata "npm run import -- --help".`,
	optionValueMissing: (option: string) =>
		`võtmel ${quote(option)} puudub väärtus. Vaata "npm run import -- --help".`,
	badToday: (value: string) =>
		`kuupäev ${quote(value)} ei sobi: kirjuta kujul AAAA-KK-PP, nt 2026-03-01.`,
	badArguments: () => 'käsu võtmed on vigased. Vaata "npm run import -- --help".',
	noFiles: () =>
		'anna vähemalt üks imporditav fail, nt npm run import -- ametijuhend.pdf. Vaata "npm run import -- --help".',

	// Reading files.
	unsupportedExtension: (extension: string) =>
		`failitüüp ${quote(extension || '(laiend puudub)')} ei ole toetatud. Toetatud on .txt (PDF-ist võetud tekst), .docx ja tekstikihiga .pdf.`,
	fileNotFound: () => 'faili ei ole. Kontrolli faili nime ja kausta.',
	isDirectory: () => 'kaustas ei ole ühtki .txt-, .docx- ega .pdf-faili.',
	unexpectedError: (detail: string) =>
		`faili lugemisel tekkis ootamatu viga (${excerpt(detail)}). Saada fail arendajale; ülejäänud failid imporditi.`,
	fileUnreadable: (code: string) => `faili ei saa lugeda (${code}). Kontrolli faili õigusi.`,
	fileTooLarge: (megabytes: number) =>
		`fail on liiga suur (${megabytes} MB). Ametijuhend on tavaliselt alla 1 MB.`,
	notUtf8: () =>
		'tekstifail ei olnud UTF-8 kodeeringus; loeti Windows-1257 (Balti) kodeeringus. Kontrolli täpitähti.',
	pdfEncrypted: () =>
		'PDF on parooliga kaitstud (krüpteeritud) ja seda ei saa lugeda. Salvesta dokument ilma paroolita või kopeeri tekst .txt-faili.',
	pdfInvalid: () => 'fail ei ole loetav PDF (vigane või pooleli jäänud fail).',
	pdfNoText: () =>
		'PDF-is ei ole tekstikihti (skannitud pilt?). Tee dokumendist tekstiga PDF või kopeeri tekst .txt-faili.',
	docxInvalid: () =>
		'fail ei ole loetav Wordi dokument (.docx). Vana .doc-vormingu salvesta Wordis .docx-iks.',
	emptyText: () => 'failis ei ole teksti.',

	// Structure.
	titleMissing: () =>
		'ametinimetust ei leitud (Üldosa väli "Ametinimetus" või "Teenistuskoht"), seega ei saa faili nime tuletada. Anna see käsureal: --title "Ametinimetus" (ja vajadusel --unit "Struktuuriüksus").',
	directiveFound: (date: string, number: string, annexes: number) =>
		`käskkiri ${date} nr ${number}: ${annexes} ${annexes === 1 ? 'lisa' : 'lisa(t)'} (igaüks eraldi ametijuhend).`,
	directiveWithoutAnnexes: () =>
		'käskkirja tekstis ei ole ühtki ametijuhendi lisa (tekst võib olla pooleli). Kontrolli, kas fail on terve.',
	repealsPositions: (date: string, number: string, files: readonly string[]) =>
		`käskkiri tunnistab kehtetuks ${date} käskkirja nr ${number}, millega on kinnitatud ${files.join(', ')}. Muuda nende olek (status: kehtetu) või asenda need uute failidega.`,
	repealsUnknown: (date: string, number: string) =>
		`käskkiri tunnistab kehtetuks ${date} käskkirja nr ${number}; sisus ei ole sellega kinnitatud ametikohta.`,
	repealUnread: (text: string) =>
		`käskkiri tunnistab midagi kehtetuks, kuid kuupäeva ja numbrit ei õnnestunud lugeda: ${q(text)}. Kontrolli käsitsi.`,
	notJobDescription: () =>
		'see ei paista olevat ametijuhend: ei leitud ühtki tuntud silti ("Struktuuriüksus", "Vahetu juht" …) ega osa ("Üldosa", "Tööülesanded"). Kui see on ametijuhend, lisa selle sildid faili src/lib/import/labels.yaml.',
	titleFromOption: (title: string) =>
		`dokumendis ametinimetust ei olnud; kasutati käsurealt antud ${quote(title)}.`,
	unitFromOption: (unit: string) => `struktuuriüksusena kasutati käsurealt antud ${quote(unit)}.`,
	titleFromHeading: (heading: string, title: string) =>
		`ametinimetus tuletati pealkirjast ${quote(heading)}: ${quote(title)}. Kontrolli käänet.`,
	cutOffDraft: (last: string) =>
		`tekst on pooleli (viimane rida ${q(last)}); fail märgiti eelnõuks (status: eelnõu). Täienda puuduv osa algdokumendi järgi ja muuda olek.`,
	missingPart: (part: string) =>
		`dokumendis ei leitud osa ${quote(part)}. Lisa see failis käsitsi, kui dokumendis on see olemas.`,
	unplaced: (text: string) =>
		`tekst ${q(text)} jäi paigutamata. See on failis TODO-kommentaarina; tõsta see õigesse kohta või kustuta.`,
	tocRemoved: (count: number) => `faili lõpust eemaldati sisukorra jäägid (${count} rida).`,
	signatureRemoved: (count: number) =>
		`allkirjaplokk (${count} rida) jäeti välja: isikute nimesid ei kanta üle.`,
	personLinesRemoved: (count: number) =>
		`${count} rida koostaja või tutvunu nimega ("Koostaja:", "Tutvunud:" …) jäeti välja: isikute nimesid ei kanta üle.`,
	idElsewhere: (id: string, file: string) =>
		`ametikoht tunnusega ${quote(id)} on juba failis ${file}, teises kaustas; uus fail tekitaks topelttunnuse. Teisalda või nimeta üks ümber.`,
	pageNumbersRemoved: (count: number) => `eemaldati ${count} lehekülje numbri rida.`,
	pageMarkersRemoved: (count: number) =>
		`eemaldati ${count} lehekülje päise või jaluse rida ("… Lk 1/3").`,
	hyphenationJoined: (count: number) =>
		`${count} rea lõpus poolitatud sõna liideti ("kvali-" + "teedi" → "kvaliteedi"). Kontrolli liitsõnu.`,
	spaceBullets: () =>
		'täpid on tekstist kadunud (rea alguses on tühik); need read loeti loendi punktideks.',
	paragraphText: () =>
		'tekstis on iga lõik eraldi real (nt DOCX); täpita lõigud loeti loendi punktideks.',

	// Üldosa.
	columnsNotSplit: (labels: string, text: string) =>
		`Üldosa veerge (${labels}) ei õnnestunud eraldada: ${q(text)}. Täida need väljad failis käsitsi.`,
	unitFromText: (text: string) => `struktuuriüksuseks loeti ${q(text)}.`,
	unitMissing: () =>
		'dokumendis ei leitud struktuuriüksust. Kirjuta failis väljale unit üksuse tunnus (kaust content/units).',
	unitUnresolved: (text: string, suggestion: string | undefined) =>
		`struktuuriüksust ${q(text)} ei ole kaustas content/units.${didYouMean(suggestion)} Lisa üksuse fail või paranda väli unit.`,
	managerUnresolved: (text: string) =>
		`vahetut juhti ${q(text)} ei õnnestunud ametikohaga siduda. Kirjuta failis väljale manager juhi ametikoha tunnus (vajadusel loo talle mall stub: true).`,
	managerMissing: () =>
		'dokumendis ei ole vahetut juhti. Lisa väljale manager juhi ametikoha tunnus.',
	substituteUnresolved: (field: string, text: string) =>
		`asendamise (${field}) osa ${q(text)} ei õnnestunud ametikohaga siduda. Lisa failis väljale ${field} vastava ametikoha tunnus.`,
	ambiguousPosition: (text: string, ids: readonly string[]) =>
		`${q(text)} sobib mitmele ametikohale (${ids.join(', ')}); vali failis õige.`,
	groupUnknown: (text: string) =>
		`ametikoha grupp ${q(text)} ei ole "ametnik" ega "töötaja"; väli group jäi tühjaks.`,
	subordinatesSkipped: (text: string) =>
		`alluvaid (${q(text)}) ei kanta üle: need tuletatakse teiste ametijuhendite vahetu juhi väljast.`,
	existingIdReused: (id: string, file: string) =>
		`sama nimetuse ja üksusega ametikoht on juba olemas (${file}); kasutan selle tunnust ${quote(id)}.`,
	danglingIdAdopted: (id: string) =>
		`sisus on juba viiteid ametikohale ${quote(id)}, mille faili veel pole; see fail saab selle tunnuse.`,
	idCollision: (slug: string, file: string, id: string) =>
		`tunnus ${quote(slug)} on juba teisel ametikohal (${file}); selle faili tunnuseks sai ${quote(id)}.`,
	batchDuplicate: (id: string, other: string) =>
		`tunnus ${quote(id)} tuleb ka failist ${other}; üks neist kirjutaks teise üle. Nimeta üks ümber.`,
	noDepartment: (unit: string) =>
		`üksus ${quote(unit)} ei ole ühegi osakonna all; fail läheb kausta ${quote(unit)}.`,

	// Duties and lists.
	pageBreakSplit: (number: string, head: string, tail: string) =>
		`ülesanne ${number}: lehevahetus oli poolitanud tabelirea; ${q(head)} liideti ülesande tekstiga, ${q(tail)} tulemusega. Kontrolli.`,
	lostBulletSplit: (number: string, text: string) =>
		`ülesanne ${number}: täpita tulemus samal real (${q(text)}) eraldati ülesande tekstist.`,
	implicitResults: () =>
		'tööülesannete tabelis ei ole täppe: iga ülesande esimene lõik loeti ülesandeks, järgmised tulemusteks. Kontrolli.',
	textToDuty: (number: string, text: string) =>
		`ülesanne ${number}: tulemuste järel olev ${q(text)} liideti ülesande tekstiga. Kontrolli.`,
	dutiesRenumbered: (part: number) =>
		`tööülesanded olid nummerdatud 1., 2. …; failis on need ${part}.1, ${part}.2 … (faili vorming nõuab osa numbrit).`,
	revisionFromTrailing: (text: string) => `${q(text)} loeti osaks "Ametijuhendi muutmine".`,

	// Requirements and competencies.
	educationLevelUnknown: (text: string) =>
		`haridustaset ei õnnestunud tekstist ${q(text)} määrata. Lisa vajadusel väli education.level (nt kõrgharidus).`,
	languageUnparsed: (text: string) =>
		`keelenõuet ${q(text)} ei õnnestunud keeleks ja tasemeks (A1–C2) lugeda. Lisa see väljale languages.items käsitsi.`,
	competencyUnknown: (name: string, suggestion: string | undefined) =>
		`kompetentsi ${q(name)} ei ole kataloogis (content/competencies).${didYouMean(suggestion)} Lisa see kataloogi nimetusena või sünonüümina (aliases) või paranda nimi.`,
	competencyDuplicate: (name: string) =>
		`kompetents ${q(name)} on samas rühmas kaks korda; ühenda kirjed.`,
	competencyNote: (text: string) =>
		`nimetuta lause kompetentside all kanti märkusteks (competencies.notes): ${q(text)}.`,
	reviewIntervalUnknown: (text: string) =>
		`ülevaatuse sagedust ei õnnestunud tekstist ${q(text)} lugeda; jäeti vaikimisi 12 kuud.`,

	// YAML comments in the written file.
	commentOwnId: () => ' Oma tunnus tähendab "teine sama ametikoha teenistuja".',
	commentTodo: (text: string) => ` TODO: ${text}`,
	commentUnplaced: () =>
		' TODO: paigutamata tekst dokumendist — tõsta õigesse kohta või kustuta:',

	// Output and summary.
	fileExists: (path: string) =>
		`fail ${path} on juba olemas; seda ei kirjutatud üle. Kasuta --force, kui tahad selle asendada (ka siis, kui see on mall stub: true).`,
	written: (path: string) => `kirjutatud ${path}`,
	wouldWrite: (path: string) => `kirjutataks ${path} (--dry-run)`,
	checkFailed: () =>
		'imporditud fail ei läbi kontrolli (npm run check); paranda allpool loetletud vead.',
	statusOk: () => 'OK',
	statusAttention: (count: number) => `vajab tähelepanu (${count})`,
	statusFailed: () => 'viga',
	tableHeader: () => [
		'fail',
		'tunnus',
		'välju',
		'ülesandeid',
		'tulemusi',
		'kompetentse',
		'TODO',
		'olek',
	],
	summary: (files: number, descriptions: number, attention: number) => {
		const counted = `${files} ${files === 1 ? 'fail' : 'faili'}, ${descriptions} ${descriptions === 1 ? 'ametijuhend' : 'ametijuhendit'}`;
		return attention === 0
			? `${counted}, kõik korras.`
			: `${counted}; tabelis vajab tähelepanu ${attention} rida.`;
	},
	howToFix: () =>
		'Vaata iga faili all ✘-ga märgitud punkte: paranda need imporditud failis (otsi "TODO") ja käivita "npm run check".',
	howToFixNothingWritten: () =>
		'Ühtki faili ei kirjutatud. Vaata iga faili all ✘-ga märgitud põhjust; ametinimetuseta dokumendile anna --title "…".',
};
