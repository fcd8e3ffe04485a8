/**
 * Creates a new job description skeleton:
 *   npm run new -- "<ametinimetus>" --unit <unit-id> [--manager <position-id>] [--id <id>]
 * The file goes to content/positions/<department>/<id>.md, where the department is the osakond that
 * contains the unit. It has every frontmatter field and every body section, with Estonian guidance
 * as YAML comments. It is a draft (status: eelnõu) with placeholder texts "TÄIDA", which the check
 * reports as warnings while it is a draft and as errors once it is marked kehtiv; it has no review date
 * until it is approved. A title that already exists in the unit is refused unless --force is given.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { IdSchema, TextSchema } from '../schemas/shared.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { quote } from '../src/lib/content/messages.ts';
import { unitChain, type Model } from '../src/lib/content/model.ts';
import { PLACEHOLDER } from '../src/lib/content/placeholders.ts';
import { normalizeName, suggest } from '../src/lib/content/suggest.ts';

export { PLACEHOLDER };

/** Estonian wording of this command, kept together so that it is reviewed in one place. */
export const newPositionMessages = {
	usage: () => `Kasutus: npm run new -- "<ametinimetus>" --unit <üksuse-tunnus> [--manager <juhi-tunnus>] [--id <tunnus>] [--force]

Loob uue ametijuhendi mustandi faili content/positions/<osakond>/<tunnus>.md. Failis on kõik väljad
ja jaotised koos juhistega; asenda kõik kohad, kus on kirjas "${PLACEHOLDER}".
  --unit     struktuuriüksuse tunnus (faili nimi kaustas content/units ilma .yaml-ita), kohustuslik
  --manager  vahetu juhi ametikoha tunnus (vaikimisi üksuse juht, kui see on üksuse failis kirjas)
  --id       faili nimi ilma .md-ta (vaikimisi tuletatakse ametinimetusest, nt
             "Kvaliteedi peaspetsialist" → kvaliteedi-peaspetsialist)
  --force    loo fail ka siis, kui üksuses on sama nimetusega ametikoht juba olemas
  --root     projekti kaust (vaikimisi praegune kaust)

Näide: npm run new -- "Kvaliteedi spetsialist" --unit ekspertiisitalitus`,
	unknownOption: (option: string) =>
		`tundmatu võti ${quote(option)}. Vaata "npm run new -- --help".`,
	optionValueMissing: (option: string) =>
		`võtmel ${quote(option)} puudub väärtus, nt --unit ekspertiisitalitus. Vaata "npm run new -- --help".`,
	badArguments: () => 'käsu võtmed on vigased. Vaata "npm run new -- --help".',
	missingTitle: () =>
		'ametinimetus puudub. Kirjuta see jutumärkides esimeseks, nt npm run new -- "Kvaliteedi peaspetsialist" --unit ekspertiisitalitus',
	missingUnit: (units: string) =>
		`struktuuriüksus puudub: lisa --unit <tunnus>. Üksused: ${units}.`,
	unknownUnit: (id: string, suggestion: string | undefined, units: string) =>
		`struktuuriüksust ${quote(id)} ei ole (kaust content/units).${suggestion === undefined ? '' : ` Kas mõtlesid ${quote(suggestion)}?`} Üksused: ${units}.`,
	unknownManager: (id: string, suggestion: string | undefined) =>
		`ametikohta ${quote(id)} ei ole (kaust content/positions).${suggestion === undefined ? '' : ` Kas mõtlesid ${quote(suggestion)}?`} Vahetu juht peab olema olemasolev ametikoht.`,
	badId: (id: string) =>
		`tunnus ${quote(id)} ei sobi: kasuta väiketähti a–z, numbreid ja sidekriipse (nt kvaliteedi-peaspetsialist).`,
	emptySlug: (title: string) =>
		`ametinimetusest ${quote(title)} ei saa tunnust tuletada. Anna tunnus ise: --id <tunnus>.`,
	existingId: (id: string, file: string) =>
		`ametikoht tunnusega ${quote(id)} on juba olemas (${file}). Kui see on mustand (stub: true), täienda olemasolevat faili; uue ametikoha jaoks anna teine tunnus: --id <tunnus>.`,
	duplicateTitle: (title: string, unit: string, file: string) =>
		`üksuses ${quote(unit)} on ametikoht nimetusega ${quote(title)} juba olemas: ${file}. Kui sama ametikohta täidab mitu inimest, piisab ühest failist; kui see on tõesti teine ametikoht, anna nimetusele täpsustus (nt "${title} (kvaliteet)") või lisa käsule --force.`,
	created: (file: string) => `✔ Loodud ${file} (staatus: eelnõu).`,
	noManager: (unit: string) =>
		`⚠ Vahetut juhti ei määratud, sest üksuse ${quote(unit)} failis ei ole juhti (head). Lisa failis väli manager või loo fail uuesti võtmega --manager <tunnus>.`,
	nextSteps: (file: string) => `Edasi:
  1. Ava ${file} ja asenda kõik kohad, kus on kirjas "${PLACEHOLDER}"; kustuta read, mida dokumendis pole.
  2. Kontrolli: npm run check
  3. Tee pull request ja palu ülevaatust (juhend: CONTRIBUTING.md).`,
};

