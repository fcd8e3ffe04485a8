/**
 * Ctrl+K / Cmd+K moves focus to the header search field. The only script on content pages: a few
 * hundred bytes; the search code itself loads only on the search page.
 */
document.addEventListener('keydown', (event) => {
	if (
		event.key.toLowerCase() !== 'k' ||
		!(event.ctrlKey || event.metaKey) ||
		event.altKey ||
		event.shiftKey
	)
		return;
	const field = document.querySelector<HTMLInputElement>('#site-search');
	if (!field) return;
	event.preventDefault();
	field.focus();
	field.select();
});
