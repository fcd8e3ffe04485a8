/**
 * Every message an HR editor can see, in Estonian, in one place so that wording changes are
 * reviewed (the tests pin them by snapshot). Code and identifiers stay English.
 */
import type { z } from 'astro/zod';
import { calendarProblem, suggestIsoDate } from './dates.ts';

const TYPE_NAMES: Record<string, string> = {
	string: 'tekst',
	number: 'number',
	int: 'täisarv',
	boolean: 'tõeväärtus (true või false)',
	array: 'loend',
	object: 'väljade kogum',
	null: 'tühi väärtus',
	undefined: 'puuduv väärtus',
	date: 'kuupäev',
};

function typeName(type: string): string {
	return TYPE_NAMES[type] ?? type;
}

function describeInput(input: unknown): string {
	if (input === null) return 'null';
	if (Array.isArray(input)) return 'loend';
	if (input instanceof Date) return 'kuupäev';
	return typeName(typeof input);
}

export function quote(value: string): string {
	return `"${value}"`;
}

function didYouMean(suggestion: string | undefined): string {
	return suggestion === undefined ? '' : ` Kas mõtlesid ${quote(suggestion)}?`;
}

/** Estonian text for a zod issue that carries no message of its own. Used as zod's per-parse error map. */
export function zodIssueMessage(issue: z.core.$ZodRawIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'kohustuslik väli puudub';
			return `vale tüüp: oodati ${typeName(issue.expected)}, kirjas on ${describeInput(issue.input)}`;
		case 'invalid_value':
			if (issue.input === undefined) return `kohustuslik väli puudub; lubatud: ${issue.values.map((value) => String(value)).join(', ')}`;
			// eslint-disable-next-line @typescript-eslint/no-base-to-string -- a rejected enum or literal value is usually a scalar; an object would show as [object Object]
			return `lubamatu väärtus ${quote(String(issue.input))}; lubatud: ${issue.values.map((value) => String(value)).join(', ')}`;
		case 'too_small':
			if (issue.origin === 'array') return `loendis peab olema vähemalt ${issue.minimum} rida`;
			if (issue.origin === 'string') return 'tekst ei tohi olla tühi';
			return `väärtus peab olema vähemalt ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return `loendis võib olla kõige rohkem ${issue.maximum} rida`;
			if (issue.origin === 'string') return `tekst on liiga pikk (lubatud kuni ${issue.maximum} märki)`;
			return `väärtus võib olla kõige rohkem ${issue.maximum}`;
		case 'unrecognized_keys':
			return `tundmatu väli: ${issue.keys.join(', ')}`;
		case 'invalid_format':
			return 'väärtus ei vasta nõutud kujule';
		default:
			return 'vigane väärtus';
	}
}

const YAML_ERRORS: Record<string, string> = {
	BAD_INDENT: 'vale taane',
	MISSING_CHAR: 'puudub märk (nt koolon või lõpetav jutumärk)',
	MULTILINE_IMPLICIT_KEY: 'välja nimi ei tohi olla mitmel real — kas koolonijärgne väärtus vajab jutumärke?',
	BLOCK_AS_IMPLICIT_KEY: 'välja nimi ei tohi olla mitmel real',
	UNEXPECTED_TOKEN: 'ootamatu märk',
	BAD_SCALAR_START: 'väärtus ei tohi alata selle märgiga — pane väärtus jutumärkidesse',
	TAB_AS_INDENT: 'taandeks on kasutatud tabulaatorit, kasuta tühikuid',
	DUPLICATE_KEY: 'väli on kaks korda',
	ALIAS_PROPS: 'viide (alias) on vigane',
	BAD_ALIAS: 'viide (alias) on vigane',
	BAD_DIRECTIVE: 'tundmatu direktiiv',
	IMPOSSIBLE: 'vigane struktuur',
	KEY_OVER_1024_CHARS: 'välja nimi on liiga pikk',
	MISSING_ANCHOR: 'viidatud ankrut ei ole',
	MULTIPLE_ANCHORS: 'mitu ankrut',
	MULTIPLE_DOCS: 'päises on mitu dokumenti',
	MULTIPLE_TAGS: 'mitu silti',
	TAG_RESOLVE_FAILED: 'tundmatu silt',
	UNEXPECTED_SCALAR: 'ootamatu väärtus',
	BAD_COLLECTION_TYPE: 'vale loendi tüüp',
	TOO_DEEP: 'liiga palju üksteise sees olevaid loendeid',
};

export const messages = {
	yamlErrorDetail: (code: string) => YAML_ERRORS[code] ?? 'vigane YAML',
	unknownField: (key: string, suggestion: string | undefined) =>
		`tundmatu väli ${quote(key)}.${didYouMean(suggestion)} Kontrolli välja nime kirjapilti.`,
	invalidEnum: (value: unknown, allowed: readonly string[], suggestion: string | undefined) =>
		value === undefined
			? `kohustuslik väli puudub. Lubatud: ${allowed.join(', ')}.`
			: // eslint-disable-next-line @typescript-eslint/no-base-to-string -- as for invalid_value above: an object would show as [object Object]
				`lubamatu väärtus ${quote(String(value))}.${didYouMean(suggestion)} Lubatud: ${allowed.join(', ')}.`,

	fileNotUtf8: () =>
		'fail ei ole UTF-8 kodeeringus. Salvesta fail uuesti UTF-8 kodeeringus (nt GitHubi veebiredaktoris).',
	fileTooLarge: (bytes: number, limit: number) =>
		`fail on liiga suur (${Math.round(bytes / 1024)} KiB, lubatud ${Math.round(limit / 1024)} KiB). Ametijuhend ei tohiks nii pikk olla — kas faili on kopeeritud midagi üleliigset?`,
	unexpectedFile: (extension: string) =>
		`selles kaustas ootasin ainult ${extension}-faile. Teisalda või kustuta see fail.`,
	badFileName: (name: string) =>
		`faili nimi ${quote(name)} ei sobi tunnuseks: kasuta väiketähti a–z, numbreid ja sidekriipse (nt kvaliteedi-peaspetsialist.md).`,
	duplicateId: (id: string, other: string) => `tunnus ${quote(id)} on kasutusel ka failis ${other}. Nimeta üks failidest ümber.`,

	frontmatterMissing: () =>
		'faili alguses puudub päis (frontmatter). Fail peab algama reaga "---", millele järgnevad väljad ja teine "---".',
	frontmatterNotMap: () => 'päis peab koosnema ridadest kujul "väli: väärtus".',
	yamlSyntax: (detail: string) => `YAML-i süntaksiviga: ${detail}. Kontrolli taandeid, kooloneid ja jutumärke.`,
	yamlTag: (tag: string) =>
		`YAML-i silti ${quote(tag)} ei kasutata. Kustuta silt ja kirjuta väärtus tavalise tekstina (vajadusel jutumärkides).`,
	yamlDuplicateKey: (key: string) => `väli ${quote(key)} on päises kaks korda. Jäta alles üks.`,
	yamlTabIndent: (lines: readonly number[]) =>
		`taandes on tabulaator (${lines.length === 1 ? 'rida' : 'read'} ${lines.join(', ')}). YAML lubab taandeks ainult tühikuid: asenda tabulaatorid tühikutega.`,
	yamlNeedsQuotes: (key: string, value: string) =>
		`väärtuses ${quote(value)} on koolon ja tühik (": "), mida YAML loeb uue välja algusena. Pane tekst jutumärkidesse: ${key}: "${value.replace(/["\\]/g, '\\$&')}"`,

	/** Any value refused as a date: the shape, or the calendar, with the value echoed and a fix where one is clear. */
	invalidDate: (input: unknown) => {
		if (typeof input !== 'string') {
			return `kuupäev peab olema tekst kujul AAAA-KK-PP (nt 2024-03-26), kirjas on ${describeInput(input)}.`;
		}
		const suggestion = suggestIsoDate(input);
		const calendar = calendarProblem(input);
		if (calendar !== undefined && suggestion === undefined) {
			const why = calendar.month === undefined ? 'kuu number peab olema 01–12' : `${calendar.month} on ${calendar.days} päeva`;
			return `kuupäeva ${quote(input)} ei ole kalendris (${why}). Kontrolli päeva ja kuud.`;
		}
		return `kuupäev ${quote(input)} ei ole kujul AAAA-KK-PP (aasta-kuu-päev).${didYouMean(suggestion)}`;
	},

	placeholder: (status: string) =>
		status === 'eelnõu'
			? `siin on veel täitmata koht "TÄIDA". Asenda see dokumendi tekstiga enne, kui muudad staatuse kehtivaks.`
			: `siin on täitmata koht "TÄIDA": kehtiv ametijuhend avaldatakse kõigile töötajatele. Asenda see dokumendi tekstiga või kustuta rida (või märgi fail staatusega eelnõu).`,

	headingBeforeSections: () => 'tekst enne esimest jaotist. Sisu peab algama pealkirjaga "## Tööülesanded".',
	topLevelHeading: () => 'kasuta jaotise pealkirjana "## " (kaks trellidega märki), mitte "# ".',
	unknownSection: (title: string, suggestion: string | undefined, allowed: readonly string[]) =>
		`tundmatu jaotis ${quote(title)}.${didYouMean(suggestion)} Lubatud jaotised: ${allowed.join(', ')}.`,
	duplicateSection: (title: string) => `jaotis ${quote(title)} on kaks korda. Ühenda need üheks.`,
	sectionOrder: (title: string, before: string) =>
		`jaotis ${quote(title)} peab olema enne jaotist ${quote(before)} (ametijuhendi ametlik järjekord).`,
	missingSection: (title: string) => `jaotis ${quote(`## ${title}`)} puudub. Lisa see koos sisuga.`,
	emptySection: (title: string) => `jaotis ${quote(title)} on tühi. Lisa sisu või küsi personalitalitusest, mida sinna kirjutada.`,
	unsupportedBlock: (kind: string) =>
		`seda vormingut (${kind}) siin ei toetata. Kasuta tavalist lõiku või loendit ("- ").`,
	rawHtml: () => 'HTML-i ei tohi ametijuhendisse kirjutada. Kirjuta tekst tavalise tekstina.',
	tooDeep: (depth: number, limit: number) =>
		`liiga sügav pesastus: ${depth} üksteise sees olevat loendit, tsitaati või rõhutust (lubatud kuni ${limit}). Kirjuta see rida lihtsa tekstina.`,
	nestedList: () => 'loend loendi sees ei ole lubatud. Kirjuta iga tulemus eraldi reana "- ".',
	textBeforeDuty: () =>
		'tekst enne esimest tööülesannet. Iga tööülesanne algab pealkirjaga "### 3.1. Ülesande tekst".',
	dutyHeadingFormat: (text: string) =>
		`tööülesande pealkiri ${quote(text)} peab algama numbriga, nt "### 3.1. Ülesande tekst" või "#### 3.1.1. Alamülesanne".`,
	dutyHeadingDepth: (number: string, expected: number) =>
		`tööülesanne ${number} peab olema pealkirjatasemel ${'#'.repeat(expected)} (${number.split('.').length - 1}. taseme ülesanne).`,
	dutyParentMissing: (number: string, parent: string) =>
		`alamülesande ${number} ülemülesannet ${parent} ei ole enne seda. Kontrolli numeratsiooni.`,
	dutyNumberGap: (number: string, expected: string) =>
		`tööülesande number ${number}, aga järjekorras oleks ${expected}. Kontrolli, kas ülesanne on puudu või number vale.`,
	duplicateDuty: (number: string) => `tööülesande number ${number} on kaks korda. Numbrid peavad olema erinevad.`,
	dutyWithoutText: (number: string) => `tööülesandel ${number} puudub tekst. Kirjuta ülesanne pealkirja numbri järele.`,
	dutyWithoutResults: (number: string) =>
		`tööülesandel ${number} puuduvad oodatavad tulemused. Lisa need loendina ("- ") ülesande alla.`,
	textAfterResults: (number: string) =>
		`tööülesande ${number} tulemuste järel on veel teksti. Kirjuta ülesande tekst enne tulemuste loendit.`,
	leadAfterList: () => 'sissejuhatav lause peab olema enne loendit.',

	unknownUnit: (id: string, suggestion: string | undefined) =>
		`struktuuriüksust ${quote(id)} ei ole (kaust content/units).${didYouMean(suggestion)}`,
	unknownPosition: (id: string, suggestion: string | undefined) =>
		`ametikohta ${quote(id)} ei ole (kaust content/positions).${didYouMean(suggestion)}`,
	selfManager: () => 'ametikoht ei saa olla iseenda vahetu juht.',
	managerCycle: (chain: readonly string[]) =>
		`vahetute juhtide ring: ${chain.join(' → ')}. Igal ahelal peab olema tipp (amet).`,
	unitCycle: (chain: readonly string[]) => `üksuste ring: ${chain.join(' → ')}. Kontrolli ülemüksusi (parent).`,
	unitKindOrder: (kind: string, parentKind: string) =>
		`üksuse liik ${quote(kind)} ei saa olla üksuse liigiga ${quote(parentKind)} all (amet → osakond → talitus / tiim).`,
	unitHeadElsewhere: (headId: string, unitId: string) =>
		`üksuse juht ${quote(headId)} ei kuulu üksusesse ${quote(unitId)}.`,
	unknownCompetency: (name: string, suggestion: string | undefined) =>
		`kompetentsi ${quote(name)} ei ole kataloogis (kaust content/competencies).${didYouMean(suggestion)} Kasuta kataloogi nimetust või lisa see kompetentsile sünonüümiks (aliases).`,
	duplicateCompetencyRef: (name: string, competency: string) =>
		`kompetents ${quote(name)} (${competency}) on selles ametijuhendis mitu korda.`,
	duplicateCompetencyName: (name: string, other: string) =>
		`nimetus ${quote(name)} on kasutusel ka kompetentsil ${quote(other)}. Iga nimetus tohib kataloogis olla üks kord.`,
	missingManager: () => 'vahetu juht (manager) puudub. Lisa vahetu juhi ametikoha tunnus.',
	asymmetricSubstitutedBy: (other: string, self: string) =>
		`${quote(other)} on märgitud asendajaks, aga ${quote(other)} failis ei ole kirjas, et ta asendab ${quote(self)} (väli substitutes).`,
	asymmetricSubstitutes: (other: string, self: string) =>
		`siin on kirjas, et asendatakse ${quote(other)}, aga ${quote(other)} failis ei ole ${quote(self)} asendajana (väli substitutedBy).`,
	reviewOverdue: (due: string) => `ametijuhendi ülevaatus oli tähtajaks ${due}. Vaata juhend üle ja uuenda välja lastReviewed.`,

	personalIdCode: () =>
		'siin on isikukood. Isikukoode ei tohi ametijuhendisse kirjutada: kustuta see (ametijuhend kirjeldab ametikohta, mitte inimest).',
	personalEmail: (address: string) =>
		`siin on isiklik e-posti aadress ${quote(address)}. Kasuta üldaadressi (nt info@…) või jäta aadress välja.`,
	phoneNumber: (number: string) => `siin on telefoninumber ${quote(number)}. Telefoninumbreid ametijuhendisse ei kirjutata.`,
	signatureBlock: () =>
		'allkirjaplokk ei kuulu veebi avaldatavasse ametijuhendisse. Kustuta see rida ja allkirjastajate nimed.',
	signatoryName: () => 'see rida näib olevat allkirjastaja nimi. Nimesid ei avaldata: kustuta rida.',
	personalDataInFileName: () =>
		'faili või kausta nimes on isikukood või telefoninumber. Faili nimi on ametikoha aadress veebis: nimeta fail ametikoha nimetuse järgi ümber.',
	personalDataInHistory: (commit: string, what: string) =>
		`selle faili varasemas versioonis (muudatus ${commit}) on ${what}. Sait seda ei näita (asendatud tekstiga "[isikuandmed eemaldatud]"), aga see on alles git-i ajaloos. Lõplikuks eemaldamiseks palu hoidla haldajal ajalugu puhastada: git filter-repo --replace-text <fail> ja seejärel git push --force; kõik kloonid tuleb uuesti kloonida.`,
	personalDataInCommitMessage: (commit: string, what: string) =>
		`muudatuse ${commit} kirjelduses on ${what}. Sait seda ei näita (asendatud tekstiga "[isikuandmed eemaldatud]"), aga see on alles git-i ajaloos. Lõplikuks eemaldamiseks palu hoidla haldajal muudatuse kirjeldus ümber kirjutada: git filter-repo --replace-message <fail> ja seejärel git push --force.`,
	personalDataKinds: { idCode: 'isikukood', phone: 'telefoninumber', email: 'isiklik e-posti aadress', signature: 'allkirjaplokk', signatory: 'allkirjastaja nimi' } as Record<string, string>,

	controlCharacter: (code: string) =>
		`real on nähtamatu juhtmärk (${code}). See satuks veebilehele ja andmefailidesse: kustuta see (sageli tuleb kopeerimisel teisest programmist).`,
	reservedId: (id: string, route: string) =>
		`tunnus ${quote(id)} on saidil juba kasutusel (${route}). Nimeta fail ümber, nt ${quote(`${id}-1`)}.`,
	stubWithContent: (filled: readonly string[]) =>
		`stub: true tähendab, et ametijuhendit pole veel kirjutatud, aga failis on sisu (${filled.join(', ')}) ja see jääks saidil peitu. Kustuta rida "stub: true" või eemalda sisu.`,
	csvFormula: (first: string) =>
		`tekst algab märgiga ${quote(first)}: Excel loeks selle avaandmete CSV-failis valemiks. Sõnasta nii, et tekst algaks tähe või numbriga (saidi CSV-s lisatakse sellise teksti ette ülakoma).`,
	repealedReference: (id: string) =>
		`ametikoht ${quote(id)} on kehtetu (status: kehtetu). Kontrolli, kas viide on veel õige, või asenda see kehtiva ametikohaga.`,
	wrongFolder: (unit: string, folder: string) =>
		`üksus ${quote(unit)} kuulub osakonda ${quote(folder)}, aga fail on teises kaustas. Teisalda fail kausta content/positions/${folder}/ (kausta järgi määratakse ülevaatajad, vt .github/CODEOWNERS).`,
	dateTooFarAhead: (date: string, limit: string) =>
		`kuupäev ${date} on rohkem kui aasta pärast tänast (hiliseim lubatud ${limit}). Kontrolli aastat.`,
	approvedAfterReview: (approved: string, reviewed: string) =>
		`kinnitamise kuupäev ${approved} on hilisem kui viimane ülevaatus ${reviewed}. Kui juhend vaadati kinnitamisel üle, uuenda ka välja lastReviewed.`,

	summary: (errors: number, warnings: number, files: number) =>
		`${files} faili kontrollitud: ${errors} viga, ${warnings} ${warnings === 1 ? 'hoiatus' : 'hoiatust'}.`,
	warningsHidden: (count: number, base: string) =>
		`${count} ${count === 1 ? 'hoiatus' : 'hoiatust'} failides, mida see muudatus (võrreldes haruga ${base}) ei puuduta, on peidetud (--quiet).`,
	warningsHiddenNoGit: (count: number) =>
		`${count} ${count === 1 ? 'hoiatus' : 'hoiatust'} on peidetud (--quiet): git ei ütle, milliseid faile muudatus puudutab, nii et peidetud on kõik hoiatused.`,
	howToFix: () =>
		'Paranda vead (✘) failides, mille nimi ja rea number on ees. Hoiatused (⚠) ei takista saidi ehitamist. Juhend: CONTRIBUTING.md.',
	buildFailed: (errors: number) =>
		`Sisus on ${errors} viga; saiti ei ehitata. Vaata vigu ülal või käivita "npm run check".`,
};
