/** Atom 1.0 (RFC 4287) feed text. */

export interface AtomEntry {
	/** Permanent, unique IRI of the entry. */
	id: string;
	title: string;
	/** ISO 8601 date-time with offset. */
	updated: string;
	/** Absolute URL of the page the entry is about. */
	link: string;
	summary?: string;
	/** Atom categories, e.g. the unit name. */
	categories?: readonly string[];
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	/** Absolute URL of the feed itself (rel="self"). */
	self: string;
	/** Absolute URL of the HTML page with the same list (rel="alternate"). */
	alternate: string;
	updated: string;
	/** Organisation named as the author; never a person. */
	author: string;
	entries: readonly AtomEntry[];
}

export function escapeXml(text: string): string {
	return (
		text
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			// Characters XML 1.0 does not allow at all.
			// eslint-disable-next-line no-control-regex -- removing the control characters XML forbids is the point
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
	);
}

/** Normalises a date-time to RFC 3339 in UTC ("2026-11-22T10:00:00Z"), as Atom requires. */
export function rfc3339(dateTime: string): string {
	const time = Date.parse(dateTime);
	return Number.isNaN(time) ? dateTime : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function renderAtom(feed: AtomFeed): string {
	const e = escapeXml;
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="et">',
		`\t<id>${e(feed.id)}</id>`,
		`\t<title>${e(feed.title)}</title>`,
		...(feed.subtitle ? [`\t<subtitle>${e(feed.subtitle)}</subtitle>`] : []),
		`\t<link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>`,
		`\t<link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>`,
		`\t<updated>${e(rfc3339(feed.updated))}</updated>`,
		`\t<author><name>${e(feed.author)}</name></author>`,
	];
	for (const entry of feed.entries) {
		lines.push(
			'\t<entry>',
			`\t\t<id>${e(entry.id)}</id>`,
			`\t\t<title>${e(entry.title)}</title>`,
			`\t\t<link rel="alternate" type="text/html" href="${e(entry.link)}"/>`,
			`\t\t<updated>${e(rfc3339(entry.updated))}</updated>`,
			...(entry.categories ?? []).map((term) => `\t\t<category term="${e(term)}"/>`),
			...(entry.summary ? [`\t\t<summary>${e(entry.summary)}</summary>`] : []),
			'\t</entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}
