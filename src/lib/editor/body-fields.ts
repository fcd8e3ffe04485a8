/**
 * The body of a position as form fields: duties with their expected results, rights and
 * responsibilities with their lead sentence, tools and the revision policy, in the shape of
 * src/lib/editor/form.ts BodyForm.
 */
import type { DecapField } from './config.ts';
import { labelFor } from './labels.ts';

const itemList = (name: string, path: string, hint: string): DecapField => ({
	name,
	label: labelFor(path),
	widget: 'list',
	hint,
	required: false,
	field: { name: 'item', label: labelFor(path), widget: 'text' },
});

const listSection = (name: 'rights' | 'responsibilities', lead: string): DecapField => ({
	name,
	label: labelFor(`body.${name}`),
	widget: 'object',
	required: false,
	fields: [
		{
			name: 'lead',
			label: labelFor('body.lead'),
			widget: 'string',
			required: false,
			hint: `Nt "${lead}"; võib puududa.`,
		},
		itemList('items', 'body.items', 'Iga punkt eraldi real.'),
	],
});

/** The body as lists of items, in the shape of src/lib/editor/form.ts BodyForm. */
export const BODY_FIELD: DecapField = {
	name: 'body',
	label: labelFor('body'),
	widget: 'object',
	required: true,
	fields: [
		{
			name: 'duties',
			label: labelFor('body.duties'),
			widget: 'list',
			required: false,
			collapsed: true,
			summary: '{{fields.number}}. {{fields.text}}',
			hint: 'Iga ülesanne oma numbriga (3.1, 3.1.1 …) ja oodatavate tulemustega.',
			fields: [
				{
					name: 'number',
					label: labelFor('body.duties.number'),
					widget: 'string',
					pattern: ['^\\d+(\\.\\d+)+$', 'number kujul 3.1 või 3.1.1, lõpus punktita'],
				},
				{
					name: 'text',
					label: labelFor('body.duties.text'),
					widget: 'text',
					required: false,
				},
				{
					...itemList('results', 'body.duties.results', 'Iga tulemus eraldi real.'),
					collapsed: false,
				},
			],
		},
		listSection('rights', 'Omab õigust:'),
		listSection('responsibilities', 'Omab vastutust:'),
		itemList('tools', 'body.tools', 'Iga lõik eraldi.'),
		itemList('revisionPolicy', 'body.revisionPolicy', 'Iga punkt eraldi real.'),
	],
};
