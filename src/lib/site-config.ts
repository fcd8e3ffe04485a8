/**
 * Build-time settings, from environment variables so a deployment can set them without code changes.
 * HISTORY_BASE_URL: where a file's history lives on the git host, e.g.
 *   https://github.com/ska/ametijuhendid/commits/main/   (the file path is appended)
 * Unset, pages simply show no history link.
 */
export const historyBaseUrl: string | undefined = process.env.HISTORY_BASE_URL?.trim() || undefined;

/** Where to open a file's change history, or undefined when no git host is configured. */
export function historyUrl(filePath: string): string | undefined {
	if (historyBaseUrl === undefined) return undefined;
	return historyBaseUrl.endsWith('/')
		? historyBaseUrl + filePath
		: `${historyBaseUrl}/${filePath}`;
}

/**
 * EDIT_BASE_URL: where a file opens in the git host's web editor, e.g.
 *   https://github.com/ska/ametijuhendid/edit/main/   (the file path is appended)
 * like Starlight's editLink.baseUrl. Unset, pages show no edit link.
 */
export const editBaseUrl: string | undefined = process.env.EDIT_BASE_URL?.trim() || undefined;

/** Where to edit a content file in the git host's web editor, or undefined when none is configured. */
export function editUrl(
	filePath: string,
	baseUrl: string | undefined = editBaseUrl,
): string | undefined {
	if (baseUrl === undefined) return undefined;
	const path = filePath.split('/').map(encodeURIComponent).join('/');
	return baseUrl.endsWith('/') ? baseUrl + path : `${baseUrl}/${path}`;
}

/** The build's "today" (YYYY-MM-DD, Tallinn time) for review-due marks; BUILD_DATE overrides it for reproducible builds. */
export const buildDate: string =
	process.env.BUILD_DATE?.trim() ||
	new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Tallinn' });
