/**
 * Pages a query names: a unit by its name, a competency by its name or an alias. Such a page is what the
 * query asks for, so the search page shows it first, above the text results ("Täpne vaste"), even when its
 * text ranks lower (a unit page has little text; a position mentions "järelevalve talitus" many times).
 * The names come from the model (`names-file.ts`, written to NAMES_PATH); runs in the browser and in the tests,
 * so it imports nothing of the model's (that would bring zod into the search page).
 */
import { foldWords, formOf, nameScore, reflexiveParts, sameWord, wordNames } from './name-match.ts';
import { STOP_WORDS } from './query-words.ts';

/** Site path of the names file (src/pages/otsing/nimed.json.ts). */
export const NAMES_PATH = '/otsing/nimed.json';

/** A unit or competency page as the names file holds it (short keys: at 5,000 positions it has 300 units). */
export interface NamedPage {
	/** Site path: /uksused/<id>/ or /kompetentsid/<id>/. */
	u: string;
	/** The name shown. */
	n: string;
	/** Aliases, if any. */
	a?: string[];
	/** A unit's search filter, `[key, value]`, when positions can be filtered by it (facets.ts). */
	f?: [string, string];
	/** A competency's definition (`describedPages`). */
	d?: string;
}

/** What the page is, in Estonian, shown before its name. */
export const namedKind = (page: NamedPage): string =>
	page.u.startsWith('/kompetentsid/') ? 'Kompetents' : 'Üksus';

/**
 * A page counts as named when every query word names a word of one of its names (name-match.ts `wordNames`:
 * inflected, or the first part of a compound) and the query covers more than half of that name's words
 * ("suhete loomine" names "Suhete loomise oskus"; "järelevalve" alone does not name "Järelevalve talitus").
 */
export const NAMED_SCORE = 1.5;

/** The heads Estonian names a quality with, either for the other: "suhtlemisvõime" is "suhtlemisoskus". */
const SKILL_HEADS =
	/^(\p{L}{3,})(?:(v[õo]ime)(?:t|d|ga|s|st|sse|l|le|lt|ks|na|ta|te|tega)?|(oskus)(?:e|ega|es|est|esse|el|ele|elt|eks|ena|eta|ed|t|te|tega)?)$/u;

/**
 * `query` with each compound headed by "võime" or "oskus" headed by the other, in its base form
 * ("suhtlemisvõimet" → "suhtlemisoskus", "koostööoskus" → "koostöövõime"); undefined when no word is. A
 * head alone is left as it is: "võime" is in too many names.
 * Competency names use both for the same kind of quality, and people type either.
 */
export function otherSkillHead(query: string): string | undefined {
	let changed = false;
	const words = query
		.toLocaleLowerCase('et')
		.split(/\s+/u)
		.map((word) => {
			const match = SKILL_HEADS.exec(word);
			if (!match) return word;
			changed = true;
			return `${match[1]}${match[2] ? 'oskus' : 'võime'}`;
		});
	return changed ? words.join(' ') : undefined;
}

/** The pages `query` names, best first (at most `limit`). */
export function namedPages(query: string, pages: readonly NamedPage[], limit = 3): NamedPage[] {
	const words = foldWords(query);
	if (words.length === 0) return [];
	const found = pagesNamed(words, pages, NAMED_SCORE);
	if (found.length > 0 || words.length < 2) return found.slice(0, limit);
	// One word that says how, not what ("rahulikuks jäämine", "teiste juhendamine") left out, when the
	// other words name a competency exactly: each names a word of the name and each word of the name is
	// named. Not a unit: "järelevalve talituse juhtimine" asks for the talitusejuhataja.
	const competencies = pages.filter((page) => page.u.startsWith('/kompetentsid/'));
	for (const [i, word] of words.entries()) {
		if (!LEFT_OUT.test(word) && !PRONOUNS.has(word)) continue;
		// Beside an action noun left out, whole words of the name only (`sameWord`): "meeskonna juhtimine" is
		// not Meeskonnatöö.
		const rest = pagesNamed(
			[...words.slice(0, i), ...words.slice(i + 1)],
			competencies,
			EXACT_SCORE,
			PRONOUNS.has(word) ? undefined : sameWord,
		);
		if (rest.length > 0) return rest.slice(0, limit);
	}
	return [];
}

/** The pages `words` name with a score above `threshold` (`nameScore`), best first. */
function pagesNamed(
	words: string[],
	pages: readonly NamedPage[],
	threshold: number,
	names: Parameters<typeof nameScore>[2] = undefined,
): NamedPage[] {
	return pages
		.map((page) => ({
			page,
			score: Math.max(
				...[page.n, ...(page.a ?? [])].map((name) =>
					nameScore(words, foldWords(name), names),
				),
			),
		}))
		.filter((entry) => entry.score > threshold)
		.sort((a, b) => b.score - a.score)
		.map((entry) => entry.page);
}

/** Every query word names a word of the name and every word of the name is named (`nameScore` 2). */
const EXACT_SCORE = 1.999;

/**
 * An action noun in -mine, in any case ("jäämine", "töötamisel"), which `namedPages` may leave out of a
 * query whose other words name a page exactly.
 */
const LEFT_OUT = /\p{L}{3}mi(?:ne|se\p{L}{0,4}|st)$/u;

/** Pronouns `namedPages` may leave out in the same way ("teiste juhendamine"), diacritics folded. */
const PRONOUNS: ReadonlySet<string> = new Set([
	'teiste',
	'teisi',
	'teistega',
	'teistele',
	'teisel',
	'enda',
	'end',
	'ennast',
	'oma',
	'ise',
]);

