/**
 * Position files of hostile shapes at the size limit (issue 25, findings 3 and 4): each made from a
 * real position file, so that everything but the hostile part is valid. `refused` names the line a
 * file must be refused at; the others must check clean of errors and build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../../src/lib/content/parse-file.ts';
import { projectRoot } from '../helpers.ts';

export const HOSTILE_BASE = 'content/positions/teenuste-osakond/kvaliteedi-peaspetsialist.md';
/** Where the hostile files go: the base file's folder, so the folder rules hold. */
export const HOSTILE_FOLDER = 'content/positions/teenuste-osakond';

export interface HostileShape {
	name: string;
	text: string;
	/** 1-based line the check must name, when the file must be refused. */
	refused?: number;
}

const RESULT_ANCHOR = '- ';

function base(): string {
	return readFileSync(join(projectRoot, HOSTILE_BASE), 'utf8');
}

/** Room left under the size limit for `text` plus a margin. */
function room(text: string): number {
	return MAX_FILE_BYTES - Buffer.byteLength(text) - 1024;
}

/** The base file with `line` inserted as the first result of the first duty. */
function withResult(text: string, line: (room: number) => string): { text: string; line: number } {
	const lines = text.split('\n');
	const duty = lines.findIndex((candidate) => candidate.startsWith('### '));
	const first = lines.findIndex(
		(candidate, index) => index > duty && candidate.startsWith(RESULT_ANCHOR),
	);
	lines.splice(first, 0, line(room(text)));
	return { text: lines.join('\n'), line: first + 1 };
}

/** The base file with `extra` inserted into the frontmatter, after its first line. */
function withFrontmatter(
	text: string,
	extra: (room: number) => string,
): { text: string; line: number } {
	const [open, ...rest] = text.split('\n');
	return { text: [open, extra(room(text)), ...rest].join('\n'), line: 2 };
}

export function hostileShapes(): HostileShape[] {
	const text = base();
	const shapes: HostileShape[] = [];
	const add = (name: string, made: { text: string; line: number }, refused = false) =>
		shapes.push({ name, text: made.text, refused: refused ? made.line : undefined });

	// 6,000 blank lines made the YAML pre-check cubic; here as many as the limit allows.
	add(
		'blank-frontmatter',
		withFrontmatter(text, (size) => '\n'.repeat(size - 1)),
	);
	add(
		'spaces-frontmatter',
		withFrontmatter(text, (size) => `${' '.repeat(size - 2)}\n`),
	);
	add(
		'long-purpose',
		withFrontmatter(text, (size) => `# ${'sõna '.repeat(Math.floor(size / 6))}`),
	);
	// One line as long as the limit allows, of words, of one word, of digit groups, of spaces.
	add(
		'long-line-words',
		withResult(text, (size) => `- ${'tulemus '.repeat(Math.floor(size / 8))}`),
	);
	add(
		'long-line-word',
		withResult(text, (size) => `- ${'a'.repeat(size)}`),
	);
	add(
		'long-line-digits',
		withResult(text, (size) => `- ${'12 '.repeat(Math.floor(size / 3))}`),
	);
	add(
		'long-line-spaces',
		withResult(text, (size) => `- a${' '.repeat(size)}b`),
	);
	// A long word before '@' made the e-mail pattern quadratic; and many '@' in a row.
	add(
		'long-word-at',
		withResult(text, (size) => `- ${'a'.repeat(size)}@`),
	);
	add(
		'many-at',
		withResult(text, (size) => `- ${'a@'.repeat(Math.floor(size / 2))}`),
	);
	add(
		'many-markers',
		withResult(text, (size) => `- ${'[at] '.repeat(Math.floor(size / 5))}`),
	);
	add(
		'long-signature-tail',
		withResult(text, (size) => `- Allkirjastatud digitaalselt${' '.repeat(size)}x`),
	);
	// Nesting: list markers, quotes and emphasis deep enough to overflow a recursive walk.
	add(
		'deep-list',
		withResult(text, (size) => `- ${'- '.repeat(Math.floor(size / 2))}x`),
		true,
	);
	add(
		'deep-list-2000',
		withResult(text, () => `- ${'- '.repeat(2000)}x`),
		true,
	);
	add(
		'deep-quote',
		withResult(text, (size) => `- ${'> '.repeat(Math.floor(size / 2))}x`),
		true,
	);
	add(
		'deep-emphasis',
		withResult(
			text,
			(size) => `- ${'*'.repeat(Math.floor(size / 2))}x${'*'.repeat(Math.floor(size / 2))}`,
		),
		true,
	);
	add(
		'deep-flow-yaml',
		withFrontmatter(text, (size) => `nested: ${'['.repeat(size)}`),
		true,
	);
	return shapes;
}
