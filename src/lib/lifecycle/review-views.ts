/** The two server-rendered orderings of the review dashboard. */
export const REVIEW_VIEWS = [
	{ href: '/ulevaatus/', label: 'üksuste kaupa' },
	{ href: '/ulevaatus/koik/', label: 'kõik ühes tabelis tähtaja järgi' },
];
