/**
 * Measures the Estonian analyser (src/lib/search/estonian.ts) over the real content (issue 29): runs it on
 * every distinct word of the texts the search enriches (search-text.ts: positions, units, competencies) and
 * prints what it cannot read, so that fixes are chosen by how many words they reach:
 *
 * - words with no lemma, as a share of word types and of running words, split into dictionary words (verb
 *   forms, adverbs, conjunctions: the analyser reads nouns and adjectives only) and words the dictionary lacks;
 * - of those the dictionary lacks, the ones a known word ends (a compound left unsplit: its head is a word)
 *   and the ones whose first part is a word but whose rest gets no lemma (grouped by that rest);
 * - suspicious splits: a part that is no dictionary word, or a fragment of one to three letters.
 *
 *   npm run eval:analyser                  the real content
 *   npm run eval:analyser -- --list 40     more examples per class
 *   npm run eval:analyser -- --json        the numbers only, as JSON (to compare before and after)
 *
 * A measurement, not a test: it fails only when it cannot read the content.
 */
import et from 'dictionary-et';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load.ts';
import { PARTICLES } from '../src/lib/search/compounds.ts';
import { COMPOUND_MODIFIERS } from '../src/lib/search/domain-lexicon.ts';
import { createAnalyzer, type Analyzer } from '../src/lib/search/estonian.ts';
import { HunspellLexicon, parseHunspell } from '../src/lib/search/hunspell.ts';
import {
	competencySearchText,
	positionSearchText,
	unitSearchText,
} from '../src/lib/search/search-text.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string', default: '.' },
		list: { type: 'string', default: '20' },
		json: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
});

if (values.help) {
	console.log(`npm run eval:analyser -- [--root <dir>] [--list <n>] [--json]

Runs the search's Estonian analyser over every distinct word of the content's search texts and prints
the share of words with no lemma, compounds left unsplit, compounds whose rest gets no lemma and
suspicious splits (a part no dictionary word, or of one to three letters), with examples.`);
	process.exit(0);
}

/** Shortest word measured: shorter ones are function words and abbreviations. */
const MIN_WORD = 3;
/** Shortest rest of a word taken as a possible compound head, as the analyser's MIN_HEAD. */
const MIN_HEAD = 4;

type WordClass = 'lemma' | 'dictionary' | 'unsplit' | 'rest' | 'unknown';

interface Measured {
	word: string;
	count: number;
	kind: WordClass;
	/** For 'unsplit': the known head; for 'rest': the rest after a word, which gets no lemma. */
	detail?: string;
	suspicious?: string;
}

function wordsOf(texts: Iterable<string>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const text of texts)
		for (const word of text.toLocaleLowerCase('et').match(/\p{L}+/gu) ?? [])
			if (word.length >= MIN_WORD) counts.set(word, (counts.get(word) ?? 0) + 1);
	return counts;
}

function isFirstPart(lexicon: HunspellLexicon, part: string): boolean {
	return COMPOUND_MODIFIERS.has(part) || PARTICLES.has(part) || lexicon.has(part);
}

/** Why a split looks wrong: a part of one to three letters, or one the dictionary does not know. */
function suspicion(analyzer: Analyzer, lexicon: HunspellLexicon, word: string): string | undefined {
	const parts = analyzer.compoundParts(word);
	if (parts.length < 2) return undefined;
	const short = parts.filter((part) => part.length <= 3);
	const unknown = parts.filter(
		(part) => !isFirstPart(lexicon, part) && !analyzer.lemmas(part).length,
	);
	if (!short.length && !unknown.length) return undefined;
	return [
		...short.map((part) => `${part} (short)`),
		...unknown.map((part) => `${part} (no word)`),
	].join(', ');
}

function measure(
	analyzer: Analyzer,
	lexicon: HunspellLexicon,
	word: string,
	count: number,
): Measured {
	const suspicious = suspicion(analyzer, lexicon, word);
	if (analyzer.lemmas(word).length) return { word, count, kind: 'lemma', suspicious };
	if (lexicon.has(word)) return { word, count, kind: 'dictionary' };
	// A word and a known rest, the longest rest first: "erihoolekanne" → "eri" + "hoolekanne" before "kanne".
	for (let i = MIN_WORD; i <= word.length - MIN_HEAD; i++) {
		const rest = word.slice(i);
		if (isFirstPart(lexicon, word.slice(0, i)) && analyzer.lemmas(rest).length)
			return { word, count, kind: 'unsplit', detail: `${word.slice(0, i)} + ${rest}` };
	}
	for (let i = word.length - MIN_HEAD; i >= MIN_WORD; i--)
		if (isFirstPart(lexicon, word.slice(0, i)))
			return { word, count, kind: 'rest', detail: word.slice(i) };
	return { word, count, kind: 'unknown' };
}

