/**
 * A small read-only Hunspell lexicon: parses an .aff (suffix and prefix rules, COMPOUND* settings) and a
 * .dic, and answers "is this a word form?" by stripping affixes in reverse, as Hunspell does.
 *
 * Why not nspell's own lookup: nspell expands every dictionary entry through all of its rules when it is
 * constructed, which for dictionary-et (282 000 entries, 9 300 rules) ran for more than ten minutes. Reverse
 * stripping needs only a map of entries and a map of rules by added string: it loads in well under a second and
 * answers a lookup in microseconds.
 *
 * Supported: single-character flags (FLAG char, the Estonian dictionary's format), SFX and PFX with strip,
 * add and condition, cross products of one prefix and one suffix, COMPOUNDFLAG, COMPOUNDMIN. Not supported
 * (not used by dictionary-et): continuation classes on affixes, FLAG long/num/UTF-8, COMPOUNDRULE, NEEDAFFIX.
 */

export interface AffixRule {
	flag: string;
	kind: 'SFX' | 'PFX';
	/** Whether the rule may combine with a rule of the other kind (the Y/N column). */
	cross: boolean;
	strip: string;
	add: string;
	/** Tests the stem (after the strip string is put back) at its end (SFX) or start (PFX). */
	condition: RegExp | null;
}

export interface HunspellData {
	/** Entry → its flags (concatenated when an entry is listed twice). */
	entries: Map<string, string>;
	suffixes: Map<string, AffixRule[]>;
	prefixes: Map<string, AffixRule[]>;
	maxSuffix: number;
	maxPrefix: number;
	compoundFlag: string | null;
	compoundMin: number;
}

function toText(data: string | Uint8Array): string {
	return typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);
}

function conditionRegExp(condition: string | undefined, kind: 'SFX' | 'PFX'): RegExp | null {
	if (!condition || condition === '.') return null;
	// Hunspell conditions are a subset of regular expressions: literals, [set], [^set] and '.'.
	return kind === 'SFX'
		? new RegExp(`(?:${condition})$`, 'u')
		: new RegExp(`^(?:${condition})`, 'u');
}

export function parseHunspell(aff: string | Uint8Array, dic: string | Uint8Array): HunspellData {
	const suffixes = new Map<string, AffixRule[]>();
	const prefixes = new Map<string, AffixRule[]>();
	let maxSuffix = 0;
	let maxPrefix = 0;
	let compoundFlag: string | null = null;
	let compoundMin = 3;
	const crossByFlag = new Map<string, boolean>();

	for (const raw of toText(aff).split('\n')) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		const parts = line.split(/\s+/);
		const [keyword] = parts;
		if (keyword === 'FLAG' && parts[1] !== 'char')
			throw new Error(`FLAG ${parts[1]} is not supported`);
		if (keyword === 'COMPOUNDFLAG') compoundFlag = parts[1];
		if (keyword === 'COMPOUNDMIN') compoundMin = Number(parts[1]);
		if (keyword !== 'SFX' && keyword !== 'PFX') continue;
		const kind = keyword;
		const flag = parts[1];
		if (!crossByFlag.has(flag)) {
			// Header line: SFX flag Y|N count
			crossByFlag.set(flag, parts[2] === 'Y');
			continue;
		}
		const [, , strip, addField, condition] = parts;
		const [addText, continuation] = addField.split('/');
		if (continuation) throw new Error(`affix continuation classes are not supported (${line})`);
		const rule: AffixRule = {
			flag,
			kind,
			cross: crossByFlag.get(flag) ?? false,
			strip: strip === '0' ? '' : strip,
			add: addText === '0' ? '' : addText,
			condition: conditionRegExp(condition, kind),
		};
		const table = kind === 'SFX' ? suffixes : prefixes;
		const list = table.get(rule.add);
		if (list) list.push(rule);
		else table.set(rule.add, [rule]);
		if (kind === 'SFX') maxSuffix = Math.max(maxSuffix, rule.add.length);
		else maxPrefix = Math.max(maxPrefix, rule.add.length);
	}

	const entries = new Map<string, string>();
	const text = toText(dic);
	let start = text.indexOf('\n') + 1; // the first line is the entry count
	while (start < text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const line = text.slice(start, end).trim();
		start = end + 1;
		if (!line) continue;
		const slash = line.indexOf('/');
		const word = slash < 0 ? line : line.slice(0, slash);
		const flags = slash < 0 ? '' : line.slice(slash + 1).split(/\s/)[0];
		entries.set(word, (entries.get(word) ?? '') + flags);
	}
	return { entries, suffixes, prefixes, maxSuffix, maxPrefix, compoundFlag, compoundMin };
}

