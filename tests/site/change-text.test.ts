/**
 * Commit messages are not content (src/lib/lifecycle/change-summary.ts): no commit subject of the
 * positions' history appears in any built page or feed, and every feed entry says what changed in
 * Estonian.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { listFiles } from './support/site.ts';

const siteDir = inject('siteDir');
const texts = listFiles(siteDir)
	.filter((file) => file.endsWith('.html') || file.endsWith('.xml'))
	.map((file) => ({ file, text: readFileSync(join(siteDir, file), 'utf8') }));

// Subjects long enough not to occur in content by chance ("Update x.md" is 11 characters).
const subjects = [
	...new Set(
		execFileSync('git', ['log', '--format=%s', '--', 'content/positions'], { encoding: 'utf8' })
			.split('\n')
			.map((subject) => subject.trim())
			.filter((subject) => subject.length >= 20),
	),
];

describe('change descriptions', () => {
	test('no commit subject appears in a page or a feed', () => {
		expect(subjects.length).toBeGreaterThan(0);
		const found = subjects.flatMap((subject) => {
			const escaped = subject
				.replace(/&/g, '&amp;')
				.replace(/</g, '&lt;')
				.replace(/>/g, '&gt;');
			return texts
				.filter(({ text }) => text.includes(subject) || text.includes(escaped))
				.map(({ file }) => `${file}: ${subject}`);
		});
		expect(found).toEqual([]);
	});

	test('every feed entry summarises its change in Estonian', () => {
		const feed = texts.find(({ file }) => file === 'muudatused.xml')!.text;
		const summaries = [...feed.matchAll(/<summary>([^<]*)<\/summary>/g)].map(
			(match) => match[1],
		);
		expect(summaries.length).toBe([...feed.matchAll(/<entry>/g)].length);
		for (const summary of summaries)
			expect(summary).toMatch(
				/^(Ametijuhend lisatud|Lisatud|Muudetud|Eemaldatud|Ümber nummerdatud|Kinnitatud|Sisulisi muudatusi ei ole|Muudatuse sisu ei saa)/,
			);
	});
});
