/**
 * The editor's build settings (environment variables) and the Content-Security-Policy of its page.
 *
 *   SKA_EDITOR=0             no editor: no /toimeta/ page and no CMS files in the build
 *   SKA_EDITOR_BACKEND       github (default), gitlab, gitea, forgejo or bitbucket
 *   SKA_EDITOR_REPO          the repository, e.g. "ska/ametijuhendid"
 *   SKA_EDITOR_BRANCH        the branch pull requests go to (default main)
 *   SKA_EDITOR_API_ROOT      the git host's API on a self-hosted host, e.g. https://git.ska.sisevork/api/v4
 *   SKA_EDITOR_BASE_URL      the OAuth server that signs HR in (GitHub, Gitea, Bitbucket)
 *   SKA_EDITOR_APP_ID        the OAuth application id (GitLab with PKCE, Gitea/Forgejo)
 */
export interface EditorSettings {
	enabled: boolean;
	/** Decap's `backend` section. */
	backend: Record<string, unknown>;
	/** Origins the page talks to besides its own: the git host's API and the OAuth server. */
	origins: string[];
}

const DEFAULT_API: Readonly<Record<string, string>> = {
	github: 'https://api.github.com',
	gitlab: 'https://gitlab.com',
	bitbucket: 'https://api.bitbucket.org',
};

function originOf(url: string | undefined): string[] {
	if (!url) return [];
	try {
		return [new URL(url).origin];
	} catch {
		throw new Error(`editori seadistuses on vigane aadress: "${url}"`);
	}
}

/** Whether the build has the editor (SKA_EDITOR is not "0"): what every position page's edit link asks. */
export const editorEnabled = (env: Record<string, string | undefined> = process.env): boolean =>
	env.SKA_EDITOR?.trim() !== '0';

export function editorSettings(
	env: Record<string, string | undefined> = process.env,
): EditorSettings {
	const value = (name: string) => env[name]?.trim() || undefined;
	const name = value('SKA_EDITOR_BACKEND') ?? 'github';
	const apiRoot = value('SKA_EDITOR_API_ROOT');
	const baseUrl = value('SKA_EDITOR_BASE_URL');
	const appId = value('SKA_EDITOR_APP_ID');
	const repo = value('SKA_EDITOR_REPO');
	const backend: Record<string, unknown> = {
		name,
		branch: value('SKA_EDITOR_BRANCH') ?? 'main',
		...(repo ? { repo } : {}),
		...(apiRoot ? { api_root: apiRoot } : {}),
		...(baseUrl ? { base_url: baseUrl } : {}),
		...(appId ? { app_id: appId, auth_type: name === 'gitlab' ? 'pkce' : undefined } : {}),
		// The pull request's title and commit messages in Estonian.
		commit_messages: {
			update: 'Muuda ametijuhendit: {{slug}}',
			create: 'Lisa ametijuhend: {{slug}}',
			delete: 'Kustuta ametijuhend: {{slug}}',
			uploadMedia: 'Lisa fail: {{path}}',
			deleteMedia: 'Kustuta fail: {{path}}',
			openAuthoring: '{{message}}',
		},
	};
	return {
		enabled: editorEnabled(env),
		backend: JSON.parse(JSON.stringify(backend)) as Record<string, unknown>,
		origins: [...new Set([...originOf(apiRoot ?? DEFAULT_API[name]), ...originOf(baseUrl)])],
	};
}

/**
 * The editor page's policy: the site's own, relaxed only as far as Decap CMS needs. Decap validates
 * its configuration with ajv, which compiles each JSON schema with `new Function` ('unsafe-eval';
 * seen as "Evaluating a string as JavaScript violates …" when it is missing); its components are
 * styled by emotion, which writes <style> elements at run time ('unsafe-inline' styles); its scripts
 * come from the site; it reads and writes through the git host's API (connect-src); user avatars come
 * from the git host (img-src https:). Still no inline script and no other origin's script.
 */
export function editorCsp(settings: EditorSettings): string {
	const remote = settings.origins.join(' ');
	return [
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob: https:",
		`connect-src 'self'${remote ? ` ${remote}` : ''}`,
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
	].join('; ');
}
