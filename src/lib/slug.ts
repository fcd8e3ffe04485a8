/** URL fragment for an Estonian label: "rakenduslik kõrgharidus" → "rakenduslik-korgharidus". */
export function slug(text: string): string {
	return text
		.toLocaleLowerCase('et')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
