/**
 * The W3C Nu HTML checker (the npm package vnu-jar ships its vnu.jar) run with `java -jar` against
 * pages served over HTTP, so it sees what a browser gets. Java 17 or later must be on PATH
 * (.ci/run installs it on a fresh machine).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** vnu-jar's main export is the jar's path (a String object). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

export interface NuMessage {
	url: string;
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	message: string;
	lastLine?: number;
	extract?: string;
}

/** The checker's errors for every URL, checked in one Java process (starting Java takes a second). */
export async function nuErrors(urls: readonly string[]): Promise<NuMessage[]> {
	const { stdout, stderr } = await run(
		'java',
		[
			// The checker refuses private and loopback hosts unless told otherwise; the test server is on 127.0.0.1.
			'-Dnu.validator.servlet.allow-forbidden-hosts=true',
			'-jar',
			VNU_JAR,
			'--errors-only',
			'--format',
			'json',
			'--stdout',
			...urls,
		],
		{ maxBuffer: 64 * 1024 * 1024 },
	).catch((error: { stdout?: string; stderr?: string; code?: number; message: string }) => {
		// The checker exits 1 when it found errors; its report is still on stdout.
		if (error.code === 1 && error.stdout)
			return { stdout: error.stdout, stderr: error.stderr ?? '' };
		throw new Error(`vnu.jar failed: ${error.stderr || error.message}`);
	});
	const report = JSON.parse(stdout || stderr) as { messages: NuMessage[] };
	return report.messages.filter((message) => message.type !== 'info');
}
