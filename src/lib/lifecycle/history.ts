/**
 * Per-position version history from git, read at build time with one `git log` over the positions
 * folder, and old file contents read in batches with `git cat-file --batch` — never one git process
 * per page. No author names or e-mail addresses are read at all.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { redactPersonalData } from '../content/personal-data.ts';

export type VersionChange = 'added' | 'modified' | 'moved';

/** One committed state of a position file. */
export interface Version {
	/** Full commit hash. */
	commit: string;
	/** First 12 hex digits of the commit, used in URLs. */
	short: string;
	/** Committer date, YYYY-MM-DD. */
	date: string;
	/** Committer date and time, ISO 8601 with offset (for the Atom feed). */
	dateTime: string;
	/** Commit subject (first line of the message), with any personal data redacted. Not shown on the site. */
	subject: string;
	/**
	 * The editor's own note: the commit message's `Selgitus:` trailer(s), joined. The only part of a
	 * commit message the site shows (see EDITOR_NOTE_TRAILER); undefined without one.
	 */
	note?: string;
	/** Git blob id of the file as of this commit. */
	blob: string;
	/** Path of the file in this commit, relative to the project root. */
	path: string;
	change: VersionChange;
	/** The commit is the edge of a shallow clone: earlier history is missing, "added" may be older. */
	boundary: boolean;
}

export interface PositionHistories {
	/** False without git or without any commit touching the positions folder. */
	available: boolean;
	/** The checkout is a shallow clone: the oldest known version of a file may not be its first. */
	shallow: boolean;
	/** Versions by position id (the file name), newest first. */
	byId: ReadonlyMap<string, readonly Version[]>;
}

export const SHORT_HASH_LENGTH = 12;

/**
 * Trailer key of the editor's note in a commit message ("Selgitus: Lisatud ülesanne 3.9 käskkirja nr 57
 * alusel"). Commit subjects are not content: they are written for developers, in English, or made up by
 * the git host ("Update haldusjuht.md"), so the site describes a change from the structured diff and shows
 * only what an editor wrote for readers on purpose. Git accepts only ASCII letters in a trailer key.
 */
export const EDITOR_NOTE_TRAILER = 'Selgitus';

const RECORD = '\x1e';
const FIELD = '\x1f';
// %P: parents (empty for a root or a shallow boundary); %cs / %cI: committer date; the editor's note
// (its trailers on one line); %s: subject.
const LOG_FORMAT = `${RECORD}%H${FIELD}%P${FIELD}%cs${FIELD}%cI${FIELD}%(trailers:key=${EDITOR_NOTE_TRAILER},valueonly,unfold,separator=%x20)${FIELD}%s`;
const POSITION_FILE = /(?:^|\/)([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

function git(root: string, args: string[]): string {
	return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 1024 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'ignore'],
	});
}

/**
 * Reads the history of every position file. Paths are relative to `root` (`--relative`), and
 * histories are keyed by position id rather than path, so a file moved to another department's
 * folder keeps its history without `--follow` (which git only supports for a single file).
 * Never throws: without git or history the result says `available: false`.
 */
export function readPositionHistories(
	root: string,
	folder = 'content/positions',
): PositionHistories {
	const none: PositionHistories = { available: false, shallow: false, byId: new Map() };
	let output: string;
	let shallow: boolean;
	try {
		output = git(root, [
			'log',
			`--format=${LOG_FORMAT}`,
			'--raw',
			'--no-abbrev',
			'--no-renames',
			'--relative',
			'--',
			folder,
		]);
		shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
	} catch {
		return none;
	}
	const byId = parseGitLog(output, shallow);
	return { available: byId.size > 0, shallow, byId };
}

interface RawChange {
	status: string;
	blob: string;
	path: string;
}

