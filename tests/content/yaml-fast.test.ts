import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { lazyLocator, parseYamlSource, readYamlFast, topLevelKeys } from '../../src/lib/content/yaml-source.ts';
import { generateCorpus } from '../../src/lib/generate/corpus.ts';
import { buildPools } from '../../src/lib/generate/pools.ts';
import { projectRoot } from '../helpers.ts';

/** The YAML of a content file as the parser sees it: frontmatter from the newline after '---', or the whole file. */
function yamlOf(text: string): string {
	if (!text.startsWith('---')) return text;
	const end = text.indexOf('\n---\n', 3);
	return text.slice(3, end === -1 ? undefined : end + 1);
}

function contentFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(md|yaml)$/.test(entry.name) && entry.name !== 'README.md')
		.map((entry) => join(entry.parentPath, entry.name));
}

const samples = [
	...[join(projectRoot, 'content'), join(projectRoot, 'tests/fixtures')].flatMap(contentFiles).map((file) => ({ name: file, yaml: yamlOf(readFileSync(file, 'utf8')) })),
	...generateCorpus({ count: 300, seed: 11, pools: buildPools(projectRoot) }).files.map((file) => ({ name: file.path, yaml: yamlOf(file.text) })),
];

describe('the fast YAML reader', () => {
	test('reads every real, fixture and generated file to the same value as the full parser, or declines', () => {
		let fast = 0;
		for (const { name, yaml } of samples) {
			const value = readYamlFast(yaml);
			if (value === undefined) continue;
			fast += 1;
			const full = parseYamlSource(yaml, 1);
			expect(full.errors, name).toEqual([]);
			expect(value, name).toEqual(full.data);
		}
		// The point is speed: ordinary files must take the fast path.
		expect(fast / samples.length).toBeGreaterThan(0.9);
	});

	test('declines or agrees on fuzzed YAML: never accepts what the full parser rejects, never reads it differently', () => {
		const tokens = [
			'title', 'unit', ':', ': ', '\n', '\n  ', '  - ', '- ', '[', ']', ', ', '{', '}', '"', "'", 'a', 'õ', '2026-02-30', '12',
			'0x1F', '1_000', 'yes', 'null', '~', 'true', '# c', '|', '>-', '|+1', '\t', '&a ', '*a', '!!str ', '? ', '---', '...',
			'%YAML 1.2\n', '<<: ', '.inf', '0o7', '07', '+1', '1e3', '1e400', '=', '\\', '@', '`', '"\\t"', "'a''b'", '|\n  x\n', '-', '?',
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 30 }), (parts) => {
				const yaml = parts.join('');
				const value = readYamlFast(yaml);
				if (value === undefined) return;
				const full = parseYamlSource(yaml, 1);
				expect(full.errors).toEqual([]);
				expect(value).toEqual(full.data);
			}),
			{ seed: 20261122, numRuns: 20_000 },
		);
	});

	test('the lazy locator finds every top-level field where the full parser does', () => {
		let checked = 0;
		let listItems = 0;
		let flowItems = 0;
		for (const { name, yaml } of samples) {
			const doc = parseDocument(yaml);
			if (!isMap(doc.contents)) continue;
			const full = parseYamlSource(yaml, 1);
			const lazy = lazyLocator(yaml, 1, topLevelKeys(readYamlFast(yaml)));
			expect(lazy(['noSuchField']), name).toEqual(full.locate(['noSuchField']));
			for (const pair of doc.contents.items) {
				if (!isScalar(pair.key)) continue;
				const key = String(pair.key.value);
				expect(lazy([key]), `${name} ${key}`).toEqual(full.locate([key]));
				expect(lazy([key], { key: true }), `${name} ${key}`).toEqual(full.locate([key], { key: true }));
				checked += 1;
			}
			expect(lazy(['competencies', 'core', 0, 'name']), name).toEqual(full.locate(['competencies', 'core', 0, 'name']));
			expect(lazy(['substitutes', 1]), name).toEqual(full.locate(['substitutes', 1]));
			for (const pair of doc.contents.items) {
				if (!isScalar(pair.key) || !isSeq(pair.value)) continue;
				for (let index = 0; index <= pair.value.items.length; index++) {
					const path = [String(pair.key.value), index];
					expect(lazy(path), `${name} ${path.join('.')}`).toEqual(full.locate(path));
					listItems += 1;
					if (pair.value.flow) flowItems += 1;
				}
			}
		}
		expect(checked).toBeGreaterThan(3000);
		expect(listItems).toBeGreaterThan(1000);
		// The generator writes most substitute lists in flow style (`substitutes: [a, b]`).
		expect(flowItems).toBeGreaterThan(200);
	}, 60_000); // every sample through both parsers: about 5 s alone, far more beside the whole suite

	test('the lazy locator finds items of one-line flow lists where the full parser does, whatever the spacing', () => {
		const item = fc.stringMatching(/^[a-zõäöü0-9][a-zõäöü0-9_.-]{0,12}$/);
		const gap = fc.constantFrom('', ' ', '  ');
		fc.assert(
			fc.property(fc.array(fc.tuple(item, gap, gap), { maxLength: 5 }), gap, gap, fc.constantFrom('', '\nstatus: kehtiv'), (items, open, close, after) => {
				const list = items.map(([value, before, between], index) => `${index === 0 ? '' : `,${between}`}${before}${value}`).join('');
				const yaml = `title: Nõunik\nsubstitutes:${open || ' '}[${open}${list}${close}]${close}${after}\n`;
				const full = parseYamlSource(yaml, 3);
				if (full.errors.length > 0) return;
				const lazy = lazyLocator(yaml, 3, topLevelKeys(readYamlFast(yaml)));
				for (let index = 0; index <= items.length; index++) expect(lazy(['substitutes', index]), yaml).toEqual(full.locate(['substitutes', index]));
			}),
			{ seed: 20261123, numRuns: 2_000 },
		);
	});
});
