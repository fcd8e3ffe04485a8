/**
 * Writes a synthetic content tree of N realistic positions for benchmarks and load tests:
 *   npm run generate -- --count 5000 --seed 1 --out /tmp/corpus
 * The text is recombined from the real content (units, positions, competencies); the same seed
 * gives the same bytes.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateCorpus, writeCorpus } from '../src/lib/generate/corpus.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

const OPTIONS = {
	count: { type: 'string', short: 'n', default: '500' },
	seed: { type: 'string', short: 's', default: '1' },
	out: { type: 'string', short: 'o' },
	source: { type: 'string', default: projectRoot },
	help: { type: 'boolean', short: 'h', default: false },
} as const;

function readArgs() {
	try {
		return parseArgs({ options: OPTIONS }).values;
	} catch (error) {
		console.log(`✘ ${(error as Error).message}\nVaata: npm run generate -- --help`);
		process.exit(2);
	}
}

const values = readArgs();

if (values.help) {
	console.log(`Kasutus: npm run generate -- --count N --seed S --out <kaust> [--source <projekt>]

Kirjutab kausta <kaust>/content täieliku sisupuu N ametikohaga (content/positions/<osakond>/*.md,
content/units/*.yaml, content/competencies/*.yaml). Tekst pannakse kokku päris sisu lausetest.
Sama seemne korral on failid baithaaval samad. Olemasolev <kaust>/content asendatakse.
  --count, -n   ametikohtade arv (vaikimisi 500)
  --seed, -s    seeme, täisarv (vaikimisi 1)
  --out, -o     väljundkaust (kohustuslik)
  --source      projekt, mille content/ lauseid kasutatakse (vaikimisi see projekt)`);
	process.exit(0);
}

const count = Number(values.count);
const seed = Number(values.seed);
const problems: string[] = [];
if (!Number.isInteger(count) || count < 1)
	problems.push(`--count peab olema positiivne täisarv, kirjas on "${values.count}"`);
if (!Number.isInteger(seed)) problems.push(`--seed peab olema täisarv, kirjas on "${values.seed}"`);
if (values.out === undefined)
	problems.push('--out puudub: anna väljundkaust, nt --out /tmp/korpus');
if (problems.length > 0) {
	for (const problem of problems) console.log(`✘ ${problem}`);
	console.log('Vaata: npm run generate -- --help');
	process.exitCode = 1;
} else {
	const started = performance.now();
	const out = resolve(values.out as string);
	const { files, summary } = generateCorpus({ count, seed, sourceRoot: resolve(values.source) });
	const generated = performance.now();
	const bytes = writeCorpus(out, files);
	const ms = (t: number) => `${Math.round(t)} ms`;
	console.log(
		`${summary.positions} ametikohta (${summary.stubs} juhendita), ${summary.units} üksust (${summary.departments} osakonda), ` +
			`${summary.competencies} kompetentsi, ${(bytes / 1024 / 1024).toFixed(1)} MiB → ${out}/content`,
	);
	console.log(
		`asendused: ${summary.substitutionEdges} seost, neist ${summary.selfSubstitutions} sama ametikoha teenistuja, ` +
			`${summary.asymmetricEdges} ühepoolset; ${summary.withoutSubstitution} ametikohal asendus puudub`,
	);
	console.log(
		`genereeritud ${ms(generated - started)}, kirjutatud ${ms(performance.now() - generated)}`,
	);
}