/**
 * The units whose whole name is in `query` beside other words ("skais tartu välissuhete talitus"), each name
 * word typed as itself or inflected (name-match.ts `sameWord`; not as a compound's part, so "talitus" does not
 * name "Arendustalitus"), and which positions can be filtered by: those with the most name words, at most
 * `limit`. The search page ranks the positions of such a unit first.
 */
export function unitsIn(query: string, pages: readonly NamedPage[], limit = 3): NamedPage[] {
	const words = foldWords(query);
	let most = 0;
	let found: NamedPage[] = [];
	for (const page of pages) {
		if (!page.f) continue;
		const name = foldWords(page.n);
		if (name.length === 0 || name.length < most) continue;
		const used = new Set<number>();
		const all = name.every((nameWord) => {
			const at = words.findIndex((word, i) => !used.has(i) && sameWord(word, nameWord));
			if (at >= 0) used.add(at);
			return at >= 0;
		});
		if (!all) continue;
		if (name.length > most) {
			most = name.length;
			found = [];
		}
		found.push(page);
	}
	return found.slice(0, limit);
}

/**
 * How deep a unit is by the filter its positions have (facets.ts: osakond below the agency, talitus or tiim
 * below an osakond); 0 for the agency and for units below a talitus, which have no filter of their own.
 */
const unitDepth = (page: NamedPage): number =>
	page.f?.[0] === 'talitus' ? 2 : page.f?.[0] === 'osakond' ? 1 : 0;

/**
 * The units a query made only of whole unit names names, the deepest first and otherwise in the typed order
 * ("ekspertiisitalitus teenuste osakond" and "teenuste osakond ekspertiisitalitus": Ekspertiisitalitus, then
 * Teenuste osakond, as people add the osakond to tell a unit apart, before or after it); [] when fewer than
 * two names cover it or another word is left. Each name word typed as itself or inflected (`sameWord`), the
 * names side by side; at each place the longest name that fits.
 */
export function unitNamesOnly(query: string, pages: readonly NamedPage[]): NamedPage[] {
	const words = foldWords(query);
	const units = pages
		.filter((page) => page.u.startsWith('/uksused/'))
		.map((page) => ({ page, name: foldWords(page.n) }))
		.filter(({ name }) => name.length > 0)
		.sort((a, b) => b.name.length - a.name.length);
	const found: NamedPage[] = [];
	for (let at = 0; at < words.length;) {
		const unit = units.find(({ name }) =>
			name.every((nameWord, k) => at + k < words.length && sameWord(words[at + k], nameWord)),
		);
		if (!unit) return [];
		found.push(unit.page);
		at += unit.name.length;
	}
	return found.length >= 2 ? found.sort((a, b) => unitDepth(b) - unitDepth(a)) : [];
}

/**
 * Competencies a query of two words or more describes: every word (stop words left out) names a different
 * word of the competency's name or aliases (`wordNames`, as `namedPages`) or is a form of a word of its
 * definition (`formOf`: "prioriteetide seadmine" for Efektiivsus, which "seab prioriteete"). Positions that
 * list a competency repeat its wording and are longer, so Pagefind ranks them above its page; and a word
 * Pagefind stems past the page's form ("suhtlemine", _suhtlemise_, beside "Suhtlemis-") does not find the
 * page at all. Best first: fewest other words.
 */
export function describedPages(query: string, pages: readonly NamedPage[], limit = 3): NamedPage[] {
	const words = foldWords(query)
		.filter((word) => !STOP_WORDS.has(word))
		.flatMap(reflexiveParts);
	if (words.length < 2) return [];
	const found = pagesDescribed(words, pages, limit);
	if (found.length > 0) return found;
	// A pronoun says whose, not what ("teiste aitamine": Abivalmidus, which "oskab aidata"): the other words,
	// one or more, describe the competency.
	const rest = words.filter((word) => !PRONOUNS.has(word));
	if (rest.length > 0 && rest.length < words.length) return pagesDescribed(rest, pages, limit);
	// An action noun that says how ("veenev esinemine") beside whole words of a competency's name or aliases
	// only, inflected (`sameWord`), not the start of a compound: "mõju hindamine" is not Mõjutamisoskus.
	for (const [i, word] of words.entries()) {
		if (!LEFT_OUT.test(word)) continue;
		const others = [...words.slice(0, i), ...words.slice(i + 1)];
		const named = pages.filter(
			(page) =>
				page.d !== undefined &&
				nameScore(others, foldWords([page.n, ...(page.a ?? [])].join(' ')), sameWord) > 0,
		);
		if (named.length > 0) return named.slice(0, limit);
	}
	return [];
}

/** `describedPages` for words already split: the competencies they describe, fewest other words first. */
function pagesDescribed(words: string[], pages: readonly NamedPage[], limit: number): NamedPage[] {
	return pages
		.filter((page) => page.d !== undefined)
		.map((page) => {
			const named = new Set(foldWords([page.n, ...(page.a ?? [])].join(' ')));
			const text = [...named, ...foldWords(page.d ?? '')];
			const names = (typed: string, word: string) =>
				named.has(word) ? wordNames(typed, word) : formOf(typed, word);
			return { page, score: nameScore(words, text, names) };
		})
		.filter((entry) => entry.score > 0)
		.sort((a, b) => b.score - a.score)
		.slice(0, limit)
		.map((entry) => entry.page);
}