const share = (part: number, whole: number) => (whole ? part / whole : 0).toFixed(3);

async function main(): Promise<void> {
	const root = resolve(values.root);
	const { model, fileCount } = loadContent({ root });
	if (fileCount === 0) {
		console.error(`✘ ${root}: no content files`);
		console.error('Run it in the project folder or give --root.');
		process.exitCode = 1;
		return;
	}
	const texts = [
		...[...model.positions.values()].map(positionSearchText),
		...[...model.units.values()].map(unitSearchText),
		...[...model.competencies.values()].map(competencySearchText),
	];
	const analyzer = await createAnalyzer();
	const lexicon = new HunspellLexicon(parseHunspell(et.aff, et.dic));
	const measured = [...wordsOf(texts)].map(([word, count]) =>
		measure(analyzer, lexicon, word, count),
	);
	const types = measured.length;
	const tokens = measured.reduce((sum, m) => sum + m.count, 0);
	const of = (keep: (m: Measured) => boolean) => {
		const kept = measured
			.filter(keep)
			.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
		return {
			list: kept,
			types: kept.length,
			tokens: kept.reduce((sum, m) => sum + m.count, 0),
		};
	};
	const noLemma = of((m) => m.kind !== 'lemma');
	const classes = {
		dictionary: of((m) => m.kind === 'dictionary'),
		unsplit: of((m) => m.kind === 'unsplit'),
		rest: of((m) => m.kind === 'rest'),
		unknown: of((m) => m.kind === 'unknown'),
		suspicious: of((m) => m.suspicious !== undefined),
	};
	const numbers = {
		types,
		tokens,
		noLemma: { types: noLemma.types, tokens: noLemma.tokens },
		...Object.fromEntries(
			Object.entries(classes).map(([name, c]) => [
				name,
				{ types: c.types, tokens: c.tokens },
			]),
		),
	};
	if (values.json) {
		console.log(JSON.stringify(numbers, null, '\t'));
		return;
	}
	const limit = Number(values.list);
	const line = (label: string, c: { types: number; tokens: number }) =>
		`${label.padEnd(52)} ${String(c.types).padStart(5)} types (${share(c.types, types)})  ${String(c.tokens).padStart(6)} words (${share(c.tokens, tokens)})`;
	console.log(
		`${types} word types, ${tokens} running words (${MIN_WORD}+ letters) in ${texts.length} texts\n`,
	);
	console.log(line('no lemma', noLemma));
	console.log(line('  of which dictionary words (verbs, adverbs …)', classes.dictionary));
	console.log(line('  unknown, a known word ends it (unsplit compound)', classes.unsplit));
	console.log(line('  unknown, a word begins it, the rest no lemma', classes.rest));
	console.log(line('  unknown otherwise', classes.unknown));
	console.log(line('suspicious splits (part short or no word)', classes.suspicious));
	const show = (title: string, list: Measured[], detail: (m: Measured) => string) => {
		console.log(`\n${title}`);
		for (const m of list.slice(0, limit))
			console.log(`  ${String(m.count).padStart(5)}  ${m.word}${detail(m)}`);
	};
	show(
		'Unsplit compounds (word ← word + known rest):',
		classes.unsplit.list,
		(m) => `  ← ${m.detail}`,
	);
	// The rests that get no lemma, by how many running words end in them: one fix reaches all of them.
	const rests = new Map<string, { tokens: number; words: string[] }>();
	for (const m of classes.rest.list) {
		const entry = rests.get(m.detail!) ?? { tokens: 0, words: [] };
		entry.tokens += m.count;
		entry.words.push(m.word);
		rests.set(m.detail!, entry);
	}
	console.log('\nRests with no lemma after a first part that is a word (rest: words):');
	for (const [rest, { tokens: n, words }] of [...rests]
		.sort((a, b) => b[1].tokens - a[1].tokens)
		.slice(0, limit))
		console.log(`  ${String(n).padStart(5)}  ${rest}: ${words.slice(0, 6).join(' ')}`);
	show('Unknown words:', classes.unknown.list, () => '');
	show(
		'Suspicious splits (word: parts; why):',
		classes.suspicious.list,
		(m) => `: ${analyzer.compoundParts(m.word).join(' + ')}; ${m.suspicious}`,
	);
	show('Dictionary words with no lemma:', classes.dictionary.list, () => '');
}

await main();
