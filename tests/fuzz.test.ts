/**
 * Property-based robustness test: thousands of mutations of the real position files (truncation,
 * deleted lines, swapped characters, injected YAML and Markdown syntax, huge lines, deep nesting,
 * invalid bytes). The parser and validator must never throw and must always return located errors.
 * Fixed seed and bounded time, so CI is repeatable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeContent, MAX_FILE_BYTES, parsePosition } from '../src/lib/content/parse-file.ts';
import { findPersonalData } from '../src/lib/content/personal-data.ts';
import { projectRoot } from './helpers.ts';

const FILES = [
	'teenuste-osakond/kvaliteedi-peaspetsialist.md',
	'oiguse-ja-jarelevalve-osakond/jarelevalve-juhtivspetsialist.md',
	'finants-ja-haldusosakond/haldusspetsialist.md',
	'arendusosakond/peaspetsialist-kasutaja-tugi.md',
	'ohvriabi-osakond/ekspert-kvaliteet-ja-seire.md',
	'teenuste-osakond/ekspertiisitalituse-juhataja.md',
].map((file) => readFileSync(join(projectRoot, 'content/positions', file), 'utf8'));

const SNIPPETS = [
	'---',
	'...',
	': ',
	'- ',
	'? ',
	'#',
	'## Tööülesanded',
	'### 3.1.',
	'#### 9.9.9.',
	'## Õigused',
	'[',
	']',
	'{',
	'}',
	'&anchor ',
	'*anchor',
	'<<: *anchor',
	'!!binary',
	'!!js/function "x"',
	'"',
	"'",
	'|',
	'>',
	'\t',
	'```',
	'    code',
	'> tsitaat',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'[link](javascript:alert(1))',
	'title: [a, b]',
	'unit: 2026-02-30',
	'stub: ~',
	'substitutedBy: {a: 1}',
	'\u0000',
	'\uFEFF',
	'\uF0A7',
	'1. ',
	'* * *',
	'| a | b |',
];

type Mutation = (text: string) => string;

const lineAt = (text: string, index: number) => {
	const lines = text.split('\n');
	return { lines, at: index % Math.max(lines.length, 1) };
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.nat().map(
		(n): Mutation =>
			(text) =>
				text.slice(0, n % (text.length + 1)),
	),
	fc.nat().map((n): Mutation => (text) => {
		const { lines, at } = lineAt(text, n);
		lines.splice(at, 1);
		return lines.join('\n');
	}),
	fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
		if (text.length < 2) return text;
		const chars = [...text];
		const i = a % chars.length;
		const j = b % chars.length;
		[chars[i], chars[j]] = [chars[j], chars[i]];
		return chars.join('');
	}),
	fc
		.tuple(fc.nat(), fc.constantFrom(...SNIPPETS), fc.boolean())
		.map(([n, snippet, ownLine]): Mutation => (text) => {
			const { lines, at } = lineAt(text, n);
			if (ownLine) lines.splice(at, 0, snippet);
			else lines[at] = `${lines[at] ?? ''}${snippet}`;
			return lines.join('\n');
		}),
	fc
		.tuple(fc.nat(), fc.integer({ min: 1_000, max: 60_000 }))
		.map(([n, size]): Mutation => (text) => {
			const { lines, at } = lineAt(text, n);
			lines.splice(at, 0, 'ülesanne '.repeat(Math.ceil(size / 9)));
			return lines.join('\n');
		}),
	fc
		.tuple(
			fc.nat(),
			fc.integer({ min: 10, max: 3_000 }),
			fc.constantFrom('[', '{', '- ', '> ', '  - a:\n', '* '),
		)
		.map(([n, depth, token]): Mutation => (text) => {
			const { lines, at } = lineAt(text, n);
			lines.splice(at, 0, token.repeat(depth));
			return lines.join('\n');
		}),
);

function assertLocated(text: string) {
	const lineCount = text.split('\n').length;
	const result = parsePosition(text, 'content/positions/x/fuzz.md', 'fuzz');
	for (const problem of result.problems) {
		expect(problem.message.length).toBeGreaterThan(0);
		expect(problem.line).toBeGreaterThanOrEqual(0);
		expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
	}
	if (result.value === undefined)
		expect(result.problems.some((problem) => problem.severity === 'error')).toBe(true);
	findPersonalData(text);
}

describe('parser robustness', () => {
	test('mutated position files never throw and always give located errors', () => {
		const details = fc.check(
			fc.property(
				fc.constantFrom(...FILES),
				fc.array(mutation, { minLength: 1, maxLength: 6 }),
				(base, mutations) => {
					const text = mutations.reduce((current, mutate) => mutate(current), base);
					assertLocated(text);
				},
			),
			// Bounded for CI on a shared 2-core machine; at least 200 runs must complete in that time (about 2,000 on an idle machine).
			{ seed: 20261122, numRuns: 2_000, interruptAfterTimeLimit: 25_000 },
		);
		expect(
			details.failed,
			`${String(details.errorInstance)}\n${fc.defaultReportMessage(details) ?? ''}`,
		).toBe(false);
		expect(details.numRuns).toBeGreaterThanOrEqual(200);
		console.info(`fuzz: ${details.numRuns} mutated files parsed`);
	}, 60_000);

	test('random bytes are decoded or rejected with a message, never thrown', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
				const { text, problem } = decodeContent(bytes, 'content/positions/x/bytes.md');
				expect(text !== undefined || problem !== undefined).toBe(true);
				if (text !== undefined) assertLocated(text);
			}),
			{ seed: 7, numRuns: 1_000 },
		);
	});

	test('files over the size limit are rejected before parsing', () => {
		const { problem } = decodeContent(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), 'big.md');
		expect(problem?.message).toMatch(/^fail on liiga suur/);
	});
});
