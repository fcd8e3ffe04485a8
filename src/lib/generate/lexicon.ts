/**
 * Names the five real job descriptions cannot supply in quantity: departments, divisions, regions
 * and job titles of an agency like SKA. Everything else (duties, results, rights, requirements,
 * competency indicators) comes from the real content.
 */

export interface DepartmentName {
	name: string;
	/**
	 * Division names; a team takes the same name with "tiim" for "talitus" ("Pensionide määramise
	 * tiim").
	 */
	stems: readonly string[];
	/**
	 * Qualifiers for specialist titles in this department ("pensionid" → "Peaspetsialist
	 * (pensionid)").
	 */
	topics: readonly string[];
}

export const DEPARTMENTS: readonly DepartmentName[] = [
	{
		name: 'Teenuste osakond',
		stems: [
			'Ekspertiisitalitus',
			'Töövõime hindamise talitus',
			'Teenuste korraldamise talitus',
			'Sotsiaalteenuste talitus',
		],
		topics: ['ekspertiis', 'teenuste kvaliteet', 'töövõime'],
	},
	{
		name: 'Arendusosakond',
		stems: [
			'Arendustalitus',
			'Rakendustoe talitus',
			'Teenuste arenduse talitus',
			'Analüüsi talitus',
		],
		topics: ['kasutaja tugi', 'arendus', 'testimine', 'analüüs'],
	},
	{
		name: 'Finants- ja haldusosakond',
		stems: ['Raamatupidamise talitus', 'Eelarve talitus', 'Hangete talitus', 'Halduse talitus'],
		topics: ['hanked', 'eelarve', 'raamatupidamine', 'haldus'],
	},
	{
		name: 'Ohvriabi osakond',
		stems: [
			'Ohvriabiteenuste talitus',
			'Lepitusteenuse talitus',
			'Ohvriabiteenuste tugitalitus',
			'Kriisitöö talitus',
		],
		topics: ['ohvriabi', 'kvaliteet ja seire', 'lepitus'],
	},
	{
		name: 'Õiguse ja järelevalve osakond',
		stems: [
			'Järelevalve talitus',
			'Õigusnõustamise talitus',
			'Vaidluste lahendamise talitus',
			'Sissenõudmise talitus',
		],
		topics: ['järelevalve', 'õigusnõustamine', 'vaided', 'sissenõudmine'],
	},
	{
		name: 'Infosüsteemide osakond',
		stems: [
			'Infosüsteemide talitus',
			'Andmehalduse talitus',
			'Infoturbe talitus',
			'Kasutajatoe talitus',
		],
		topics: ['infosüsteemid', 'andmekaitse', 'infoturve'],
	},
	{
		name: 'Pensioniosakond',
		stems: [
			'Pensionide määramise talitus',
			'Pensionide maksmise talitus',
			'Välismaksete talitus',
			'Kogumispensionide talitus',
		],
		topics: ['pensionid', 'välismaksed', 'toetuste maksmine'],
	},
	{
		name: 'Hüvitiste osakond',
		stems: [
			'Peretoetuste talitus',
			'Elatisabi talitus',
			'Matusetoetuste talitus',
			'Toimetulekutoetuste talitus',
		],
		topics: ['peretoetused', 'elatisabi', 'hüvitised'],
	},
	{
		name: 'Puuetega inimeste osakond',
		stems: [
			'Puuetega inimeste toetuste talitus',
			'Puude raskusastme tuvastamise talitus',
			'Abivahendite talitus',
		],
		topics: ['puuetega inimeste toetused', 'abivahendid'],
	},
	{
		name: 'Lastekaitse osakond',
		stems: [
			'Lastekaitse talitus',
			'Asendushoolduse talitus',
			'Lapsendamise talitus',
			'Perede toetamise talitus',
		],
		topics: ['lastekaitse', 'asendushooldus', 'lapsendamine'],
	},
	{
		name: 'Rehabilitatsiooni osakond',
		stems: [
			'Rehabilitatsiooni talitus',
			'Sotsiaalse rehabilitatsiooni talitus',
			'Tööalase rehabilitatsiooni talitus',
		],
		topics: ['rehabilitatsioon', 'teenuste kvaliteet'],
	},
	{
		name: 'Erihoolekande osakond',
		stems: ['Erihoolekande talitus', 'Hoolekandeteenuste talitus', 'Koduteenuste talitus'],
		topics: ['erihoolekanne', 'hoolekanne'],
	},
	{
		name: 'Klienditeeninduse osakond',
		stems: [
			'Klienditeeninduse talitus',
			'Nõustamise talitus',
			'Kontaktkeskuse talitus',
			'Dokumendihalduse talitus',
		],
		topics: ['klienditeenindus', 'nõustamine', 'dokumendihaldus'],
	},
	{
		name: 'Personali- ja kommunikatsiooniosakond',
		stems: [
			'Personali talitus',
			'Koolituse talitus',
			'Kommunikatsiooni talitus',
			'Sisekommunikatsiooni talitus',
		],
		topics: ['personal', 'kommunikatsioon', 'koolitus'],
	},
	{
		name: 'Analüüsi- ja strateegiaosakond',
		stems: [
			'Statistika talitus',
			'Strateegia talitus',
			'Kvaliteedi talitus',
			'Välissuhete talitus',
		],
		topics: ['statistika', 'strateegia', 'kvaliteet', 'välissuhted'],
	},
];

