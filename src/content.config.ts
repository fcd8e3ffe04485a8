import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content/astro-loader.ts';

export const collections = {
	positions: defineCollection({ loader: contentLoader('positions') }),
	units: defineCollection({ loader: contentLoader('units') }),
	competencies: defineCollection({ loader: contentLoader('competencies') }),
};
