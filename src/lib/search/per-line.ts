/**
 * A function of one line of text, remembered per distinct line: the pages of job descriptions share
 * most of their lines (competencies, boilerplate duties), so the search terms analyse each line once.
 */

/** Distinct lines remembered; far above one site's, it only bounds memory (the memo starts over). */
const LIMIT = 500_000;

export function perLine<T>(of: (line: string) => T): (line: string) => T {
	const memo = new Map<string, T>();
	return (line) => {
		let value = memo.get(line);
		if (value === undefined && !memo.has(line)) {
			value = of(line);
			if (memo.size >= LIMIT) memo.clear();
			memo.set(line, value);
		}
		return value as T;
	};
}

/**
 * A text's lines; a text given as its lines is taken as it is, so that the per-line memos of one page look up
 * the same string objects, whose hash V8 computes once.
 */
export const linesOf = (text: string | readonly string[]): readonly string[] =>
	typeof text === 'string' ? text.split('\n') : text;
