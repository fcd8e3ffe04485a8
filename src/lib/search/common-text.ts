import type { Position } from '../../../schemas/position.ts';

/**
 * Wordings that most job descriptions share word for word: the agency's standard rights and
 * responsibilities, "Vahetu juhi antud muude ühekordsete ülesannete täitmine" and the like.
 *
 * Such a sentence tells one position from another no better than the page header does, so the
 * position pages keep it out of the search index: a search for one of its words would otherwise
 * list half the site in arbitrary order, every posting list it touches grows by a few thousand
 * entries, and the index build's memory (the largest of the whole build, see README "Scale") grows
 * with every indexed word. The wordings stay findable through one page that lists them
 * (/korduvad-sonastused/).
 *
 * A wording is common when at least `minShare` of the positions with a description use it and at
 * least `minPositions` do: a small site (the real content has a dozen positions) indexes everything.
 */
export const COMMON_TEXT_THRESHOLD = { minShare: 0.5, minPositions: 50 } as const;

export type CommonTextKind = 'duty' | 'result' | 'right' | 'responsibility';

export const COMMON_TEXT_KIND_LABELS: Record<CommonTextKind, string> = {
	duty: 'Tööülesanded',
	result: 'Oodatavad tulemused',
	right: 'Õigused',
	responsibility: 'Vastutus',
};

export interface CommonText {
	kind: CommonTextKind;
	/** The wording as most positions write it. */
	text: string;
	/** Positions that use it. */
	positions: number;
}

export interface CommonTexts {
	/** Positions with a description (stubs have no body): the base of the share. */
	described: number;
	/** Normalized wordings (see `normalizeWording`) by kind. */
	keys: Record<CommonTextKind, ReadonlySet<string>>;
	/** Every spelling in the content as written, and whether it is a common wording: pages look it up unnormalized. */
	spellings: Record<CommonTextKind, ReadonlyMap<string, boolean>>;
	/** For the listing page: most used first. */
	list: readonly CommonText[];
}

/** Case, spacing and the list punctuation at the end (";", ".") do not make a wording different. */
export function normalizeWording(text: string): string {
	return text
		.toLocaleLowerCase('et')
		.replace(/\s+/g, ' ')
		.replace(/[\s.;,:]+$/u, '')
		.trim();
}

function wordingsOf(position: Position): Record<CommonTextKind, readonly string[]> {
	return {
		duty: position.duties
			.map((duty) => duty.text[0])
			.filter((text): text is string => text !== undefined),
		result: position.duties.flatMap((duty) => duty.results),
		right: position.rights.items,
		responsibility: position.responsibilities.items,
	};
}

const KINDS = Object.keys(COMMON_TEXT_KIND_LABELS) as CommonTextKind[];

/** One pass over the positions: O(total wordings). */
export function findCommonTexts(
	positions: Iterable<Position>,
	threshold: { minShare: number; minPositions: number } = COMMON_TEXT_THRESHOLD,
): CommonTexts {
	const counts = new Map<
		string,
		{ kind: CommonTextKind; positions: number; spellings: Map<string, number> }
	>();
	let described = 0;
	// Wordings repeat across positions: each distinct spelling is normalized once (locale-aware lower case
	// is the costly part).
	const normalized = new Map<string, string>();
	for (const position of positions) {
		if (position.stub) continue;
		described++;
		const wordings = wordingsOf(position);
		for (const kind of KINDS) {
			const seen = new Set<string>();
			for (const text of wordings[kind]) {
				let key = normalized.get(text);
				if (key === undefined) normalized.set(text, (key = normalizeWording(text)));
				if (key === '' || seen.has(key)) continue;
				seen.add(key);
				const id = `${kind}\u0000${key}`;
				let entry = counts.get(id);
				if (!entry) counts.set(id, (entry = { kind, positions: 0, spellings: new Map() }));
				entry.positions++;
				entry.spellings.set(text, (entry.spellings.get(text) ?? 0) + 1);
			}
		}
	}
	const needed = Math.max(threshold.minPositions, Math.ceil(described * threshold.minShare));
	const keys = Object.fromEntries(KINDS.map((kind) => [kind, new Set<string>()])) as Record<
		CommonTextKind,
		Set<string>
	>;
	const spellings = Object.fromEntries(
		KINDS.map((kind) => [kind, new Map<string, boolean>()]),
	) as Record<CommonTextKind, Map<string, boolean>>;
	const list: CommonText[] = [];
	for (const [id, entry] of counts) {
		const common = entry.positions >= needed;
		for (const spelling of entry.spellings.keys()) spellings[entry.kind].set(spelling, common);
		if (!common) continue;
		keys[entry.kind].add(id.slice(id.indexOf('\u0000') + 1));
		const [text] = [...entry.spellings].reduce((best, next) =>
			next[1] > best[1] ? next : best,
		);
		list.push({ kind: entry.kind, text, positions: entry.positions });
	}
	list.sort((a, b) => b.positions - a.positions || a.text.localeCompare(b.text, 'et'));
	return { described, keys, spellings, list };
}

/**
 * Whether this wording of this kind is one of the common ones. A spelling found in the content is
 * looked up as is (every position page asks for every item: 20,000 pages normalizing each item again
 * took over a second); any other text is normalized first.
 */
export function isCommon(
	common: CommonTexts | undefined,
	kind: CommonTextKind,
	text: string,
): boolean {
	if (common === undefined || common.keys[kind].size === 0) return false;
	return common.spellings[kind].get(text) ?? common.keys[kind].has(normalizeWording(text));
}
