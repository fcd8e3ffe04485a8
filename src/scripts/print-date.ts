/**
 * The print date in a position's printout (PrintHeader.astro): today's date, written when the page
 * opens and again before printing, in case the page stayed open past midnight.
 */
function writePrintDate(): void {
	const today = new Date().toLocaleDateString('et-EE', {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
	});
	for (const element of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
		element.textContent = today;
		element.parentElement?.removeAttribute('hidden');
	}
}
writePrintDate();
window.addEventListener('beforeprint', writePrintDate);
