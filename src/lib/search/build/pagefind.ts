/**
 * The one module that knows Pagefind beneath its documented options: which binary runs, what it
 * prints, and the bytes and names of the files it writes. Everything here was written against
 * Pagefind PAGEFIND_VERSION and is refused for any other (checkPagefindVersion): Pagefind changed
 * its index layout twice in the 1.x line (https://github.com/Pagefind/pagefind/pull/995,
 * https://github.com/Pagefind/pagefind/pull/999), and a changed meaning could pass a build
 * silently.
 *
 * Index files (`.pf_meta`, `.pf_index`, `.pf_filter`) are gzip of the signature `pagefind_dcd`
 * followed by CBOR. The metadata is [version, pages, index chunks, filters, sorts, metadata field
 * names]; a chunk is [[word entry, …]], a word entry [word, pages, variants] whose bytes are copied
 * as they are.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { decode, encode } from 'cborg';

export { chunkWords, emptyWordEntry, encodeChunk, type WordEntry } from './pagefind-words.ts';

/** The Pagefind release this module reads and writes the files of. */
export const PAGEFIND_VERSION = '1.5.2';

const require = createRequire(import.meta.url);

/** The Pagefind binary of this platform (`@pagefind/<platform>-<cpu>`), as the `pagefind` package resolves it. */
function binaryPackage(): string {
	const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
	return `@pagefind/${platform}`;
}

export function pagefindBinary(): string {
	const executable = process.platform === 'win32' ? 'pagefind_extended.exe' : 'pagefind_extended';
	return require.resolve(`${binaryPackage()}/bin/${executable}`);
}

/** The installed versions of the `pagefind` package and of its binary package. */
export function installedPagefindVersions(): { wrapper: string; binary: string } {
	// Its package.json is not in its exports, so it is found where Node would look for the package.
	const wrapper = (require.resolve.paths('pagefind') ?? [])
		.map((dir) => join(dir, 'pagefind', 'package.json'))
		.find((file) => existsSync(file));
	if (!wrapper) throw new Error('the pagefind package is not installed');
	const binary = join(dirname(pagefindBinary()), '..', 'package.json');
	const version = (file: string) =>
		(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
	return { wrapper: version(wrapper), binary: version(binary) };
}

/** Throws, in Estonian for whoever runs the build, unless the installed Pagefind is PAGEFIND_VERSION. */
export function checkPagefindVersion(installed = installedPagefindVersions()): void {
	for (const version of [installed.wrapper, installed.binary]) {
		if (version !== PAGEFIND_VERSION) {
			throw new Error(
				`Paigaldatud on Pagefind ${version}, aga otsinguindeksi ehitus on kirjutatud versioonile ${PAGEFIND_VERSION} ` +
					`(src/lib/search/build/pagefind.ts loeb selle faile). Paigalda ${PAGEFIND_VERSION} (npm ci) või vaata moodul uue versiooni jaoks üle.`,
			);
		}
	}
}

/**
 * Indexes the pages of `site` that `glob` matches (Pagefind's documented `--glob`) into `output`,
 * in Estonian, and resolves to the number of pages indexed. No config file or PAGEFIND_ variable
 * may change what is indexed: the arguments say it all. The command line rather than the Node API:
 * one process per part of the index can run side by side (the Node API has one service process for
 * all indexes), and its process peaked 150–160 MiB lower on the 5,000-position corpus.
 */
export async function runPagefind(site: string, glob: string, output: string): Promise<number> {
	const args = [
		'--site',
		site,
		'--glob',
		glob,
		'--force-language',
		'et',
		'--output-path',
		output,
	];
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')),
	);
	const { code, printed } = await new Promise<{ code: number | null; printed: string }>(
		(resolve, reject) => {
			const child = spawn(pagefindBinary(), args, {
				cwd: site,
				env,
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let printed = '';
			child.stdout.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
			child.stderr.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
			child.on('error', reject);
			child.on('close', (code) => resolve({ code, printed }));
		},
	);
	if (code !== 0) throw new Error(`Pagefind exited with ${code}:\n${printed}`);
	// Pagefind falls back to indexing the whole page, navigation included, when no element is
	// marked.
	if (!printed.includes('Found a data-pagefind-body element'))
		throw new Error(`no page has data-pagefind-body:\n${printed}`);
	if (/^\s*(error|warning)\b/im.test(printed))
		throw new Error(`Pagefind reported a problem:\n${printed}`);
	const pages = /Indexed (\d+) pages?/.exec(printed);
	if (!pages) throw new Error(`Pagefind did not report the indexed pages:\n${printed}`);
	return Number(pages[1]);
}

const SIGNATURE = Buffer.from('pagefind_dcd');

/** The CBOR inside a Pagefind index file at `path`. */
export function readIndexFile(path: string): Uint8Array {
	const bytes = gunzipSync(readFileSync(path));
	if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE))
		throw new Error(`${path}: not a Pagefind index file`);
	return bytes.subarray(SIGNATURE.length);
}

