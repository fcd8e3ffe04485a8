/**
 * Required or recommended: a requirement is only recommended when the document's wording opens with
 * "soovitatavalt", "soovituslikult", "eelistatult" or their variants ("Soovitatavalt 3-aastane
 * töökogemus"). A recommendation inside a required one ("Rakenduslik kõrgharidus, soovitatavalt
 * infotehnoloogia alane") leaves the requirement required. The importer sets the frontmatter's
 * `recommended` by this rule and a test holds the content to it.
 */
export const RECOMMENDATION_WORDS = ['soovitatavalt', 'soovitavalt', 'soovituslikult', 'eelistatult', 'eelistatavalt'] as const;

const OPENS_WITH_RECOMMENDATION = new RegExp(`^(?:${RECOMMENDATION_WORDS.join('|')})(?![\\p{L}\\d])`, 'u');

/** Whether a wording (a whole requirement or one of its sentences) opens as a recommendation. */
export function isRecommendedWording(text: string): boolean {
	return OPENS_WITH_RECOMMENDATION.test(text.trim().toLocaleLowerCase('et'));
}

/** The sentences of a wording after its first that open as recommendations ("… bakalaureusekraad. Soovitavalt magistrikraad."). */
export function recommendedSentences(text: string): string[] {
	const sentences = text
		.split(/(?<=[.!?])\s+/u)
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '');
	return sentences.slice(1).filter(isRecommendedWording);
}
