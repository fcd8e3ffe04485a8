/**
 * The editor in the Astro build: Decap CMS's files copied from node_modules into /toimeta/decap/ (the
 * site serves them itself, no CDN), served from there by the dev server too, and the browser bundle
 * of the parser without Sätteri's native binding. With SKA_EDITOR=0 none of this happens and the page
 * is not built (src/pages/toimeta/[...toimeti].astro).
 */
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { editorSettings } from './settings.ts';

/** Where the CMS's files are served, relative to the site root. */
export const DECAP_PATH = '/toimeta/decap/';

/** The bundle, its chunks and WebAssembly; not the source maps (25 MB each) or the duplicate cms.js. */
export const isDecapAsset = (name: string) =>
	/^(?:\d+\.)?decap-cms\.js$/u.test(name) ||
	name.endsWith('.wasm') ||
	name === 'decap-cms.js.LICENSE.txt';

function decapDist(root: URL): string {
	return dirname(createRequire(fileURLToPath(root)).resolve('decap-cms'));
}

/** parse-body.ts imports Sätteri; the editor's browser bundle passes remark-parse instead. */
function satteriOutOfTheBrowser(): Plugin {
	const id = '\0satteri-browser';
	return {
		name: 'ska-editor-satteri-browser',
		enforce: 'pre',
		resolveId(source, _importer, options) {
			const client = this.environment
				? this.environment.config.consumer === 'client'
				: !options?.ssr;
			return source === 'satteri' && client ? id : undefined;
		},
		load(loaded) {
			return loaded === id
				? 'export function markdownToMdast() { throw new Error("Sätteri ei tööta brauseris: anna parserile remark-parse."); }'
				: undefined;
		},
	};
}

export function editorIntegration(): AstroIntegration {
	const settings = editorSettings();
	let root: URL;
	return {
		name: 'ska-editor',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				root = config.root;
				// Always: Astro bundles the page's script even when the page itself is not built.
				updateConfig({ vite: { plugins: [satteriOutOfTheBrowser()] } });
				if (!settings.enabled) return;
				// `npm run dev` with `npx decap-server` (port 8081) beside it: the page asks its own /api/v1.
				updateConfig({
					vite: { server: { proxy: { '/api/v1': 'http://localhost:8081' } } },
				});
			},
			'astro:server:setup': ({ server }) => {
				if (!settings.enabled) return;
				const dist = decapDist(root);
				server.middlewares.use((request, response, next) => {
					const path = new URL(request.url ?? '/', 'http://localhost').pathname;
					const name = path.startsWith(DECAP_PATH) ? path.slice(DECAP_PATH.length) : '';
					if (!isDecapAsset(name)) return next();
					response.setHeader(
						'content-type',
						name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript',
					);
					createReadStream(join(dist, name)).pipe(response);
				});
			},
			'astro:build:done': async ({ dir }) => {
				if (!settings.enabled) return;
				const dist = decapDist(root);
				const target = join(fileURLToPath(dir), DECAP_PATH);
				await mkdir(target, { recursive: true });
				for (const name of (await readdir(dist)).filter(isDecapAsset))
					await copyFile(join(dist, name), join(target, name));
			},
		},
	};
}
