/**
 * The editor against a real local backend: a copy of the repository's content in a temporary folder,
 * decap-server (the CMS's local backend, file-system mode) on a free port over it, and one server on
 * 127.0.0.1 that serves the built site and passes /api/v1 to decap-server — the same origin, as the
 * page's Content-Security-Policy wants.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';
import { projectRoot } from '../../helpers.ts';

export interface EditorServer {
	/** Origin of the site with the backend, e.g. http://127.0.0.1:41234 */
	url: string;
	/** The repository copy the editor writes into. */
	repo: string;
	close(): Promise<void>;
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return port;
}

async function waitForBackend(port: number, child: ChildProcess): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (child.exitCode !== null) throw new Error(`decap-server stopped (${child.exitCode})`);
		const answered = await fetch(`http://127.0.0.1:${port}/api/v1`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ action: 'info' }),
		}).then(
			(response) => response.ok,
			() => false,
		);
		if (answered) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('decap-server did not answer');
}

export async function startEditorServer(siteDir: string): Promise<EditorServer> {
	const repo = await mkdtemp(join(tmpdir(), 'ska-editor-repo-'));
	await cp(join(projectRoot, 'content'), join(repo, 'content'), { recursive: true });
	const port = await freePort();
	const backend = spawn(
		process.execPath,
		[join(projectRoot, 'node_modules/decap-server/dist/index.js')],
		{
			env: {
				...process.env,
				PORT: String(port),
				BIND_HOST: '127.0.0.1',
				GIT_REPO_DIRECTORY: repo,
				MODE: 'fs',
				LOG_LEVEL: 'error',
			},
			stdio: 'ignore',
		},
	);
	let site: StaticServer | undefined;
	let front: Server | undefined;
	const close = async () => {
		backend.kill();
		front?.closeAllConnections();
		await new Promise<void>((resolve) => (front ? front.close(() => resolve()) : resolve()));
		await site?.close();
		await rm(repo, { recursive: true, force: true });
	};
	try {
		await waitForBackend(port, backend);
		site = await startStaticServer(siteDir);
		const siteUrl = new URL(site.url);
		front = createServer((incoming, outgoing) => {
			const toBackend = (incoming.url ?? '').startsWith('/api/v1');
			const forwarded = httpRequest(
				{
					host: '127.0.0.1',
					port: toBackend ? port : Number(siteUrl.port),
					path: incoming.url,
					method: incoming.method,
					headers: incoming.headers,
				},
				(answer) => {
					outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(outgoing);
				},
			);
			forwarded.on('error', () => outgoing.writeHead(502).end());
			incoming.pipe(forwarded);
		});
		await new Promise<void>((resolve) => front!.listen(0, '127.0.0.1', resolve));
		const { port: frontPort } = front.address() as AddressInfo;
		return { url: `http://127.0.0.1:${frontPort}`, repo, close };
	} catch (error) {
		await close();
		throw error;
	}
}
