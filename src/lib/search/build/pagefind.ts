/**
 * The Pagefind adapter: the one module (with pagefind-words.ts) that knows Pagefind beneath its
 * documented options — which binary runs, what it prints, the names and bytes of its index files.
 * It was written against PAGEFIND_VERSION and refuses any other: Pagefind changed its index layout
 * twice in the 1.x line (https://github.com/Pagefind/pagefind/pull/995,
 * https://github.com/Pagefind/pagefind/pull/999), and a changed meaning could pass a build silently.
 * Index files (`.pf_meta`, `.pf_index`, `.pf_filter`) are gzip of `pagefind_dcd` and CBOR.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { decode, encode } from 'cborg';
import { chunkWords, encodeChunk, type WordEntry } from './pagefind-words.ts';

export { emptyWordEntry, type WordEntry } from './pagefind-words.ts';

export const PAGEFIND_VERSION = '1.5.2';

const require = createRequire(import.meta.url);
/** The binary's package, as the `pagefind` package resolves it. */
const BINARY = `@pagefind/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The version of the installed Pagefind binary, the one the build runs. */
export const installedPagefindVersion = () =>
	readJson<{ version: string }>(require.resolve(`${BINARY}/package.json`)).version;

/** Throws, in Estonian for whoever runs the build, unless the installed Pagefind is PAGEFIND_VERSION. */
export function checkPagefindVersion(installed = installedPagefindVersion()): void {
	if (installed !== PAGEFIND_VERSION)
		throw new Error(
			`Paigaldatud on Pagefind ${installed}, aga otsinguindeksi ehitus on kirjutatud versioonile ${PAGEFIND_VERSION} ` +
				`(src/lib/search/build/pagefind.ts loeb selle faile). Paigalda ${PAGEFIND_VERSION} (npm ci) või vaata moodul uue versiooni jaoks üle.`,
		);
}

/**
 * Indexes the pages of `site` that `glob` matches (Pagefind's documented `--glob`) into `out`, in
 * Estonian, and resolves to the number of pages indexed; any problem Pagefind reports throws. The
 * arguments say it all: no config file or PAGEFIND_ variable applies. The command line rather than
 * the Node API, whose one service process serves all indexes: one process per part of the index runs
 * side by side, and it peaked 150–160 MiB lower at 5,000 positions.
 */
export async function runPagefind(site: string, glob: string, out: string): Promise<number> {
	const args = ['--site', site, '--glob', glob, '--output-path', out, '--force-language', 'et'];
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')),
	);
	const executable = `pagefind_extended${process.platform === 'win32' ? '.exe' : ''}`;
	const child = spawn(require.resolve(`${BINARY}/bin/${executable}`), args, { cwd: site, env });
	let printed = '';
	for (const stream of [child.stdout, child.stderr])
		stream.setEncoding('utf8').on('data', (text: string) => (printed += text));
	const [code] = (await once(child, 'close')) as [number | null];
	if (code !== 0) throw new Error(`Pagefind exited with ${code}:\n${printed}`);
	// Without a marked element Pagefind indexes whole pages, navigation included.
	if (!printed.includes('Found a data-pagefind-body element'))
		throw new Error(`no page has data-pagefind-body:\n${printed}`);
	if (/^\s*(error|warning)\b/im.test(printed))
		throw new Error(`Pagefind reported a problem:\n${printed}`);
	const pages = /Indexed (\d+) pages?/.exec(printed);
	if (!pages) throw new Error(`Pagefind did not report the indexed pages:\n${printed}`);
	return Number(pages[1]);
}

const SIGNATURE = Buffer.from('pagefind_dcd');

function readIndexFile(path: string): Uint8Array {
	const bytes = gunzipSync(readFileSync(path));
	if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE))
		throw new Error(`${path}: not a Pagefind index file`);
	return bytes.subarray(SIGNATURE.length);
}

const gzipAsync = promisify(gzip);
/** Level 5 for the chunks: 2 % more bytes than Pagefind's level 9 in an eighth of the time. */
const pack = (cbor: Uint8Array, level: number) =>
	gzipAsync(Buffer.concat([SIGNATURE, cbor]), { level });

/**
 * A content-addressed name in Pagefind's style (`et_1a2b3c4d`), longer on a clash, one hex digit
 * longer than Pagefind's own, so that no name of ours means other content under a name Pagefind gave
 * in an earlier build: servers let browsers cache these files for a year.
 */
function uniqueName(prefix: string, bytes: Uint8Array, length: number, taken: Set<string>) {
	const hash = createHash('sha256').update(bytes).digest('hex');
	let name = `${prefix}${hash.slice(0, length)}`;
	for (let n = length + 1; taken.has(name); n++) name = `${prefix}${hash.slice(0, n)}`;
	taken.add(name);
	return name;
}

/** What the browser reads of a further part of the index; Pagefind's scripts and WebAssembly are part 1's. */
const PART_FILES = /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|filter|fragment)$/;

/** The metadata: version, pages ([fragment, word count]), chunks ([from, to, file]), filters ([name, file]), sorts, fields. */
type Meta = [
	string,
	[string, number][],
	[string, string, string][],
	[string, string][],
	unknown[],
	string[],
];
type Entry = { version: string; languages: Record<string, { hash: string; page_count: number }> };

/** A chunk to write: its word range, as the browser compares query words with it, and its entries. */
export type NewChunk = { from: string; to: string; words: readonly WordEntry[] };

/**
 * Reads the bundle (a folder Pagefind wrote, of one language) at `folder`: its pages' result ids,
 * its index words in order, and what rewrites it. The bundle must be of PAGEFIND_VERSION and its
 * metadata re-encode to the same bytes; otherwise the build stops instead of writing an index the
 * browser cannot read.
 */
export function readBundle(folder: string) {
	const entryFile = join(folder, 'pagefind-entry.json');
	const entry = readJson<Entry>(entryFile);
	const [language, ...others] = Object.keys(entry.languages);
	if (others.length > 0) throw new Error(`${folder}: more than one Pagefind language index`);
	const { hash } = entry.languages[language];
	const metaFile = (name: string) => join(folder, `pagefind.${name}.pf_meta`);
	const metaBytes = readIndexFile(metaFile(hash));
	const meta = decode(metaBytes) as Meta;
	if (entry.version !== PAGEFIND_VERSION || meta[0] !== PAGEFIND_VERSION)
		throw new Error(
			`${folder}: a Pagefind ${meta[0]} index, this build reads ${PAGEFIND_VERSION}`,
		);
	if (
		!Buffer.from(encode(meta)).equals(metaBytes) ||
		meta.length !== 6 ||
		!Array.isArray(meta[4])
	)
		throw new Error(
			`Pagefind ${meta[0]}: the index metadata has a layout this build does not know`,
		);
	const prefix = /^([a-z-]+_)/i.exec(hash)?.[1] ?? '';
	const chunkFile = (name: string) => join(folder, 'index', `${name}.pf_index`);
	const filterFile = (name: string) => join(folder, 'filter', `${name}.pf_filter`);

	const fragmentFile = (name: string) => join(folder, 'fragment', `${name}.pf_fragment`);
	// Pagefind names each page's fragment by a hash of its content, and the metadata that every first
	// search loads lists those names, which do not compress (at 5,000 positions about 19 KiB gzip of a
	// part's 23). A fragment is named here by its page's number after a hash of all the part's names:
	// the list compresses, and a name still never stands for two contents (a changed page renames its
	// whole part), so the fragments stay cacheable as immutable (README, "Deployment").
	const tag = createHash('sha256')
		.update(meta[1].map(([fragment]) => fragment).join('\n'))
		.digest('hex')
		.slice(0, 10);
	const fragmentNames = meta[1].map((_, page) => `${prefix}${tag}_${page}`);

	const words = meta[2].flatMap(([, , name]) => chunkWords(readIndexFile(chunkFile(name))));
	for (let i = 1; i < words.length; i++)
		if (!(words[i - 1].word < words[i].word))
			throw new Error(
				`Pagefind index words out of order: ${words[i - 1].word}, ${words[i].word}`,
			);

	return {
		/** Result ids (the fragments' names once rewritten) of the pages, in page order. */
		pageIds: fragmentNames,
		words,

		/** Removes the filters whose name `pattern` matches; returns each one's values with their pages' numbers. */
		takeFilters(pattern: RegExp): Map<string, [string, number[]][]> {
			const taken = new Map<string, [string, number[]][]>();
			meta[3] = meta[3].filter(([name, file]) => {
				if (!pattern.test(name)) return true;
				taken.set(
					name,
					(decode(readIndexFile(filterFile(file))) as [string, [string, number[]][]])[1],
				);
				rmSync(filterFile(file));
				return false;
			});
			return taken;
		},

		/**
		 * Replaces the chunks, and the metadata with one listing them and no sort orders, under
		 * content-addressed names not in `taken`; renames the fragments to `pageIds`; resolves to the
		 * largest chunk's gzip bytes. A `furtherPart` keeps only PART_FILES.
		 */
		async rewrite(chunks: readonly NewChunk[], taken: Set<string>, furtherPart = false) {
			rmSync(join(folder, 'index'), { recursive: true });
			mkdirSync(join(folder, 'index'));
			const listed: [string, string, string][] = [];
			let largest = 0;
			// A few at a time, on libuv's threads (each pending compression holds a zlib state).
			for (let i = 0; i < chunks.length; i += 4) {
				const cbors = chunks.slice(i, i + 4).map(({ words }) => encodeChunk(words));
				const packed = await Promise.all(cbors.map((cbor) => pack(cbor, 5)));
				for (const [j, cbor] of cbors.entries()) {
					const name = uniqueName(prefix, cbor, 8, taken);
					writeFileSync(chunkFile(name), packed[j]);
					largest = Math.max(largest, packed[j].length);
					listed.push([chunks[i + j].from, chunks[i + j].to, name]);
				}
			}
			const pages = meta[1].map(([fragment, wordCount], page): [string, number] => {
				renameSync(fragmentFile(fragment), fragmentFile(fragmentNames[page]));
				return [fragmentNames[page], wordCount];
			});
			const bytes = encode([meta[0], pages, listed, meta[3], [], meta[5]]);
			const newHash = uniqueName(prefix, bytes, 12, taken);
			writeFileSync(metaFile(newHash), await pack(bytes, 9));
			const languages = { [language]: { ...entry.languages[language], hash: newHash } };
			writeFileSync(entryFile, JSON.stringify({ ...entry, languages }));
			if (newHash !== hash) rmSync(metaFile(hash));
			if (furtherPart)
				for (const name of readdirSync(folder))
					if (!PART_FILES.test(name)) rmSync(join(folder, name), { recursive: true });
			return largest;
		},
	};
}