/** Parses the output of the `git log --raw` call above. Exported for tests. */
export function parseGitLog(output: string, shallow: boolean): Map<string, Version[]> {
	const byId = new Map<string, Version[]>();
	for (const record of output.split(RECORD)) {
		if (record.trim() === '') continue;
		const [header, ...lines] = record.split('\n');
		const [commit, parents, date, dateTime, rawNote = '', ...subjectParts] =
			header.split(FIELD);
		if (!commit || !date) continue;
		// The history pages, /muudatused/ and the feeds publish the subject and the note: redact them where they are read.
		const subject = redactPersonalData(subjectParts.join(FIELD).trim(), 'plain');
		const trimmedNote = rawNote.trim();
		const note = trimmedNote === '' ? undefined : redactPersonalData(trimmedNote, 'plain');
		const boundary = shallow && parents.trim() === '';

		// A move shows as a deletion and an addition of the same id in one commit.
		const changes = new Map<string, RawChange[]>();
		for (const line of lines) {
			// :100644 100644 <old blob> <new blob> M\t<path>
			const match = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([AMDT])\d*\t(.+)$/.exec(line);
			if (!match) continue;
			const id = POSITION_FILE.exec(match[3])?.[1];
			if (id === undefined) continue;
			const list = changes.get(id) ?? [];
			list.push({ blob: match[1], status: match[2], path: match[3] });
			changes.set(id, list);
		}
		for (const [id, list] of changes) {
			const present = list.find((change) => change.status !== 'D');
			// A deletion alone is not a version; the deleted file has no page to show it on.
			if (!present) continue;
			const moved = list.some((change) => change.status === 'D');
			const change: VersionChange = moved
				? 'moved'
				: present.status === 'A'
					? 'added'
					: 'modified';
			const versions = byId.get(id) ?? [];
			versions.push({
				commit,
				short: commit.slice(0, SHORT_HASH_LENGTH),
				date,
				dateTime,
				subject,
				...(note === undefined ? {} : { note }),
				blob: present.blob,
				path: present.path,
				change,
				boundary,
			});
			byId.set(id, versions);
		}
	}
	return byId;
}

/**
 * Reads file contents by blob id with a single `git cat-file --batch` process for the whole list.
 * Blobs git does not have are left out of the result.
 */
export function readBlobs(root: string, blobs: readonly string[]): Map<string, string> {
	const result = new Map<string, string>();
	if (blobs.length === 0) return result;
	const run = spawnSync('git', ['cat-file', '--batch'], {
		cwd: root,
		input: `${blobs.join('\n')}\n`,
		maxBuffer: 1024 * 1024 * 1024,
		stdio: ['pipe', 'pipe', 'ignore'],
	});
	if (run.status !== 0 || !run.stdout) return result;
	const buffer = run.stdout;
	let offset = 0;
	const decoder = new TextDecoder('utf-8');
	while (offset < buffer.length) {
		const lineEnd = buffer.indexOf(0x0a, offset);
		if (lineEnd < 0) break;
		const [sha, type, size] = buffer.subarray(offset, lineEnd).toString('utf8').split(' ');
		offset = lineEnd + 1;
		if (type === 'missing' || size === undefined) continue;
		const length = Number(size);
		if (type === 'blob')
			result.set(
				sha,
				decoder.decode(buffer.subarray(offset, offset + length)).replace(/\r\n?/g, '\n'),
			);
		offset += length + 1;
	}
	return result;
}

/**
 * Blob contents on demand for pages rendered one after another. Pages announce the blobs they will
 * need, in render order, with `plan()`; the first miss reads the next `chunk` planned blobs in one
 * git process. Memory stays bounded to about two chunks however many versions the site has.
 */
export class BlobStore {
	#root: string;
	#chunk: number;
	#plan: string[] = [];
	#planIndex = new Map<string, number>();
	#cache = new Map<string, string>();
	/** Number of git processes started, for tests and benchmarks. */
	reads = 0;

	constructor(root: string, chunk = 200) {
		this.#root = root;
		this.#chunk = chunk;
	}

	plan(blobs: readonly string[]): void {
		for (const blob of blobs) {
			if (this.#planIndex.has(blob)) continue;
			this.#planIndex.set(blob, this.#plan.length);
			this.#plan.push(blob);
		}
	}

	get(blob: string): string | undefined {
		const cached = this.#cache.get(blob);
		if (cached !== undefined) return cached;
		const start = this.#planIndex.get(blob);
		const wanted =
			start === undefined
				? [blob]
				: this.#plan
						.slice(start, start + this.#chunk)
						.filter((sha) => !this.#cache.has(sha));
		this.reads += 1;
		const read = readBlobs(this.#root, wanted);
		// Keep the previous chunk as well: consecutive pages share blobs across a chunk border.
		if (this.#cache.size > this.#chunk * 2) {
			const drop = this.#cache.size - this.#chunk;
			let index = 0;
			for (const key of this.#cache.keys()) {
				if (index++ >= drop) break;
				this.#cache.delete(key);
			}
		}
		for (const [sha, text] of read) this.#cache.set(sha, text);
		return read.get(blob);
	}
}
