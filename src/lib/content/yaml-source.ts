import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { messages } from './messages.ts';
import type { Location } from './problems.ts';

export interface YamlError extends Location {
	message: string;
}

export interface YamlSource {
	/** Plain JS value of the document; undefined when it could not be parsed. */
	data: unknown;
	errors: YamlError[];
	/**
	 * Where a field path is written. Falls back to the closest existing ancestor, so a missing field
	 * points at the map it belongs in. `key: true` points at the key instead of the value.
	 */
	locate(path: readonly PropertyKey[], options?: { key?: boolean }): Location;
}

/**
 * Parses YAML 1.2 (core schema) with source positions. Unlike js-yaml's default schema, the core schema
 * keeps `2026-02-30` a string, so the date check in schemas/ sees what the author typed.
 * `firstLine` is the file line on which the YAML text starts.
 */
export function parseYamlSource(text: string, firstLine: number): YamlSource {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number): Location => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};

	const errors: YamlError[] = doc.errors.map((error) => {
		const location = at(error.pos[0]);
		const duplicate = error.code === 'DUPLICATE_KEY' ? /"?([^"]+)"?/.exec(text.slice(error.pos[0], error.pos[1]))?.[1] : undefined;
		const message =
			duplicate !== undefined ? messages.yamlDuplicateKey(duplicate.trim()) : messages.yamlSyntax(messages.yamlErrorDetail(error.code));
		return { ...location, message };
	});

	let data: unknown;
	if (errors.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: 50 });
		} catch (error) {
			errors.push({ ...at(0), message: messages.yamlSyntax(messages.yamlErrorDetail((error as Error).name)) });
		}
	}

	const locate = (path: readonly PropertyKey[], options: { key?: boolean } = {}): Location => {
		let node: Node | null | undefined = doc.contents as Node | null;
		let best: Location = { line: firstLine, column: 1 };
		if (node?.range) best = at(node.range[0]);
		for (const [index, segment] of path.entries()) {
			const last = index === path.length - 1;
			if (isMap(node)) {
				const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
				if (!pair) return best;
				if (last && options.key && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
				node = pair.value as Node | null;
				const anchor = (node?.range ? node : (pair.key as Node | null))?.range;
				if (anchor) best = at(anchor[0]);
			} else if (isSeq(node) && typeof segment === 'number') {
				node = node.items[segment] as Node | null;
				if (!node?.range) return best;
				best = at(node.range[0]);
			} else {
				return best;
			}
		}
		return best;
	};

	return { data, errors, locate };
}
