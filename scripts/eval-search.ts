/**
 * Measures the search as employees use it (issue 29): types each query of the evaluation set into
 * /otsing/ of the built site in Chromium, reads the ranked result pages off the rendered page and
 * prints recall@1, recall@3 and MRR per category, for the tuning and the blind half apart. The
 * real content has five query sets, written apart and reported side by side: the first, and a
 * second, a third, a fourth and a fifth one, each written later from the content only, before any
 * tuning on it.
 *
 *   npm run eval:search                          the real content (built into a temporary folder)
 *   npm run eval:search -- --site dist           an already built site of the real content
 *   npm run eval:search -- --corpus 5000         a generated corpus, with queries made from it
 *   npm run eval:search -- --queries probes.json  one's own queries (a JSON list of EvalQuery), split in halves
 *
 * A measurement, not a test: it is not part of `npm test`, and it fails only when it cannot
 * measure. The blind half's failing queries stay hidden unless --show-blind: tuners must not see
 * them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.ts';
import { corpusQueries } from './lib/corpus-queries.ts';
import { openSearchPage, searchFor } from './lib/search-page.ts';
import { score, summariseByCategory, type Scored, type Summary } from './lib/search-metrics.ts';
import { buildSite, generatedRoot } from './lib/site-root.ts';
import { startStaticServer } from './lib/static-server.ts';
import {
	CATEGORIES,
	queriesByHalf,
	splitHalves,
	type EvalQuery,
	type Half,
} from '../tests/fixtures/search-eval/queries.ts';
import { addedTuningQueries } from '../tests/fixtures/search-eval/tuning.ts';
import { blindQueries2 } from '../tests/fixtures/search-eval/blind-2.ts';
import { tuningQueries2 } from '../tests/fixtures/search-eval/tuning-2.ts';
import { blindQueries3 } from '../tests/fixtures/search-eval/blind-3.ts';
import { tuningQueries3 } from '../tests/fixtures/search-eval/tuning-3.ts';
import { blindQueries4 } from '../tests/fixtures/search-eval/blind-4.ts';
import { tuningQueries4 } from '../tests/fixtures/search-eval/tuning-4.ts';
import { blindQueries5 } from '../tests/fixtures/search-eval/blind-5.ts';
import { tuningQueries5 } from '../tests/fixtures/search-eval/tuning-5.ts';

const USAGE = `Kasutus: npm run eval:search [-- --site <kaust>] [--corpus N [--seed S]] [--queries <fail>] [--json] [--show-blind]

Kirjutab iga hindamispäringu saidi otsingulehele /otsing/ (Chromiumis), loeb tulemuste järjestuse
ja trükib recall@1, recall@3 ja MRR kategooriate kaupa, eraldi iga päringukogumi häälestus- ja
pimepoolele (päris sisul viis kogumit).
  --site        juba ehitatud sait (vaikimisi ehitatakse sait ajutisse kausta)
  --corpus N    genereeritud korpus N ametikohaga; päringud tehakse korpuse andmetest
  --seed S      korpuse ja selle päringute seeme (vaikimisi 1)
  --queries F   mõõda päris sisu kogumite asemel oma päringuid: JSON-fail, päringute loend
                (category, query, expect, valikuliselt need); pooled jagab splitHalves (seeme 29)
  --json        trüki tulemused JSON-ina
  --show-blind  näita ka pimepoole ebaõnnestunud päringuid (häälestaja ei tohi neid vaadata)
  --keep        jäta ajutine kaust alles`;

/** A query set, measured and reported apart from the others. */
interface QuerySet {
	/** Its key in the --json output. */
	name: string;
	/** Its name in the report, before the half's: "2. kogum — pimepool". */
	label: string;
	halves: Record<Half, readonly EvalQuery[]>;
}

/** The real content's query sets, each split into a tuning and a blind half. */
const realContentSets: QuerySet[] = [
	{
		name: 'first',
		label: '1. kogum',
		// The seeded split, and the tuning queries added after it.
		halves: {
			tuning: [...queriesByHalf.tuning, ...addedTuningQueries],
			blind: queriesByHalf.blind,
		},
	},
	{
		name: 'second',
		label: '2. kogum',
		halves: { tuning: tuningQueries2, blind: blindQueries2 },
	},
	{
		name: 'third',
		label: '3. kogum',
		halves: { tuning: tuningQueries3, blind: blindQueries3 },
	},
	{
		name: 'fourth',
		label: '4. kogum',
		halves: { tuning: tuningQueries4, blind: blindQueries4 },
	},
	{
		name: 'fifth',
		label: '5. kogum',
		halves: { tuning: tuningQueries5, blind: blindQueries5 },
	},
];

