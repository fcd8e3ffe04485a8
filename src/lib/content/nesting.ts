/**
 * Nesting depth, measured line by line before any parser or recursive walk sees the text (issue 25,
 * finding 4): about 2,000 list markers in one line overflowed the stack of every walk over the syntax
 * tree, and far more made the Markdown parser itself slow. A job description nests two or three
 * levels; anything past MAX_NESTING is refused with its line.
 */

/** Deepest nesting accepted, in Markdown containers, emphasis runs or YAML collections. */
export const MAX_NESTING = 32;

export interface DeepLine {
	/** 1-based line within the text. */
	line: number;
	depth: number;
}

const isSpace = (character: string | undefined) => character === ' ' || character === '\t';
const isDigit = (character: string | undefined) => character !== undefined && character >= '0' && character <= '9';

/** Markdown containers opened at the start of a line: `>`, `-`/`*`/`+` list markers, `1.`/`1)`. */
function markdownContainers(line: string): number {
	let depth = 0;
	let index = 0;
	for (;;) {
		while (isSpace(line[index])) index += 1;
		const character = line[index];
		if (character === '>') {
			depth += 1;
			index += 1;
			continue;
		}
		if ((character === '-' || character === '*' || character === '+') && (isSpace(line[index + 1]) || index + 1 === line.length)) {
			depth += 1;
			index += 1;
			continue;
		}
		let digits = index;
		while (isDigit(line[digits]) && digits - index < 9) digits += 1;
		if (digits > index && (line[digits] === '.' || line[digits] === ')') && (isSpace(line[digits + 1]) || digits + 1 === line.length)) {
			depth += 1;
			index = digits + 1;
			continue;
		}
		return depth;
	}
}

/** The longest run of one emphasis character (`*`, `_`, `~`): each pair can open a nested element. */
function longestEmphasisRun(line: string): number {
	let longest = 0;
	let run = 0;
	for (let index = 0; index < line.length; index += 1) {
		const character = line[index];
		run = (character === '*' || character === '_' || character === '~') && line[index - 1] === character ? run + 1 : character === '*' || character === '_' || character === '~' ? 1 : 0;
		if (run > longest) longest = run;
	}
	return longest;
}

/**
 * A run of emphasis characters long enough to nest deeper than MAX_NESTING (2 × 33). Without one, a
 * line's emphasis depth is at most MAX_NESTING, which can neither make it too deep nor, when its
 * containers already are, change its depth: the scan then skips counting runs.
 */
const DEEP_EMPHASIS = new RegExp(
	['*', '_', '~'].map((mark) => `\\${mark}{${2 * (MAX_NESTING + 1)}}`).join('|'),
);

/** The first line of Markdown nested deeper than MAX_NESTING. */
export function findDeepMarkdown(markdown: string): DeepLine | undefined {
	const lines = markdown.split('\n');
	const mayHaveDeepEmphasis = DEEP_EMPHASIS.test(markdown);
	for (const [index, line] of lines.entries()) {
		const containers = markdownContainers(line);
		// A line of only emphasis characters is a thematic break, not nesting.
		const emphasis =
			mayHaveDeepEmphasis && /[^\s*_~]/.test(line) ? Math.floor(longestEmphasisRun(line) / 2) : 0;
		const depth = Math.max(containers, emphasis);
		if (depth > MAX_NESTING) return { line: index + 1, depth };
	}
	return undefined;
}

/** Whether a quote at `index` opens a quoted scalar: first on its line or after `:`, `-`, `,`, `[`, `{`, `?`. */
function startsScalar(yaml: string, index: number): boolean {
	let before = index - 1;
	while (isSpace(yaml[before])) before -= 1;
	return before < 0 || [':', '-', ',', '[', '{', '?', '\n'].includes(yaml[before]);
}

/**
 * The first line of YAML nested deeper than MAX_NESTING: block sequence markers at the start of a
 * line (`- - - x`), and flow brackets (`[[[`) counted over the whole text outside quotes.
 */
export function findDeepYaml(yaml: string): DeepLine | undefined {
	if (!mayNestDeep(yaml)) return undefined;
	let flow = 0;
	let line = 1;
	let lineStart = true;
	let blockDepth = 0;
	let quote: string | undefined;
	for (let index = 0; index < yaml.length; index += 1) {
		const character = yaml[index];
		if (character === '\n') {
			line += 1;
			lineStart = true;
			blockDepth = 0;
			continue;
		}
		if (quote !== undefined) {
			if (character === quote) quote = undefined;
			else if (character === '\\' && quote === '"') index += 1;
			continue;
		}
		if (lineStart) {
			if (character === ' ') continue;
			if ((character === '-' || character === '?') && (isSpace(yaml[index + 1]) || yaml[index + 1] === '\n')) {
				blockDepth += 1;
				if (blockDepth > MAX_NESTING) return { line, depth: blockDepth };
				continue;
			}
			lineStart = false;
		}
		if (character === '#' && (index === 0 || isSpace(yaml[index - 1]))) {
			// A comment runs to the end of the line.
			const end = yaml.indexOf('\n', index);
			index = (end < 0 ? yaml.length : end) - 1;
			continue;
		}
		if ((character === '"' || character === "'") && startsScalar(yaml, index)) quote = character;
		else if (character === '[' || character === '{') {
			flow += 1;
			if (flow > MAX_NESTING) return { line, depth: flow };
		} else if ((character === ']' || character === '}') && flow > 0) flow -= 1;
	}
	return undefined;
}

/**
 * A line that starts with 33 block markers (each `-` or `?` and a space) has 65 of those characters
 * first; flow nesting past MAX_NESTING needs more than that many `[` or `{`.
 */
const DEEP_BLOCK = new RegExp(`^[ \\t?-]{${2 * MAX_NESTING + 1}}`, 'm');

/** Whether findDeepYaml's scan can find anything: most files have neither, and the scan is per character. */
function mayNestDeep(yaml: string): boolean {
	if (DEEP_BLOCK.test(yaml)) return true;
	let brackets = 0;
	OPENING_BRACKET.lastIndex = 0;
	while (OPENING_BRACKET.exec(yaml) !== null) if (++brackets > MAX_NESTING) return true;
	return false;
}

const OPENING_BRACKET = /[[{]/g;
