/** The personal-data guard over everything of a file the site publishes (issue 25, finding 2). */
import { describe, expect, test } from 'vitest';
import { guardPersonalData } from '../../src/lib/content/guard.ts';
import { parsePosition } from '../../src/lib/content/parse-file.ts';

const FILE = 'content/positions/teenuste-osakond/peaspetsialist.md';

function position(frontmatter: string, body = '## Tööülesanded\n\n### 3.1. Teeb tööd\n\n- Töö on tehtud\n\n## Õigused\n\n- Õigus\n\n## Vastutus\n\n- Vastutus\n'): string {
	return `---\ntitle: Peaspetsialist\nunit: teenuste-osakond\nmanager: juhataja\n${frontmatter}---\n\n${body}`;
}

function guard(text: string, file = FILE) {
	return guardPersonalData(file, text, 'positions', parsePosition(text, file, 'peaspetsialist'));
}

describe('guardPersonalData', () => {
	test('a code folded over two source lines is found in the decoded value', () => {
		const problems = guard(position('purpose: >-\n  Kontakt 37605\n  030299\n'));
		expect(problems.map((problem) => [problem.line, problem.field])).toEqual([[5, 'purpose']]);
	});

	test('a code split by Markdown emphasis is found in the decoded body', () => {
		const problems = guard(position('purpose: Eesmärk.\n', '## Tööülesanded\n\n### 3.1. Teeb tööd\n\n- Kood 3760**5030**299\n\n## Õigused\n\n- Õigus\n\n## Vastutus\n\n- Vastutus\n'));
		expect(problems.map((problem) => problem.field)).toEqual(['Tööülesanded']);
	});

	test('a YAML escape in a quoted value is decoded', () => {
		const problems = guard(position('purpose: "Kood \\x337605030299"\n'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 5, field: 'isikuandmed' });
	});

	test('a file named after a code or a phone number is refused', () => {
		const text = position('purpose: Eesmärk.\n');
		for (const file of ['content/positions/teenuste-osakond/37605030299.md', 'content/positions/x/mari-5123-4567.md']) {
			expect(guardPersonalData(file, text, 'positions').map((problem) => problem.message)).toEqual([
				expect.stringContaining('faili või kausta nimes'),
			]);
		}
	});

	test('the same data found in the source and in the value is reported once', () => {
		expect(guard(position('purpose: Kood 37605030299.\n'))).toHaveLength(1);
	});
});