/** Estonian category names for the report. */
const LABELS: Record<string, string> = {
	'exact-title': 'täpne nimetus',
	inflected: 'käändevorm',
	'no-diacritics': 'täpitähtedeta',
	typo: 'trükiviga',
	compound: 'liitsõna osa',
	gradation: 'astmevaheldus',
	abbreviation: 'lühend',
	synonym: 'sünonüüm',
	duty: 'tööülesanne',
	competency: 'kompetents',
	question: 'küsimus',
	all: 'kokku',
};
const HALF_LABELS: Record<Half, string> = { tuning: 'häälestuspool', blind: 'pimepool' };
const HALVES = ['tuning', 'blind'] as const;

interface HalfReport {
	summary: Record<string, Summary>;
	/** Every query's outcome; left out for the blind half unless --show-blind. */
	queries?: Scored[];
}

interface SetReport {
	name: string;
	label: string;
	halves: Record<Half, HalfReport>;
}

/**
 * One's own queries from a JSON file (a list of EvalQuery, as in tests/fixtures/search-eval), split
 * into halves by `splitHalves`, so that one can tune on one half and report the other.
 */
function querySetFromFile(file: string): QuerySet {
	const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
	if (!Array.isArray(parsed)) throw new Error(`${file}: oodatud on päringute loend`);
	const queries = parsed.map((item: unknown, index): EvalQuery => {
		const query = item as Partial<EvalQuery>;
		if (
			typeof query.query !== 'string' ||
			!CATEGORIES.includes(query.category as EvalQuery['category']) ||
			!Array.isArray(query.expect) ||
			query.expect.length === 0
		)
			throw new Error(
				`${file}: päring ${index + 1} vajab välju query, category (${CATEGORIES.join(', ')}) ja expect`,
			);
		return query as EvalQuery;
	});
	const halves = splitHalves(queries);
	return {
		name: 'file',
		label: file,
		halves: {
			tuning: queries.filter((query) => halves.get(query) === 'tuning'),
			blind: queries.filter((query) => halves.get(query) === 'blind'),
		},
	};
}

const halfTitle = (set: QuerySet, half: Half): string => `${set.label} — ${HALF_LABELS[half]}`;

function formatTable(summary: Record<string, Summary>): string {
	const header = `  ${'kategooria'.padEnd(16)} ${'n'.padStart(4)}  recall@1  recall@3     MRR`;
	const rows = Object.entries(summary).map(
		([category, row]) =>
			`  ${(LABELS[category] ?? category).padEnd(16)} ${String(row.count).padStart(4)}  ${row.recallAt1.toFixed(3).padStart(8)}  ${row.recallAt3.toFixed(3).padStart(8)}  ${row.mrr.toFixed(3).padStart(6)}`,
	);
	return [header, ...rows].join('\n');
}