/** How a word form was reached: the dictionary entry and the affix rules applied to it. */
export interface WordAnalysis {
	entry: string;
	flags: string;
	suffix?: AffixRule;
	prefix?: AffixRule;
}

export class HunspellLexicon {
	readonly data: HunspellData;
	private readonly cache = new Map<string, boolean>();

	constructor(data: HunspellData) {
		this.data = data;
	}

	/** Every way `word` (exact case) is derived from an entry by at most one suffix and one prefix. */
	analyse(word: string): WordAnalysis[] {
		const out: WordAnalysis[] = [];
		const { entries } = this.data;
		const direct = entries.get(word);
		if (direct !== undefined) out.push({ entry: word, flags: direct });
		for (const suffix of this.suffixesOf(word)) {
			const stem = word.slice(0, word.length - suffix.add.length) + suffix.strip;
			const flags = entries.get(stem);
			if (flags !== undefined && flags.includes(suffix.flag))
				out.push({ entry: stem, flags, suffix });
		}
		if (this.data.prefixes.size) {
			for (const prefix of this.prefixesOf(word)) {
				const rest = prefix.strip + word.slice(prefix.add.length);
				const flags = entries.get(rest);
				if (flags !== undefined && flags.includes(prefix.flag))
					out.push({ entry: rest, flags, prefix });
				if (!prefix.cross) continue;
				for (const suffix of this.suffixesOf(rest)) {
					if (!suffix.cross) continue;
					const stem = rest.slice(0, rest.length - suffix.add.length) + suffix.strip;
					const stemFlags = entries.get(stem);
					if (stemFlags?.includes(suffix.flag) && stemFlags.includes(prefix.flag))
						out.push({ entry: stem, flags: stemFlags, suffix, prefix });
				}
			}
		}
		return out;
	}

	/** Whether `word` is a form the dictionary accepts, as written or capitalised (proper nouns). */
	has(word: string): boolean {
		let known = this.cache.get(word);
		if (known === undefined) {
			known = this.analyse(word).length > 0;
			if (!known && word) {
				const capitalised = word[0].toLocaleUpperCase('et') + word.slice(1);
				if (capitalised !== word) known = this.analyse(capitalised).length > 0;
			}
			this.cache.set(word, known);
		}
		return known;
	}

	/** Whether `word` may stand inside a compound: an entry (not an affixed form) carrying COMPOUNDFLAG. */
	isCompoundPart(word: string): boolean {
		const { compoundFlag, compoundMin, entries } = this.data;
		if (!compoundFlag || word.length < compoundMin) return false;
		return entries.get(word)?.includes(compoundFlag) ?? false;
	}

	private *suffixesOf(word: string): Generator<AffixRule> {
		const { suffixes, maxSuffix } = this.data;
		for (let length = 0; length <= Math.min(maxSuffix, word.length - 1); length++) {
			const rules = suffixes.get(word.slice(word.length - length));
			if (!rules) continue;
			const base = word.slice(0, word.length - length);
			for (const rule of rules) {
				const stem = base + rule.strip;
				if (!rule.condition || rule.condition.test(stem)) yield rule;
			}
		}
	}

	private *prefixesOf(word: string): Generator<AffixRule> {
		const { prefixes, maxPrefix } = this.data;
		for (let length = 0; length <= Math.min(maxPrefix, word.length - 1); length++) {
			const rules = prefixes.get(word.slice(0, length));
			if (!rules) continue;
			const base = word.slice(length);
			for (const rule of rules) {
				const stem = rule.strip + base;
				if (!rule.condition || rule.condition.test(stem)) yield rule;
			}
		}
	}
}