/** A user mistake: printed without a stack trace, exit code 1. */
export class NewPositionError extends Error {}

const TRANSLITERATION: Record<string, string> = { õ: 'o', ä: 'a', ö: 'o', ü: 'u', š: 's', ž: 'z' };

/** Kebab-case ASCII id from a title: "Peaspetsialist (kasutaja tugi)" → "peaspetsialist-kasutaja-tugi". */
export function slugify(title: string): string {
	return title
		.toLocaleLowerCase('et')
		.replace(/[õäöüšž]/g, (letter) => TRANSLITERATION[letter])
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Folder under content/positions: the osakond containing the unit, or the agency for agency-level units. */
export function departmentFolder(model: Model, unitId: string): string {
	const chain = unitChain(model, unitId);
	return (chain.find((unit) => unit.kind === 'osakond') ?? chain[0])?.id ?? unitId;
}

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

/** The core competency most positions list, as a realistic example; undefined for an empty catalogue. */
function exampleCompetency(model: Model): string | undefined {
	const core = [...model.competencies.values()].filter(
		(competency) => competency.group === 'core',
	);
	const usage = (id: string) =>
		(model.competencyUsage.get(id) ?? []).filter((use) => use.group === 'core').length;
	core.sort((a, b) => usage(b.id) - usage(a.id) || a.name.localeCompare(b.name, 'et'));
	return core[0]?.name;
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

export interface NewPositionOptions {
	/** Project root that holds content/. */
	root: string;
	title: string | undefined;
	unit: string | undefined;
	manager?: string;
	id?: string;
	/** Create the file even when the unit already has a position with this title. */
	force?: boolean;
}

export interface NewPositionResult {
	id: string;
	/** Path relative to the root, forward slashes. */
	file: string;
	text: string;
	/** True when no manager could be filled in (the unit has no head and none was given) and one is expected. */
	managerMissing: boolean;
}

/** Validates the request against the loaded content, then writes the file. Throws NewPositionError. */
export function createPosition(options: NewPositionOptions): NewPositionResult {
	const title = TextSchema.safeParse(options.title ?? '');
	if (!title.success) throw new NewPositionError(newPositionMessages.missingTitle());

	const { model, files } = loadContent({ root: options.root });
	const unitList = [...model.units.keys()].sort().join(', ');
	if (options.unit === undefined || options.unit.trim() === '')
		throw new NewPositionError(newPositionMessages.missingUnit(unitList));
	const unit = model.units.get(options.unit);
	if (!unit) {
		// Also match what people type: the unit's name ("Järelevalve talitus") rather than its id.
		const suggestion =
			suggest(options.unit, model.units.keys()) ??
			suggest(slugify(options.unit), model.units.keys());
		throw new NewPositionError(
			newPositionMessages.unknownUnit(options.unit, suggestion, unitList),
		);
	}

	const id = options.id ?? slugify(title.data);
	if (id === '') throw new NewPositionError(newPositionMessages.emptySlug(title.data));
	if (!IdSchema.safeParse(id).success) throw new NewPositionError(newPositionMessages.badId(id));

	// Every position file counts, valid or not, so an id whose file is broken is not reused.
	const existing = files.positions.find((file) => file.id === id);
	if (existing) throw new NewPositionError(newPositionMessages.existingId(id, existing.file));
	const file = `content/positions/${departmentFolder(model, unit.id)}/${id}.md`;
	if (existsSync(join(options.root, file)))
		throw new NewPositionError(newPositionMessages.existingId(id, file));

	// Two files for one position split its holders' description; a second title in the unit needs --force.
	if (!options.force) {
		const sameTitle = files.positions.find((parsed) => {
			const position = parsed.value ?? parsed.partial;
			return (
				position?.unit === unit.id &&
				position.title !== undefined &&
				normalizeName(position.title) === normalizeName(title.data)
			);
		});
		if (sameTitle)
			throw new NewPositionError(
				newPositionMessages.duplicateTitle(title.data, unit.name, sameTitle.file),
			);
	}

	const positionIds = files.positions.map((parsed) => parsed.id);
	if (options.manager !== undefined && !positionIds.includes(options.manager)) {
		throw new NewPositionError(
			newPositionMessages.unknownManager(
				options.manager,
				suggest(options.manager, positionIds),
			),
		);
	}
	const manager =
		options.manager ?? (unit.head !== undefined && unit.head !== id ? unit.head : undefined);

	const competencyNames = [...model.competencies.values()]
		.map((competency) => competency.name)
		.sort((a, b) => a.localeCompare(b, 'et'));
	const text = renderSkeleton({
		id,
		title: title.data,
		unitId: unit.id,
		unitName: unit.name,
		manager,
		competencyNames,
		exampleCompetency: exampleCompetency(model),
	});
	const target = join(options.root, file);
	mkdirSync(dirname(target), { recursive: true });
	// 'wx' refuses to overwrite a file that appeared since the check above.
	writeFileSync(target, text, { flag: 'wx' });
	// Only positions of the agency itself (its head) may go without a manager.
	return { id, file, text, managerMissing: manager === undefined && unit.kind !== 'amet' };
}

/** Estonian text for parseArgs' errors, whose own messages are English. */
function argumentProblem(error: unknown): string {
	const { code, message } = error as { code?: string; message?: string };
	const option = /'(-{1,2}[^' ]+)/.exec(message ?? '')?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return newPositionMessages.unknownOption(option);
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
		return newPositionMessages.optionValueMissing(option);
	return newPositionMessages.badArguments();
}