function formatFailure(item: Scored): string {
	const where = item.rank === 0 ? 'ei ole näidatud' : `${item.rank}. kohal`;
	const shown =
		item.results.length === 0 ? '(tulemusi pole)' : item.results.slice(0, 3).join(' ');
	return `  ✘ [${LABELS[item.category] ?? item.category}] „${item.query}”  oodatud ${item.expect.join(' | ')} (${where}); esimesed: ${shown}`;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			site: { type: 'string' },
			corpus: { type: 'string' },
			queries: { type: 'string' },
			seed: { type: 'string', default: '1' },
			json: { type: 'boolean', default: false },
			'show-blind': { type: 'boolean', default: false },
			keep: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(USAGE);
		return;
	}
	const corpusSize = values.corpus === undefined ? 0 : Number(values.corpus);
	const seed = Number(values.seed);
	if (!Number.isInteger(corpusSize) || corpusSize < 0 || !Number.isInteger(seed)) {
		console.error(`✘ --corpus ja --seed peavad olema täisarvud.\n\n${USAGE}`);
		process.exitCode = 1;
		return;
	}
	if (values.site && corpusSize > 0) {
		console.error(
			'✘ --site ja --corpus ei käi koos: korpuse päringud tehakse samast korpusest, millest sait ehitatakse.',
		);
		process.exitCode = 1;
		return;
	}

	if (values.queries !== undefined && corpusSize > 0) {
		console.error('✘ --queries ja --corpus ei käi koos: korpuse päringud tehakse korpusest.');
		process.exitCode = 1;
		return;
	}
	const contentSets =
		values.queries === undefined ? realContentSets : [querySetFromFile(values.queries)];

	const projectRoot = fileURLToPath(new URL('..', import.meta.url));
	const work = mkdtempSync(join(tmpdir(), 'ska-eval-search-'));
	const log = (line: string) => {
		if (!values.json) console.log(line);
	};
	try {
		let siteDir: string;
		let sets: QuerySet[];
		if (corpusSize > 0) {
			log(`Genereerin ${corpusSize} ametikohaga korpuse (seeme ${seed}) ja ehitan saidi…`);
			const root = generatedRoot(projectRoot, work, corpusSize, seed);
			sets = [{ name: 'corpus', label: 'Korpus', halves: corpusQueries(root, seed) }];
			siteDir = join(work, 'site');
			buildSite(root, siteDir);
		} else if (values.site) {
			siteDir = resolve(values.site);
			sets = contentSets;
		} else {
			log('Ehitan saidi ajutisse kausta…');
			siteDir = join(work, 'site');
			buildSite(projectRoot, siteDir);
			sets = contentSets;
		}

		const server = await startStaticServer(siteDir);
		const browser = await launchChromium();
		const report: SetReport[] = sets.map((set) => ({
			name: set.name,
			label: set.label,
			halves: { tuning: { summary: {} }, blind: { summary: {} } },
		}));
		const started = performance.now();
		try {
			const page = await browser.newPage();
			await openSearchPage(page, server.url);
			for (const [index, set] of sets.entries()) {
				for (const half of HALVES) {
					const scored: Scored[] = [];
					for (const item of set.halves[half])
						scored.push(score(item, await searchFor(page, item.query)));
					const halfReport = report[index].halves[half];
					halfReport.summary = summariseByCategory(scored, CATEGORIES);
					if (half === 'tuning' || values['show-blind']) halfReport.queries = scored;
				}
			}
		} finally {
			await browser.close();
			await server.close();
		}
		const seconds = (performance.now() - started) / 1000;

		const source =
			corpusSize > 0
				? `genereeritud korpus, ${corpusSize} ametikohta, seeme ${seed}`
				: values.site
					? `sait ${siteDir}`
					: 'päris sisu';
		if (values.json) {
			console.log(
				JSON.stringify(
					{
						source,
						corpus: corpusSize > 0 ? { count: corpusSize, seed } : null,
						seconds,
						sets: report,
					},
					null,
					'\t',
				),
			);
			return;
		}
		const count = sets.reduce(
			(sum, set) => sum + set.halves.tuning.length + set.halves.blind.length,
			0,
		);
		console.log(
			`\nOtsingu hindamine — ${source}; ${count} päringut, ${seconds.toFixed(1)} s\n`,
		);
		for (const [index, set] of sets.entries()) {
			for (const half of HALVES) {
				console.log(
					`${halfTitle(set, half)} (${set.halves[half].length} päringut)\n${formatTable(report[index].halves[half].summary)}\n`,
				);
			}
		}
		for (const [index, set] of sets.entries()) {
			for (const half of HALVES) {
				const queries = report[index].halves[half].queries;
				if (!queries) continue;
				const failures = queries.filter((item) => item.recallAt1 < 1);
				console.log(
					`${halfTitle(set, half)}: ${failures.length} päringut ei andnud oodatud lehte esimesena`,
				);
				for (const item of failures) console.log(formatFailure(item));
				console.log('');
			}
		}
		if (!values['show-blind'])
			console.log(
				'Pimepoole päringuid ei näidata (--show-blind näitab; häälestaja ei tohi neid vaadata).',
			);
	} finally {
		if (values.keep) console.error(`Ajutine kaust jäi alles: ${work}`);
		else rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
});
