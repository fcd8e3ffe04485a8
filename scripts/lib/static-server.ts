/**
 * A minimal static file server for the built site, close to how the intranet serves it:
 * `/x/` → `x/index.html`, `/x` → redirect to `/x/`, unknown paths → `404.html` with status 404, no directory listings.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** Maps a URL path to a file inside `root`, or undefined when there is none. */
export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
	let decoded: string;
	try {
		decoded = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root + sep)) return undefined; // no escaping the site root
	if (decoded.endsWith('/'))
		return (await isFile(join(path, 'index.html'))) ? join(path, 'index.html') : undefined;
	if (await isFile(path)) return path;
	return undefined;
}

export interface StaticServer {
	url: string;
	server: Server;
	close(): Promise<void>;
}

/** What the README's nginx configuration compresses (nginx always compresses HTML when gzip is on). */
const COMPRESSIBLE = new Set([
	'.html',
	'.css',
	'.js',
	'.mjs',
	'.json',
	'.svg',
	'.wasm',
	'.xml',
	'.csv',
	'.txt',
]);

/**
 * Listens on 127.0.0.1 with a free port; files are looked up on each request so `root` may fill later.
 * With `gzip`, files that nginx would compress (README, "Deployment") are sent gzip-encoded to clients that
 * accept it, from 1 KiB up, as there.
 */
export async function startStaticServer(
	root: string,
	{ gzip = false }: { gzip?: boolean } = {},
): Promise<StaticServer> {
	const serve = async (request: IncomingMessage, response: ServerResponse) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		let file = await resolveFile(root, pathname);
		let status = 200;
		if (!file && !pathname.endsWith('/') && (await resolveFile(root, `${pathname}/`))) {
			// Like nginx and most static hosts: a directory without its slash redirects.
			response.writeHead(301, { location: `${pathname}/` }).end();
			return;
		}
		if (!file) {
			status = 404;
			file = await resolveFile(root, '/404.html');
		}
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405).end();
			return;
		}
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
			return;
		}
		const compress =
			gzip &&
			COMPRESSIBLE.has(extname(file)) &&
			/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) &&
			(await stat(file)).size >= 1024;
		response.writeHead(status, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
			...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
		});
		if (request.method === 'HEAD') response.end();
		else if (compress) createReadStream(file).pipe(createGzip()).pipe(response);
		else createReadStream(file).pipe(response);
	};
	// node:http ignores what a listener returns; a rejection stays unhandled, as it did with an async listener.
	const server = createServer((request, response) => void serve(request, response));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		server,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
