import { describe, expect, test } from 'vitest';
import { escapeXml, renderAtom, rfc3339 } from '../../src/lib/lifecycle/atom.ts';

const feed = renderAtom({
	id: 'https://ametijuhendid.ska.ee/muudatused/',
	title: 'Muudatused & <uudised>',
	self: 'https://ametijuhendid.ska.ee/muudatused.xml',
	alternate: 'https://ametijuhendid.ska.ee/muudatused/',
	updated: '2026-02-02T09:30:00+02:00',
	author: 'Sotsiaalkindlustusamet',
	entries: [
		{
			id: 'https://ametijuhendid.ska.ee/ametikohad/x/ajalugu/#abc',
			title: 'Peaspetsialist: muudetud',
			updated: '2026-02-02T09:30:00+02:00',
			link: 'https://ametijuhendid.ska.ee/ametikohad/x/ajalugu/a-b/',
			summary: 'Täienda "tööülesandeid"',
			categories: ['Teenuste osakond'],
		},
	],
});

describe('Atom feed', () => {
	test('has the elements RFC 4287 requires of a feed and of each entry', () => {
		expect(
			feed.startsWith(
				'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"',
			),
		).toBe(true);
		const head = feed.slice(0, feed.indexOf('<entry>'));
		for (const element of [
			'<id>',
			'<title>',
			'<updated>',
			'<author><name>',
			'<link rel="self"',
			'<link rel="alternate"',
		])
			expect(head).toContain(element);
		const entry = feed.slice(feed.indexOf('<entry>'), feed.indexOf('</entry>'));
		for (const element of ['<id>', '<title>', '<updated>', '<link rel="alternate"'])
			expect(entry).toContain(element);
	});

	test('dates are RFC 3339 in UTC and text is escaped', () => {
		expect(feed).toContain('<updated>2026-02-02T07:30:00Z</updated>');
		expect(feed).toContain('<title>Muudatused &amp; &lt;uudised&gt;</title>');
		expect(feed).toContain('<summary>Täienda &quot;tööülesandeid&quot;</summary>');
		expect(rfc3339('2026-11-22')).toBe('2026-11-22T00:00:00Z');
	});

	test('every opened element is closed (well-formed)', () => {
		const stack: string[] = [];
		for (const [, closing, name, selfClosing] of feed.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
			if (selfClosing) continue;
			if (closing) expect(stack.pop()).toBe(name);
			else stack.push(name);
		}
		expect(stack).toEqual([]);
	});

	test('drops characters XML does not allow', () => {
		expect(escapeXml('a\u0001b')).toBe('ab');
	});
});