const gzipAsync = promisify(gzip);

/**
 * Packs CBOR as a Pagefind index file. Level 5 for the many chunks: 2 % more bytes than level 9
 * (what Pagefind's files have) in an eighth of the time, on libuv's threads; level 9 for the
 * metadata that every first search loads.
 */
export function packIndexFile(cbor: Uint8Array, level = 5): Promise<Buffer> {
	return gzipAsync(Buffer.concat([SIGNATURE, cbor]), { level });
}

interface Entry {
	version: string;
	languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

/** The metadata: [version, pages ([fragment, word count]), chunks ([from, to, file]), filters ([name, file]), sorts, field names]. */
export type Meta = [
	string,
	[string, number][],
	[string, string, string][],
	[string, string][],
	[string, number[]][],
	string[],
];

/** One bundle (a folder Pagefind wrote) of one language. */
export interface Bundle {
	folder: string;
	meta: Meta;
	/** Page count of the bundle, from its entry file. */
	pages: number;
	/** The file-name prefix Pagefind gives this language's files (`et_`). */
	prefix: string;
}

/** The metadata file of a bundle, `pagefind.<hash>.pf_meta`. */
const metaPath = (folder: string, hash: string) => join(folder, `pagefind.${hash}.pf_meta`);
const entryPath = (folder: string) => join(folder, 'pagefind-entry.json');

function readEntry(folder: string): { entry: Entry; language: string } {
	const entry = JSON.parse(readFileSync(entryPath(folder), 'utf8')) as Entry;
	const languages = Object.keys(entry.languages);
	if (languages.length !== 1)
		throw new Error(
			`expected one Pagefind language index in ${folder}, found ${languages.length}`,
		);
	return { entry, language: languages[0] };
}

/**
 * Reads a bundle's entry and metadata. The metadata must re-encode to the same bytes and have the
 * known shape, and the bundle must be of PAGEFIND_VERSION: otherwise the build stops instead of
 * writing an index the browser cannot read.
 */
export function readBundle(folder: string): Bundle {
	const { entry, language } = readEntry(folder);
	const { hash, page_count: pages } = entry.languages[language];
	const path = metaPath(folder, hash);
	const bytes = readIndexFile(path);
	const meta = decode(bytes) as Meta;
	if (entry.version !== PAGEFIND_VERSION || meta[0] !== PAGEFIND_VERSION) {
		throw new Error(
			`${folder}: a Pagefind ${meta[0]} index, this build reads ${PAGEFIND_VERSION}`,
		);
	}
	if (
		!Buffer.from(encode(meta)).equals(bytes) ||
		meta.length !== 6 ||
		!Array.isArray(meta[2]) ||
		!Array.isArray(meta[4])
	) {
		throw new Error(
			`Pagefind ${meta[0]}: the index metadata has a layout this build does not know`,
		);
	}
	return { folder, meta, pages, prefix: /^([a-z-]+_)/i.exec(hash)?.[1] ?? '' };
}

/** Path of a word-index chunk file of a bundle. */
export const chunkPath = (folder: string, name: string) =>
	join(folder, 'index', `${name}.pf_index`);

/** The chunk files a bundle's metadata lists. */
export const chunkFolder = (folder: string) => join(folder, 'index');

/** A filter's values with the page numbers (in the bundle) that carry each. */
export function readFilter(folder: string, file: string): [string, number[]][] {
	const [, values] = decode(readIndexFile(join(folder, 'filter', `${file}.pf_filter`))) as [
		string,
		[string, number[]][],
	];
	return values;
}

export function removeFilter(folder: string, file: string): void {
	rmSync(join(folder, 'filter', `${file}.pf_filter`));
}

/** The fragment name (Pagefind's result id) of each page of a bundle, in page order. */
export const fragmentIds = (meta: Meta): string[] => meta[1].map(([fragment]) => fragment);

/**
 * Writes a bundle's new metadata (`meta` with new chunks and filters and no sort orders) under a
 * new name and points its entry file at it. The name is `name(bytes)`, content-addressed by the
 * caller.
 */
export async function writeBundleMeta(
	bundle: Bundle,
	meta: Meta,
	name: (bytes: Uint8Array) => string,
): Promise<void> {
	const { entry, language } = readEntry(bundle.folder);
	const old = entry.languages[language];
	const bytes = encode(meta);
	const hash = name(bytes);
	writeFileSync(metaPath(bundle.folder, hash), await packIndexFile(bytes, 9));
	const updated = {
		...entry,
		languages: { [language]: { ...old, hash, page_count: meta[1].length } },
	};
	writeFileSync(entryPath(bundle.folder), JSON.stringify(updated));
	if (hash !== old.hash) rmSync(metaPath(bundle.folder, old.hash));
}

/** Files of a further part's folder that the browser reads; Pagefind's scripts and WebAssembly are part 1's. */
export const PART_FILES =
	/^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|filter|fragment)$/;
