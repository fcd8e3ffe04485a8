/**
 * Consonant gradation by rule, for declension.ts: the strong and weak grades of a stem's last
 * consonants, and the grade that drops its consonant (lugu → loo). The dictionary chooses among the
 * proposals (paradigms.ts).
 */

export const VOWELS = new Set('aeiouõäöü');
export const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

/**
 * Two short syllables around g, b or d (lugu, luba, tegu, rida, sõda): the consonant drops in the weak grade
 * and the vowels open (lugu → loo, luba → loa, rida → rea, jõgi → jõe), or d turns to j (sõda → sõja).
 */
export const DROPPING_GRADE = /^([^aeiouõäöü]*)([aeiouõäöü])([gbd])([aeiouõäöü])$/;
/** The weak grade's syllable that is left: c + v… (lugu → "loo"); its vowels as they open. */
export const OPEN_VOWEL: Record<string, string> = { i: 'e', u: 'o', ü: 'ö' };
export const open = (vowel: string) => OPEN_VOWEL[vowel] ?? vowel;
/** The strong grade a weak "loo", "loa", "rea", "sõja" may come from, the dictionary to choose. */
export function undropGrade(base: string): string[] {
	const out: string[] = [];
	const dropped = /^([^aeiouõäöü]*)([aeiouõäöü])([aeiouõäöü])$/.exec(base);
	if (dropped) {
		const [, onset, first, second] = dropped;
		const close = (vowel: string) => [
			vowel,
			...Object.keys(OPEN_VOWEL).filter((k) => OPEN_VOWEL[k] === vowel),
		];
		for (const a of close(first))
			for (const consonant of ['g', 'b', 'd'])
				for (const b of close(second)) out.push(onset + a + consonant + b);
	}
	const turned = /^([^aeiouõäöü]*[aeiouõäöü])j([aeiouõäöü])$/.exec(base);
	if (turned) out.push(`${turned[1]}d${turned[2]}`); // sõja → sõda
	return out;
}

/**
 * Strong-grade variants of a stem's final consonants: hang → hank, aruann → aruand, tarv → tarb, puu → puud;
 * with `doublingOnly` just õp → õpp, ohtlik → ohtlikk (the strong partitive of -lik words).
 */
export function strengthen(stem: string, doublingOnly = false): string[] {
	const out: string[] = [];
	const last = stem.at(-1);
	const before = stem.at(-2);
	if (last === undefined) return out;
	if (doublingOnly) {
		if ('kptsf'.includes(last) && isVowel(before)) out.push(stem + last);
		return out;
	}
	if (isVowel(last)) out.push(stem + 'd');
	else if (last === before) {
		if (last === 'n' || last === 'l' || last === 'r') out.push(stem.slice(0, -1) + 'd'); // aruann → aruand
	} else {
		if ('kptsf'.includes(last) && isVowel(before)) out.push(stem + last); // õp → õpp, mõt → mõtt
		const swap: Record<string, string> = { g: 'k', d: 't', b: 'p', v: 'b' };
		if (swap[last]) out.push(stem.slice(0, -1) + swap[last]); // hang → hank, tarv → tarb
		if (last === 'h' && isVowel(before)) out.push(stem + 't'); // juh → juht
	}
	return out;
}

/**
 * Weak-grade variants of a stem's final consonants: juht → juh, riik → riig, osakond → osakonn; with
 * `dropD` also puud → puu, which only the e-stems have (puude → puue); no noun ends in a d that disappears.
 */
export function weaken(stem: string, dropD = false): string[] {
	const out: string[] = [];
	const last = stem.at(-1);
	const before = stem.at(-2);
	if (last === undefined || before === undefined) return out;
	if (last === before && 'kptsf'.includes(last)) out.push(stem.slice(0, -1)); // kokkulepp → kokkulep
	const swap: Record<string, string> = { k: 'g', t: 'd', p: 'b', b: 'v' };
	if (swap[last] && last !== before) out.push(stem.slice(0, -1) + swap[last]); // riik → riig, tarb → tarv
	if (last === 'd' && 'nlr'.includes(before)) out.push(stem.slice(0, -1) + before); // osakond → osakonn
	if (last === 't' && before === 'h') out.push(stem.slice(0, -1)); // juht → juh
	if (dropD && last === 'd' && isVowel(before)) out.push(stem.slice(0, -1)); // puud → puu
	return out;
}
