/** Estonian field descriptions of the open data files, for the /andmed/ page (docs/open-data.md has the same in English). */

export interface FieldDoc {
	field: string;
	type: string;
	description: string;
}

export interface FileDoc {
	path: string;
	title: string;
	description: string;
	fields: FieldDoc[];
}

const HEADER: FieldDoc[] = [
	{
		field: 'schemaVersion',
		type: 'täisarv',
		description:
			'Andmekuju versioon, praegu 1. Tõuseb, kui mõni väli nimetatakse ümber, eemaldatakse või muudab tähendust; uue välja lisamine versiooni ei muuda.',
	},
	{ field: 'generated', type: 'kuupäev', description: 'Saidi ehitamise kuupäev (AAAA-KK-PP).' },
];

export const OPEN_DATA_FILES: FileDoc[] = [
	{
		path: '/andmed/positions.json',
		title: 'Ametikohad',
		description:
			'Kõik ametikohad koos ametijuhendi sisuga, tunnuse järgi sorditult (väli positions).',
		fields: [
			...HEADER,
			{
				field: 'positions[].id',
				type: 'tunnus',
				description:
					'Ametikoha püsiv tunnus (faili nimi). Ei muutu, kui ametinimetus või üksus muutub.',
			},
			{ field: 'title', type: 'tekst', description: 'Ametinimetus koos täpsustusega.' },
			{
				field: 'url',
				type: 'tekst',
				description: 'Ametikoha lehe aadress saidil, nt /ametikohad/haldusjuht/.',
			},
			{ field: 'unit', type: 'tunnus', description: 'Struktuuriüksus (units.json).' },
			{ field: 'manager', type: 'tunnus või null', description: 'Vahetu juhi ametikoht.' },
			{ field: 'status', type: 'tekst', description: 'kehtiv, eelnõu või kehtetu.' },
			{
				field: 'group',
				type: 'tekst või null',
				description: 'ametnik või töötaja, kui dokumendis on see kirjas.',
			},
			{
				field: 'stub',
				type: 'tõeväärtus',
				description:
					'true, kui ametijuhendit pole veel lisatud (ainult nimetus, üksus ja seosed).',
			},
			{
				field: 'purpose, specialConditions',
				type: 'tekst või null',
				description: 'Ametikoha eesmärk; eritingimused.',
			},
			{
				field: 'substitutedBy, substitutes',
				type: 'tunnuste loend',
				description:
					'Kes asendab; keda asendab. Ametikoha oma tunnus tähendab „teine sama ametikoha teenistuja“.',
			},
			{
				field: 'duties[]',
				type: 'loend',
				description:
					'Tööülesanded dokumendi järjekorras: number (nt "3.1.2"), depth (1 = 3.1, 2 = 3.1.1), text (lõigud), results (oodatavad tulemused).',
			},
			{
				field: 'rights, responsibilities',
				type: 'objekt',
				description:
					'Õigused ja vastutus: lead (sissejuhatav lause või null) ja items (punktid).',
			},
			{
				field: 'tools, revisionPolicy',
				type: 'tekstide loend',
				description: 'Töövahendite lõigud; ametijuhendi muutmise kord.',
			},
			{
				field: 'requirements',
				type: 'objekt',
				description:
					'Nõuded: education {level, recommended (true = dokument ainult soovitab), recommendedLevel (soovitatav kõrgem tase või null), text}, experience {years, recommended, text}, languages {items [{language, level, preferred}], text}, computerSkills, knowledge, personalQualities, additional (lisanõuded). Puuduv nõue on null.',
			},
			{
				field: 'competencies[]',
				type: 'loend',
				description:
					'Kompetentsid: id (competencies.json), group (core = tööks vajalik, additional = täiendav), label (nimetus dokumendi sõnastuses, võib olla sünonüüm), indicators (käitumisindikaatorid).',
			},
			{
				field: 'competencyNotes',
				type: 'tekstide loend',
				description: 'Kompetentside osa laused, mis ei kirjelda ühtegi kompetentsi.',
			},
			{
				field: 'approval',
				type: 'objekt või null',
				description:
					'Kinnitamine: date, directive (käskkirja number), approverRole (kinnitaja ametinimetus, mitte nimi).',
			},
			{
				field: 'sourceUrl',
				type: 'tekst või null',
				description:
					'Allkirjastatud originaali aadress dokumendiregistris, kui see on teada.',
			},
			{
				field: 'review',
				type: 'objekt',
				description:
					'Ülevaatus: lastReviewed (viimane ülevaatus või null), intervalMonths (intervall kuudes), nextDue (järgmine tähtaeg või null).',
			},
			{
				field: 'lastChanged',
				type: 'kuupäev või null',
				description:
					'Faili viimase muudatuse kuupäev git-ajaloo järgi; null, kui ajalugu pole saadaval.',
			},
		],
	},
	{
		path: '/andmed/competencies.json',
		title: 'Kompetentsid',
		description: 'Kompetentside kataloog (väli competencies).',
		fields: [
			...HEADER,
			{
				field: 'competencies[].id',
				type: 'tunnus',
				description: 'Kompetentsi püsiv tunnus.',
			},
			{ field: 'name', type: 'tekst', description: 'Põhinimetus.' },
			{
				field: 'aliases',
				type: 'tekstide loend',
				description: 'Teised nimetused, mida ametijuhendid kasutavad.',
			},
			{
				field: 'group',
				type: 'tekst',
				description: 'core (tööks vajalik) või additional (täiendav).',
			},
			{ field: 'definition', type: 'tekst', description: 'Lühike määratlus.' },
			{
				field: 'positionCount',
				type: 'täisarv',
				description: 'Mitu ametikohta seda kompetentsi nimetab.',
			},
		],
	},
	{
		path: '/andmed/units.json',
		title: 'Struktuuriüksused',
		description: 'Amet, osakonnad, talitused ja tiimid (väli units).',
		fields: [
			...HEADER,
			{ field: 'units[].id', type: 'tunnus', description: 'Üksuse püsiv tunnus.' },
			{ field: 'name', type: 'tekst', description: 'Ametlik nimetus.' },
			{ field: 'kind', type: 'tekst', description: 'amet, osakond, talitus või tiim.' },
			{
				field: 'parent',
				type: 'tunnus või null',
				description: 'Ülemüksus; ametil endal null.',
			},
			{ field: 'head', type: 'tunnus või null', description: 'Üksuse juhi ametikoht.' },
			{ field: 'url', type: 'tekst', description: 'Üksuse lehe aadress saidil.' },
			{
				field: 'positionCount',
				type: 'täisarv',
				description: 'Ametikohad otse selles üksuses (alamüksusteta).',
			},
		],
	},
	{
		path: '/andmed/positions.csv',
		title: 'Ametikohad (CSV)',
		description:
			'Üks rida iga ametikoha kohta, Excelis avamiseks: nimetus, üksus, juht, staatus ja ülevaatuse kuupäevad. Vorming on sama mis kompetentside CSV-l: eraldaja semikoolon (;), UTF-8 koos BOM-iga, read lõpevad CRLF-iga, esimene rida on päis. Puuduv väärtus on tühi lahter.',
		fields: [
			{ field: 'position_id', type: 'tunnus', description: 'Ametikoha püsiv tunnus.' },
			{ field: 'title', type: 'tekst', description: 'Ametinimetus koos täpsustusega.' },
			{
				field: 'unit_id, unit_name',
				type: 'tunnus, tekst',
				description: 'Struktuuriüksus ja selle nimetus.',
			},
			{
				field: 'department_name',
				type: 'tekst',
				description: 'Osakond, mille all üksus on (ameti enda ametikohtadel tühi).',
			},
			{
				field: 'manager_id, manager_title',
				type: 'tunnus, tekst',
				description: 'Vahetu juhi ametikoht ja selle nimetus.',
			},
			{ field: 'status', type: 'tekst', description: 'kehtiv, eelnõu või kehtetu.' },
			{
				field: 'group',
				type: 'tekst',
				description: 'ametnik või töötaja, kui dokumendis on see kirjas.',
			},
			{
				field: 'stub',
				type: 'jah/ei',
				description: 'jah, kui ametijuhendit pole veel lisatud.',
			},
			{
				field: 'approval_date, directive',
				type: 'kuupäev, tekst',
				description: 'Kinnitamise kuupäev ja käskkirja number.',
			},
			{
				field: 'last_reviewed, next_review_due',
				type: 'kuupäev',
				description: 'Viimane ülevaatus ja järgmise ülevaatuse tähtaeg.',
			},
			{
				field: 'last_changed',
				type: 'kuupäev',
				description: 'Faili viimase muudatuse kuupäev git-ajaloo järgi.',
			},
			{ field: 'url', type: 'tekst', description: 'Ametikoha lehe aadress saidil.' },
		],
	},
	{
		path: '/andmed/positions-competencies.csv',
		title: 'Ametikohad × kompetentsid (CSV)',
		description:
			'Üks rida iga ametikoha ja kompetentsi paari kohta, Excelis avamiseks. Eraldaja on semikoolon (;) nagu eestikeelse Exceli vaikimisi seadistuses, kodeering UTF-8 koos BOM-iga, read lõpevad CRLF-iga, jutumärgid RFC 4180 järgi. Esimene rida on päis.',
		fields: [
			{ field: 'position_id', type: 'tunnus', description: 'Ametikoha tunnus.' },
			{ field: 'position_title', type: 'tekst', description: 'Ametinimetus.' },
			{ field: 'unit_id', type: 'tunnus', description: 'Ametikoha struktuuriüksus.' },
			{
				field: 'competency_id',
				type: 'tunnus',
				description: 'Kompetentsi tunnus (competencies.json).',
			},
			{
				field: 'group',
				type: 'tekst',
				description:
					'core (tööks vajalik) või additional (täiendav) – nii, nagu see ametijuhend kompetentsi liigitab.',
			},
			{
				field: 'label',
				type: 'tekst',
				description: 'Kompetentsi nimetus selle ametijuhendi sõnastuses.',
			},
		],
	},
	{
		path: '/andmed/positions-index.json',
		title: 'Ametikohtade lühiloend',
		description:
			'Väike loend valikute jaoks (võrdluslehe ametikohtade valik): positions[] väljadega id, title, unit ja stub.',
		fields: [],
	},
	{
		path: '/andmed/positions/<id>.json',
		title: 'Üks ametikoht',
		description:
			'Üks ametikoht eraldi failina: schemaVersion, generated ja position, mille kuju on sama mis positions.json loendi elemendil.',
		fields: [],
	},
];
