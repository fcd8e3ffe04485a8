/** Lifecycle data for pages: read from git once per build and shared by every page. */
import type { Position } from '../../../schemas/position.ts';
import { parsePosition } from '../content/parse-file.ts';
import { redactPersonalData, redactValue } from '../content/personal-data.ts';
import type { Model } from '../content/model.ts';
import { buildChangeLog, type ChangeEntry, type ChangeLog } from './changes.ts';
import { diffPositions, modelNames, type PositionDiff } from './diff.ts';
import { jsonTextPieces } from './json-text.ts';
import {
	BlobStore,
	readPositionHistories,
	type PositionHistories,
	type Version,
} from './history.ts';
import { renderAtom } from './atom.ts';
import type { OpenDataContext } from './open-data.ts';
import { CHANGE_LABELS } from './versions.ts';

let histories: PositionHistories | undefined;
let blobs: BlobStore | undefined;
let changeLog: ChangeLog | undefined;

/** All position histories, from one `git log` per build. */
export function getPositionHistories(): PositionHistories {
	histories ??= readPositionHistories(process.cwd());
	return histories;
}

export function getBlobStore(): BlobStore {
	blobs ??= new BlobStore(process.cwd());
	return blobs;
}

/** Versions of a position, newest first; empty without history. */
export function versionsOf(id: string): readonly Version[] {
	return getPositionHistories().byId.get(id) ?? [];
}

/**
 * Whether the position has a history page: at least one version git recorded for it, not only the
 * boundary of a shallow clone. Without one the position page says so itself and links nowhere, so the
 * page is not built (5,000 pages saying "not available" in a copy without git).
 */
export function hasHistoryPage(id: string): boolean {
	const versions = versionsOf(id);
	return versions.length > 0 && !versions.every((version) => version.boundary);
}

export function getChangeLog(model: Model): ChangeLog {
	changeLog ??= buildChangeLog(model, getPositionHistories());
	return changeLog;
}

export interface LoadedVersion {
	/** The file text, when git still has it. */
	text?: string;
	/** The parsed position, when that version parses with today's parser and schema. */
	position?: Position;
}

// The current version takes part in every "against the current one" comparison: keep a few parsed.
const parsed = new Map<string, LoadedVersion>();

/**
 * A version of a position as the history pages show it. Personal data that an earlier version held
 * (and a later commit removed) is redacted in its text and, because a value can span source lines or
 * be escaped, in every parsed field as well.
 */
export function loadVersion(
	id: string,
	version: Version,
	store: BlobStore = getBlobStore(),
): LoadedVersion {
	const cached = parsed.get(version.blob);
	if (cached) return cached;
	const raw = store.get(version.blob);
	const text = raw === undefined ? undefined : redactPersonalData(raw);
	const result: LoadedVersion = { text };
	if (text !== undefined) {
		const position = parsePosition(text, version.path, id).value;
		result.position = position && redactValue(position);
	}
	if (parsed.size >= 32) parsed.delete(parsed.keys().next().value!);
	parsed.set(version.blob, result);
	return result;
}

export interface VersionComparison {
	before: LoadedVersion;
	after: LoadedVersion;
	/** Undefined when either version could not be read or parsed. */
	diff?: PositionDiff;
}

export function compareVersions(
	model: Model,
	id: string,
	from: Version,
	to: Version,
): VersionComparison {
	const before = loadVersion(id, from);
	const after = loadVersion(id, to);
	const diff =
		before.position && after.position
			? diffPositions(before.position, after.position, modelNames(model))
			: undefined;
	return { before, after, diff };
}

/** Recent changes shown on a page or in a feed. */
export const RECENT_LIMIT = 200;
export const FEED_LIMIT = 50;

/**
 * Stands for the site's origin in entry ids when the build has no SITE_URL: a tag URI (RFC 4151) is
 * absolute, as Atom requires of an id, without naming a host the build does not know.
 */
export const FEED_ID_BASE = 'tag:sotsiaalkindlustusamet.ee,2026:';

/**
 * Atom feed of changes, for the whole agency or one unit. With `site` (SITE_URL) every link is
 * absolute; without it links are root-relative, which a feed reader resolves against the address it
 * fetched the feed from (RFC 4287 §3.3 via RFC 3986), instead of pointing at a localhost.
 */
export function changesFeed(options: {
	site: URL | undefined;
	path: string;
	page: string;
	title: string;
	entries: readonly ChangeEntry[];
	unitName: (entry: ChangeEntry) => string | undefined;
	/** What the change was, in Estonian (change-summary.ts). */
	describe: (entry: ChangeEntry) => string | undefined;
	fallbackUpdated: string;
}): string {
	const { site } = options;
	const link = (path: string) => (site ? new URL(path, site).href : path);
	const id = (path: string) => (site ? new URL(path, site).href : `${FEED_ID_BASE}${path}`);
	const entries = options.entries.slice(0, FEED_LIMIT);
	return renderAtom({
		id: id(options.page),
		title: options.title,
		subtitle: 'Sotsiaalkindlustusameti ametijuhendite muudatused',
		self: link(options.path),
		alternate: link(options.page),
		updated: entries[0]?.version.dateTime ?? `${options.fallbackUpdated}T00:00:00Z`,
		author: 'Sotsiaalkindlustusamet',
		entries: entries.map((entry) => {
			const unit = options.unitName(entry);
			const note = entry.version.note && `Selgitus: ${entry.version.note}`;
			return {
				// The position's history page plus the commit: unique per change and stable across builds.
				id: `${id(`/ametikohad/${entry.position.id}/ajalugu/`)}#${entry.version.commit}`,
				title: `${entry.position.title}: ${CHANGE_LABELS[entry.version.change]}`,
				updated: entry.version.dateTime,
				link: link(entry.href),
				summary: [options.describe(entry), note, unit].filter(Boolean).join(' · '),
				categories: unit ? [unit] : [],
			};
		}),
	});
}

/** Inputs of the open data files: the model, the build date and last change dates from git. */
export function openDataContext(model: Model, generated: string): OpenDataContext {
	return { model, generated, lastChanged: (id) => versionsOf(id)[0]?.date };
}

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

/** JSON response for a static endpoint: keys in the order the builders write them, tab indent, final newline. */
export function jsonResponse(data: unknown): Response {
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, { headers: JSON_HEADERS });
}

/** jsonResponse's text for a file with one large array, sent in UTF-8 pieces (json-text.ts). */
export function largeJsonResponse<T extends object>(data: T, arrayKey: keyof T & string): Response {
	const pieces = jsonTextPieces(data, arrayKey);
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			const next = pieces.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value));
		},
	});
	return new Response(body, { headers: JSON_HEADERS });
}