/** Regions, for divisions that repeat across the country ("Tartu pensionide määramise talitus"). */
export const REGIONS: readonly string[] = [
	'Harju',
	'Tartu',
	'Pärnu',
	'Ida-Viru',
	'Lääne-Viru',
	'Viljandi',
	'Võru',
	'Saare',
	'Jõgeva',
	'Järva',
	'Põlva',
	'Valga',
	'Rapla',
	'Hiiu',
	'Lääne',
];

export const AGENCY_NAME = 'Sotsiaalkindlustusamet';

export const HEAD_TITLES = {
	amet: 'Peadirektor',
	osakond: 'Osakonnajuhataja',
	talitus: 'Talitusejuhataja',
	tiim: 'Tiimijuht',
} as const;

/** Staff of the agency itself, beside the director general. */
export const AGENCY_STAFF: readonly string[] = [
	'Peadirektori asetäitja',
	'Peadirektori nõunik',
	'Siseaudiitor',
	'Andmekaitsespetsialist',
	'Riskijuht',
];
/** Staff sitting in a department itself rather than in one of its divisions. */
export const DEPARTMENT_STAFF: readonly string[] = [
	'Nõunik',
	'Arendusjuht',
	'Projektijuht',
	'Analüütik',
	'Assistent',
];
/** Specialist titles with rough frequencies. */
export const SPECIALIST_TITLES: readonly string[] = [
	'Peaspetsialist',
	'Juhtivspetsialist',
	'Spetsialist',
	'Vanemspetsialist',
	'Ekspert',
	'Konsultant',
	'Jurist',
	'Klienditeenindaja',
	'Juhtumikorraldaja',
	'Menetleja',
	'Nõustaja',
	'Analüütik',
	'Koordinaator',
	'Referent',
];
export const SPECIALIST_WEIGHTS: readonly number[] = [10, 6, 8, 4, 3, 2, 2, 4, 3, 3, 2, 2, 2, 1];

/** Generic qualifiers used in any department. */
export const GENERIC_TOPICS: readonly string[] = [
	'kvaliteet ja seire',
	'kasutaja tugi',
	'menetlus',
	'andmete analüüs',
	'koostöö',
	'juhendamine',
	'aruandlus',
];

/** Fields of study for education wording ("infotehnoloogia alane"). */
export const STUDY_FIELDS: readonly string[] = [
	'sotsiaaltöö',
	'õigus',
	'majandus',
	'infotehnoloogia',
	'avaliku halduse',
	'psühholoogia',
	'tervishoiu',
	'sotsiaalteaduste',
	'haldus',
];

/** Optional phrases appended to duty texts so that recombined duties are not verbatim copies. */
export const DUTY_SCOPES: readonly string[] = [
	'oma pädevusvaldkonna piires',
	'koostöös teiste struktuuriüksustega',
	'vastavalt kehtivatele õigusaktidele',
	'vastavalt vahetu juhi korraldusele',
	'talituse tööplaani alusel',
	'ameti siseveebis kokkulepitud korras',
];
