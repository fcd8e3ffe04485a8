/**
 * Builds the site once into a temporary directory (others may be building into dist/ at the same
 * time) and serves it on 127.0.0.1 with a free port for the tests in tests/site.
 * The server listens before the build so the build's SITE_URL is the server's own origin:
 * absolute links to the site (canonical, sitemap) then resolve to the files under test.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../helpers.ts';
import { buildsFolder } from '../../../scripts/lib/build/site-versions.ts';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin of the test server, e.g. http://127.0.0.1:41234 */
		siteUrl: string;
		/** The built site on disk. */
		siteDir: string;
	}
}

const run = promisify(execFile);

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const siteDir = await mkdtemp(join(tmpdir(), 'ska-site-test-'));
	let server: StaticServer | undefined;
	const teardown = async () => {
		await server?.close();
		await rm(siteDir, { recursive: true, force: true });
		await rm(buildsFolder(siteDir), { recursive: true, force: true });
	};
	try {
		server = await startStaticServer(siteDir);
		const started = performance.now();
		// process.execPath is the Node 24 that npm put on PATH; the system Node may be too old for Astro.
		await run(
			process.execPath,
			// npm run build's own script: Astro, then the per-position data and the search index.
			[join(projectRoot, 'scripts/build-site.ts'), '--out', siteDir],
			{
				cwd: projectRoot,
				env: {
					...process.env,
					ASTRO_TELEMETRY_DISABLED: '1',
					SITE_URL: server.url,
					NODE_ENV: 'production',
				},
				maxBuffer: 64 * 1024 * 1024,
			},
		).catch((error: { stdout?: string; stderr?: string; message: string }) => {
			const output = `${error.stdout ?? ''}\n${error.stderr ?? ''}`
				.trim()
				.split('\n')
				.slice(-60)
				.join('\n');
			throw new Error(`build failed:\n${output || error.message}`);
		});
		console.log(
			`[site] built into ${siteDir} in ${Math.round(performance.now() - started)} ms, serving at ${server.url}`,
		);
		project.provide('siteUrl', server.url);
		// The folder the build's link points to: copies of it (search-parts.test.ts) copy the site, not the link.
		project.provide('siteDir', await realpath(siteDir));
	} catch (error) {
		await teardown();
		throw error;
	}
	return teardown;
}
