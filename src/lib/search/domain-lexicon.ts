/**
 * Curated fallback for the Estonian analyser (estonian.ts). The dictionary (dictionary-et) decides first; these
 * lists only cover what it lacks or gets wrong for this site's vocabulary. Keep them short: every entry here is
 * a word the dictionary-based analysis could not handle, and a test in tests/search/estonian.test.ts says so.
 */

/**
 * Nouns the dictionary does not list as one word (and that would otherwise be split wrongly: "teen|istuja"),
 * with their principal forms: nominative, genitive,
 * partitive singular, genitive and partitive plural. The dictionary has "anne" but neither "aruanne" nor
 * "ülesanne"; without these entries both would be split into "aru"/"üles" + "anne", and "ülesanne" would not
 * come out as a part of "tööülesanne".
 */
export const LEXICON_PARADIGMS: Readonly<Record<string, readonly string[]>> = {
	teenistuja: ['teenistuja', 'teenistuja', 'teenistujat', 'teenistujate', 'teenistujaid'],
	aruanne: ['aruanne', 'aruande', 'aruannet', 'aruannete', 'aruandeid'],
	ülesanne: ['ülesanne', 'ülesande', 'ülesannet', 'ülesannete', 'ülesandeid'],
	väljaanne: ['väljaanne', 'väljaande', 'väljaannet', 'väljaannete', 'väljaandeid'],
	// Gradation d → ∅ (vedu : veo : veod) that the dictionary's word list does not confirm.
	vedu: ['vedu', 'veo', 'vedu', 'vedude', 'vedusid'],
	// The rules read "märgukirjad" as a plural of "märgukirja"; the head is "kiri" (kiri : kirja : kirja).
	kiri: ['kiri', 'kirja', 'kirja', 'kirjade', 'kirju'],
	// The partitive drops a consonant (laps : last, uks : ust), a closed class of nouns: a rule for it reads
	// every word in -st as such a partitive ("rist" as a form of "rips"), and the rules alone read "laste"
	// as a form of "las".
	laps: ['laps', 'lapse', 'last', 'laste', 'lapsi'],
	uks: ['uks', 'ukse', 'ust', 'uste', 'uksi'],
};

/**
 * First parts of compounds that are not words of their own in the dictionary ("sotsiaal" exists only inside
 * "sotsiaalne", "sotsiaalteenus" …). A compound is split after one of these even though the dictionary does not
 * know the part.
 */
export const COMPOUND_MODIFIERS: ReadonlySet<string> = new Set([
	'sotsiaal',
	'sotsiaalkindlustus',
	'infotehnoloogia',
	'sise',
	// kuri : kurja, which the rules do not make: kuritegu, kuriteo, kuritarvitamine (victims' and child protection)
	'kuri',
	// Adjective and noun stems that begin compounds but are no words of their own in this form, or whose own
	// reading the dictionary gets wrong (kutse as "kuts"): the education levels of every requirements section.
	'kõrg',
	'kesk',
	'üld',
	'põhi',
	'kutse',
]);

/**
 * Lemmas never taken as the last part of a compound: they are words, but at the end of a longer word they are
 * almost always a derivational suffix ("pöördu-mine", "valdkond", "tava-line"), and indexing them would make a
 * search for "mine" or "line" find every such word.
 */
export const HEAD_STOPLIST: ReadonlySet<string> = new Set(
	// Heads are at least four letters long (estonian.ts), so shorter suffixes need no entry here.
	['mine', 'line', 'lane', 'kond', 'kene', 'mata', 'iline', 'stik', 'taja', 'lisus'].concat(
		// Found as heads of the generated 5,000-position corpus's most frequent compounds, and all wrong there:
		// adjective and adverb endings (õige|aegselt, ühe|kordsete, järelevalve|alane, nõu|etekohane,
		// eesmärgi|pärane), verb forms (läbi|viidud, täis|kasvanute) and misread stems (organi|seerimine).
		[
			'aegse',
			'kordse',
			'alane',
			'pärane',
			'kohane',
			'etekohane',
			'märgipärane',
			'ealine',
			'tundlik',
		],
		['viit', 'viid', 'kasvan', 'ajastatu', 'lepitu', 'tarbeka', 'umise', 'seerimine', 'andlus'],
	),
);

/**
 * Three-letter words that may end a compound (heads are otherwise at least four letters, to keep "kus", "tus"
 * and the like from being split off): vastutus|ala, koos|töö, pea|abi, tähtaeg.
 */
export const SHORT_HEADS: ReadonlySet<string> = new Set(['ala', 'töö', 'abi', 'aeg', 'osa']);

/**
 * Lemmas that win when the dictionary cannot tell homographs apart: "koodi" is the genitive of both "kood"
 * (code) and "koot" (hock), and only word frequency, which the dictionary does not have, says which is meant.
 */
export const PREFERRED_LEMMAS: ReadonlySet<string> = new Set(['kood']);

/**
 * Lemmas of compound first parts that the dictionary cannot give: "andme" (andmebaas, andmekaitse) belongs to
 * the plural-only "andmed", which has no singular for the analyser to find.
 */
export const MODIFIER_LEMMAS: Readonly<Record<string, string>> = { andme: 'andmed' };
