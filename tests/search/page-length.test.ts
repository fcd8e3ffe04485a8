/**
 * The search page's Pagefind ranking option (search-loaders.ts `PAGEFIND_OPTIONS`): a full description whose
 * duties are about a word ranks above a stub that only mentions it, which Pagefind's default favours for being
 * short. Builds a real index (a few seconds).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { PAGEFIND_OPTIONS } from '../../src/lib/search/search-loaders.ts';
import { buildIndex, closePagefind, openSearch, type TestPage } from './support/pagefind-node.ts';

afterAll(closePagefind);

const duties = [
	'Regulaarselt järelevalve teostamine.',
	'Järelevalvealase aruandluse ja analüüsi koostamine.',
	'Selgituste jagamine oma valdkonda puudutavates küsimustes.',
	'Osalemine kvaliteedimeetmete väljatöötamisel ja nende rakendamisel.',
	'Vajalike päringute teostamine ja andmete kontrollimine.',
	'Järelevalve teostamiseks vajaliku informatsiooni küsimine.',
	'Koostöö teiste osakondadega ja organisatsioonidega oma pädevusvaldkonnas.',
	'Osalemine talituse arengustrateegiate ja aastaplaanide väljatöötamisel.',
];
const pages: TestPage[] = [
	{
		url: '/ametikohad/noukogu-liige/',
		title: 'Talituse nõunik',
		body: 'Ametijuhend. Talituse nõunik. Õiguse ja järelevalve osakond. Kirjeldus on lisamata.',
	},
	{
		url: '/ametikohad/kvaliteedi-peaspetsialist/',
		title: 'Kvaliteedi peaspetsialist',
		// A description of several hundred words, as a full one has.
		body: [
			...duties,
			...Array.from({ length: 6 }, () =>
				duties.filter((duty) => !/järelevalve/iu.test(duty)),
			).flat(),
		].join(' '),
	},
];

describe('the search page ranks a full description above a stub that mentions the word', () => {
	test('with its options, not with Pagefind’s default', async () => {
		const bundle = await buildIndex(pages);
		const ours = await openSearch(bundle, PAGEFIND_OPTIONS);
		const ranked = await ours.search('järelevalve');
		ours.close();
		const plain = await openSearch(bundle);
		const byDefault = await plain.search('järelevalve');
		plain.close();
		expect(byDefault[0]).toBe('/ametikohad/noukogu-liige/');
		expect(ranked[0]).toBe('/ametikohad/kvaliteedi-peaspetsialist/');
	});
});
