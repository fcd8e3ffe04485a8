/**
 * The editor page's script: loads Decap CMS from the site, registers the Estonian locale, the position
 * file format (our reader and writer), the check widget and the pre-save check, then starts the CMS with
 * the generated configuration and the backend from the build settings.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import generated from '../../../schemas/editor/decap-config.json';
import type { Problem } from '../content/problems.ts';
import { checkPositionFile, describeProblem } from './checks.ts';
import { CHECKS_WIDGET, POSITION_FORMAT } from './config.ts';
import { entryToFile, fileToEntry, type EntryData } from './format.ts';
import { ESTONIAN } from './locale-et.ts';

/** The few parts of Decap's global API this script uses. */
interface ImmutableMap {
	get(key: string): unknown;
	toJS(): EntryData;
}
interface ControlProps {
	entry: ImmutableMap;
	forID: string;
	classNameWrapper: string;
}
type Element = unknown;
interface DecapGlobal {
	init(options: { config: Record<string, unknown> }): void;
	registerLocale(locale: string, phrases: unknown): void;
	registerCustomFormat(
		name: string,
		extension: string,
		format: { fromFile(text: string): EntryData; toFile(data: EntryData): string },
	): void;
	registerWidget(name: string, control: unknown, preview?: unknown): void;
	registerEventListener(listener: {
		name: 'preSave';
		handler(event: { entry: ImmutableMap }): unknown;
	}): void;
}
declare global {
	interface Window {
		CMS_MANUAL_INIT?: boolean;
		CMS?: DecapGlobal;
		h?: (
			type: string,
			props: Record<string, unknown> | null,
			...children: unknown[]
		) => Element;
		createClass?: (spec: Record<string, unknown>) => unknown;
	}
}

const remark = unified().use(remarkParse);
/** Sätteri's binding is native code; in the browser the body is parsed by remark-parse, its oracle. */
const parse = (markdown: string): Root => remark.parse(markdown);

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`${src} ei laadinud`));
		document.head.append(script);
	});
}

/** Problems of the entry as it would be saved. */
function problemsOf(entry: ImmutableMap): Problem[] {
	const data = (entry.get('data') as ImmutableMap).toJS();
	const path = entry.get('path');
	return checkPositionFile(entryToFile(data, parse), typeof path === 'string' ? path : '', parse);
}

/** Widgets showing the check; the pre-save hook hands them the result for the entry as saved. */
const checkListeners = new Set<(problems: Problem[]) => void>();

interface CheckWidget {
	props: ControlProps;
	state: { problems: Problem[] };
	setState(state: { problems: Problem[] }): void;
	listener?: (problems: Problem[]) => void;
}

/**
 * The check at the top of the form: the problems of the entry as opened, then of each save attempt.
 * (Decap re-renders a widget only when its own value changes, so it cannot follow every keystroke.)
 */
function checksWidget(cms: DecapGlobal): void {
	const h = window.h!;
	const control = window.createClass!({
		getInitialState(this: CheckWidget) {
			return { problems: problemsOf(this.props.entry) };
		},
		componentDidMount(this: CheckWidget) {
			this.listener = (problems) => this.setState({ problems });
			checkListeners.add(this.listener);
		},
		componentWillUnmount(this: CheckWidget) {
			if (this.listener) checkListeners.delete(this.listener);
		},
		render(this: CheckWidget) {
			const { problems } = this.state;
			return h(
				'div',
				{
					id: this.props.forID,
					className: this.props.classNameWrapper,
					role: 'status',
					'aria-live': 'polite',
				},
				problems.length === 0
					? 'Kontroll ei leidnud vigu.'
					: h(
							'ul',
							null,
							...problems.map((problem, index) =>
								h('li', { key: index }, describeProblem(problem)),
							),
						),
			);
		},
	});
	cms.registerWidget(CHECKS_WIDGET, control);
}

/** Runs the project's check on the entry about to be saved; errors stop the save. */
function checkBeforeSave({ entry }: { entry: ImmutableMap }): undefined {
	const problems = problemsOf(entry);
	for (const listener of checkListeners) listener(problems);
	const errors = problems.filter((problem) => problem.severity === 'error');
	if (errors.length === 0) return undefined;
	const message = errors.map(describeProblem).join(' ');
	const error = new Error(message);
	// Decap prints the error into its toast: the message alone, without "Error: ".
	error.toString = () => message;
	throw error;
}

/** The backend from the build settings; a decap-server on this origin's /api/v1 on localhost. */
function configuration(): Record<string, unknown> {
	const settings = JSON.parse(document.getElementById('toimeti-seaded')?.textContent ?? '{}') as {
		backend?: Record<string, unknown>;
	};
	return {
		...generated,
		backend: settings.backend ?? { name: 'github' },
		local_backend: { url: new URL('/api/v1', location.origin).href },
	};
}

async function start(): Promise<void> {
	window.CMS_MANUAL_INIT = true;
	const base = document.documentElement.dataset.toimeti ?? '/toimeta/decap/';
	await loadScript(`${base}decap-cms.js`);
	const cms = window.CMS!;
	cms.registerLocale('et', ESTONIAN);
	cms.registerCustomFormat(POSITION_FORMAT, 'md', {
		fromFile: (text) => fileToEntry(text, parse),
		toFile: (data) => entryToFile(data, parse),
	});
	checksWidget(cms);
	cms.registerEventListener({ name: 'preSave', handler: checkBeforeSave });
	cms.init({ config: configuration() });
}

void start();
