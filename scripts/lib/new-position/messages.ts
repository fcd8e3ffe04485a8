/** The Estonian wording of `npm run new`, kept together so that it is reviewed in one place. */
import { quote } from '../../../src/lib/content/messages.ts';
import { PLACEHOLDER } from '../../../src/lib/content/placeholders.ts';

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
