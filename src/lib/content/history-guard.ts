/**
 * Personal data in git history: earlier versions of position files and commit subjects, which the
 * history pages, /muudatused/ and the feeds publish. The build redacts it (lifecycle/site.ts,
 * lifecycle/history.ts); the check warns, so that HR knows it is still in the repository and how to
 * remove it for good. Versions that are the current file are the ordinary check's.
 */
import { execFileSync } from 'node:child_process';
import { readBlobs } from '../lifecycle/history.ts';
import { messages } from './messages.ts';
import { findPersonalData, type PersonalDataFinding } from './personal-data.ts';
import type { Problem } from './problems.ts';

const RECORD = '\x1e';
const FIELD = '\x1f';
const SHORT = 12;

function git(root: string, args: string[]): string {
	return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 1024 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'ignore'],
	});
}

function describeKinds(findings: readonly PersonalDataFinding[]): string {
	const kinds = [...new Set(findings.map((finding) => messages.personalDataKinds[finding.kind]))];
	return kinds.join(', ');
}

const warning = (file: string, message: string): Problem => ({ file, line: 0, column: 0, field: 'isikuandmed', message, severity: 'warning' });

/** Warnings for personal data in the history of `folder`; none without git. */
export function findPersonalDataInHistory(root: string, folder = 'content/positions'): Problem[] {
	let log: string;
	let current: Set<string>;
	try {
		log = git(root, ['log', `--format=${RECORD}%H${FIELD}%s`, '--raw', '--no-abbrev', '--no-renames', '--relative', '--', folder]);
		current = new Set(git(root, ['ls-files', '-s', '--', folder]).split('\n').map((line) => line.split(' ')[1]).filter(Boolean));
	} catch {
		return [];
	}
	const problems: Problem[] = [];
	/** Each old blob once, at the oldest commit that added it (the one to rewrite). */
	const blobs = new Map<string, { commit: string; path: string }>();
	for (const record of log.split(RECORD)) {
		if (record.trim() === '') continue;
		const [header, ...lines] = record.split('\n');
		const [commit, ...subjectParts] = header.split(FIELD);
		const changed: string[] = [];
		for (const line of lines) {
			const match = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([AMDT])\d*\t(.+)$/.exec(line);
			if (!match) continue;
			changed.push(match[3]);
			if (match[2] !== 'D' && !current.has(match[1]) && match[3].endsWith('.md')) blobs.set(match[1], { commit, path: match[3] });
		}
		const subjectFindings = findPersonalData(subjectParts.join(FIELD), 'plain');
		if (subjectFindings.length > 0 && changed.length > 0) {
			problems.push(warning(changed[0], messages.personalDataInCommitMessage(commit.slice(0, SHORT), describeKinds(subjectFindings))));
		}
	}
	const texts = readBlobs(root, [...blobs.keys()]);
	for (const [blob, { commit, path }] of blobs) {
		const text = texts.get(blob);
		if (text === undefined) continue;
		const findings = findPersonalData(text);
		if (findings.length > 0) problems.push(warning(path, messages.personalDataInHistory(commit.slice(0, SHORT), describeKinds(findings))));
	}
	return problems;
}
