/**
 * The Snowball Estonian stemmer (Linda Freienthal, 2019), as Pagefind runs it on every indexed word and every
 * query word when the index language is `et`. Ported from the published algorithm (estonian.sbl) so the build
 * can predict which index words a query will reach; tests/search/pagefind.test.ts checks the port against
 * Pagefind itself.
 *
 * Pagefind matches a query word against every index word that *starts with* the query word's stem, so knowing
 * the stems tells us which extra forms a page needs (see estonian.ts).
 */

const V1 = new Set('aeiouõäöü');
const RV = new Set("aeiuo'");
const KI = new Set('kptgbdshfšzž');
const GI = new Set('cjlmnqrvwxaeiouõäöü');
const LONG_VOWELS = new Set(['aa', 'ee', 'ii', 'oo', 'uu', 'ää', 'öö', 'üü', 'õõ']);

const VERB_EXCEPTIONS = new Map<string, string>();
for (const [stem, forms] of [
	[
		'joo',
		'joon jood joob joote joome joovad jõin jõid jõi jõime jõite joomata juuakse joodakse juua jooma',
	],
	[
		'saa',
		'saan saad saab saate saame saavad saaksin saaksid saaks saaksite saaksime sain said sai saite saime saamata saadakse saadi saama saada',
	],
	[
		'viima',
		'viin viid viib viite viime viivad viiksin viiksid viiks viiksite viiksime viisin viisite viisime viimata viiakse viidi viima viia',
	],
	[
		'keesi',
		'keen keeb keed kees keeme keete keevad keeksin keeks keeksid keeksime keeksite keemata keema keeta keedakse',
	],
	[
		'löö',
		'löön lööd lööb lööme lööte löövad lööksin lööksid lööks lööksime lööksite löömata lüüakse löödakse löödi lööma lüüa',
	],
	['lõi', 'lõin lõid lõi lõime lõite'],
	[
		'loo',
		'loon lood loob loome loote loovad looksin looksid looks looksime looksite loomata luuakse loodi luua looma',
	],
	[
		'käisi',
		'käin käib käid käis käime käite käivad käiksin käiks käiksid käiksime käiksite käimata käiakse käidi käia käima',
	],
	[
		'söö',
		'söön sööb sööd sööme sööte söövad sööksin sööks sööksid sööksime sööksite sõin sõi sõid sõime sõite söömata süüakse söödakse söödi sööma süüa',
	],
	[
		'too',
		'toon tood toob toote toome toovad tooksin tooksid tooks tooksite tooksime tõin tõid tõi tõime tõite toomata tuuakse toodi tooma tuua',
	],
	[
		'võisi',
		'võin võid võib võime võis võite võivad võiksin võiksid võiks võiksime võiksite võimata võidakse võidi võida võima',
	],
	[
		'jääma',
		'jään jääd jääb jääme jääte jäävad jääksin jääksid jääks jääksime jääksite jäime jäite jäin jäid jäi jäämata jäädakse jääda jääma jäädi',
	],
	[
		'müüsi',
		'müün müüd müüb müüs müüme müüte müüvad müüksin müüksid müüks müüksime müüksite müümata müüakse müüdi müüa müüma',
	],
	['luge', 'loeb loen loed loeme loete loevad loeks loeksin loeksid loeksime loeksite'],
	['põde', 'põen põeb põed põeme põete põevad põeksin põeks põeksid põeksime põeksite'],
	['ladu', 'laon laob laod laome laote laovad laoksin laoks laoksid laoksime laoksite'],
	[
		'tegi',
		'teeksin teeks teeksid teeksime teeksite teen teeb teed teeme teete teevad tegemata tehakse tehti tegema teha',
	],
	[
		'nägi',
		'näen näeb näed näeme näete näevad näeksin näeks näeksid näeksime näeksite nägemata nähakse nähti näha nägema',
	],
] as const) {
	for (const form of forms.split(' ')) VERB_EXCEPTIONS.set(form, stem);
}

/** Longest entry of `suffixes` that `word` ends with at or after `from`, or undefined. */
function among(word: string, from: number, suffixes: readonly string[]): string | undefined {
	let best: string | undefined;
	for (const suffix of suffixes) {
		if (
			word.length - suffix.length >= from &&
			word.endsWith(suffix) &&
			(!best || suffix.length > best.length)
		)
			best = suffix;
	}
	return best;
}

function isLongVowelBefore(word: string, end: number): boolean {
	return end >= 2 && LONG_VOWELS.has(word.slice(end - 2, end));
}

/** RV or LONGV: the character before `end` is one of a e i u o ', or the two before it are a long vowel. */
function rvOrLong(word: string, end: number): boolean {
	return (end >= 1 && RV.has(word[end - 1])) || isLongVowelBefore(word, end);
}

function markP1(word: string): number {
	const apostrophe = word.indexOf("'", 2);
	if (apostrophe >= 0) return apostrophe + 1;
	let i = 0;
	while (i < word.length && !V1.has(word[i])) i++;
	i++;
	while (i < word.length && V1.has(word[i])) i++;
	return i < word.length ? i + 1 : word.length;
}