function main(): void {
	let values: {
		unit?: string;
		manager?: string;
		id?: string;
		root: string;
		force: boolean;
		help: boolean;
	};
	let positionals: string[];
	try {
		({ values, positionals } = parseArgs({
			allowPositionals: true,
			options: {
				unit: { type: 'string' },
				manager: { type: 'string' },
				id: { type: 'string' },
				root: { type: 'string', default: '.' },
				force: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		}));
	} catch (error) {
		console.error(`✘ ${argumentProblem(error)}`);
		process.exitCode = 1;
		return;
	}
	if (values.help) {
		console.log(newPositionMessages.usage());
		return;
	}
	try {
		// Unquoted titles arrive as several words; join them back.
		const title = positionals.length > 0 ? positionals.join(' ') : undefined;
		const result = createPosition({
			root: resolve(values.root),
			title,
			unit: values.unit,
			manager: values.manager,
			id: values.id,
			force: values.force,
		});
		console.log(newPositionMessages.created(result.file));
		if (result.managerMissing) console.log(newPositionMessages.noManager(values.unit ?? ''));
		console.log(newPositionMessages.nextSteps(result.file));
	} catch (error) {
		if (!(error instanceof NewPositionError)) throw error;
		console.error(`✘ ${error.message}`);
		process.exitCode = 1;
	}
}

if (import.meta.main) main();