const VERB_ENDINGS = [
	'nuksin',
	'nuksime',
	'nuksid',
	'nuksite',
	'ksin',
	'ksid',
	'ksime',
	'ksite',
	'mata',
	'takse',
	'dakse',
	'taks',
	'daks',
	'akse',
	'sime',
	'site',
	'sin',
	'me',
	'da',
	'n',
	'b',
];
const SPECIAL_NOUN: Record<string, string> = {
	lasse: 'lase',
	last: 'lase',
	lane: 'lase',
	lasi: 'lase',
	misse: 'mise',
	mist: 'mise',
	mine: 'mise',
	misi: 'mise',
	lisse: 'lise',
	list: 'lise',
	line: 'lise',
	lisi: 'lise',
};
const SPECIAL_NOUN_ENDINGS = Object.keys(SPECIAL_NOUN);
const CASE_ENDINGS = ['sse', 'st', 'le', 'lt', 'ga', 'ks', 'ta', 't', 's', 'l'];
const PLURAL_ENDINGS = ['ikkude', 'ikke', 'ike', 'sid', 'te', 'de', 'd'];

function verb(w: string, p1: number): string | undefined {
	const s = among(w, p1, VERB_ENDINGS);
	if (!s) return undefined;
	const at = w.length - s.length;
	if (s === 'akse') return w.slice(0, at) + 'a';
	if (s === 'me' || s === 'da' || s === 'n' || s === 'b')
		return at >= 1 && V1.has(w[at - 1]) ? w.slice(0, at) : undefined;
	return w.slice(0, at);
}

function substantive(word: string, p1: number): string {
	let w = word;
	let s = among(w, p1, SPECIAL_NOUN_ENDINGS);
	if (s) w = w.slice(0, w.length - s.length) + SPECIAL_NOUN[s];

	s = among(w, p1, CASE_ENDINGS);
	if (s) {
		const at = w.length - s.length;
		if (s === 't' ? at >= 4 : rvOrLong(w, at)) w = w.slice(0, at);
	}

	s = among(w, p1, PLURAL_ENDINGS);
	if (s) {
		const at = w.length - s.length;
		if (s === 'ikkude' || s === 'ikke' || s === 'ike') w = w.slice(0, at) + 'iku';
		else if (s === 'sid') {
			if (!isLongVowelBefore(w, at)) w = w.slice(0, at);
		} else if (s === 'te') {
			if (at >= 4) {
				const before = w.slice(0, at);
				if (before.endsWith('mis') || before.endsWith('las') || before.endsWith('lis'))
					w = before + 'e';
				else if (!before.endsWith('t')) w = before;
			} else w = w.slice(0, at) + 't';
		} else if (rvOrLong(w, at)) w = w.slice(0, at);
	}

	s = among(w, p1, ['mai', 'ma', 'm']);
	if (s) {
		const at = w.length - s.length;
		if (s === 'ma' || RV.has(w[at - 1] ?? '')) w = w.slice(0, at);
	}

	if (among(w, p1, ['i']) && RV.has(w[w.length - 2] ?? '')) w = w.slice(0, -1);

	s = among(w, p1, ['nu', 'tu', 'du', 'va']);
	if (s) w = w.slice(0, w.length - s.length);
	return w;
}

/** Lower-case and strip diacritics (õ → o, š → s …) the way Pagefind does before it stems a word. */
export function foldDiacritics(word: string): string {
	return word.toLocaleLowerCase('et').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The stem Pagefind 1.5 indexes for `word` (and searches for when `word` is typed as a query): Pagefind folds
 * diacritics *before* stemming, so "tööd" is stemmed as "tood" and meets the exception for "tooma".
 * Checked against Pagefind on every word of content/ (tests/search/pagefind.test.ts).
 */
export function pagefindStem(word: string): string {
	return stemEstonian(foldDiacritics(word));
}

/** Stems one lower-case word as Snowball's Estonian algorithm does. */
export function stemEstonian(word: string): string {
	const exception = VERB_EXCEPTIONS.get(word);
	if (exception) return exception;
	const p1 = markP1(word);
	let w = word;

	// emphasis: clitic -gi / -ki
	const clitic = among(w, p1, ['gi', 'ki']);
	if (clitic && w.length - 2 >= 4) {
		const before = w[w.length - 3];
		if (
			clitic === 'gi' ? GI.has(before) && !isLongVowelBefore(w, w.length - 2) : KI.has(before)
		)
			w = w.slice(0, -2);
	}

	w = verb(w, p1) ?? substantive(w, p1);

	// undouble_kpt: -kkV, -ppV, -ttV → -kV …
	if (w.length >= 3 && V1.has(w[w.length - 1]) && p1 <= w.length - 1) {
		const pair = w.slice(-3, -1);
		if (pair === 'kk' || pair === 'pp' || pair === 'tt') w = w.slice(0, -3) + w.slice(-2);
	}
	if (w.endsWith("'")) w = w.slice(0, -1);
	return w;
}
