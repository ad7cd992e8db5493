/** The 2013 meeting as the console test plays it: its ids and titles, and the 20 organizations the PGA office imports. */

export const MEETING = 'trafficking-2013';
export const TITLE = 'High-level Meeting on the Appraisal of the Global Plan of Action to Combat Trafficking in Persons';
export const ECOSOC = 'ecosoc-ngos';
export const ECOSOC_TITLE = 'Organizations in consultative status with ECOSOC';
export const LIST = 'other-organizations';
export const LIST_TITLE = 'Other relevant organizations';
export const BATCH_PAGE = `/meetings/${MEETING}/lists/${LIST}/batches/1`;
export const OBJECTED = 'Angel Coalition';
export const WITHDRAWN = 'Coalition Against Trafficking in Women';
export const PANEL = 'Interactive panel discussion 1';

/** Organizations working against trafficking in persons, from the five regional groups. */
export const ORGANIZATIONS: [string, string][] = [
  ['Polaris Project', 'USA'],
  ['La Strada International', 'NLD'],
  ['Anti-Slavery International', 'GBR'],
  ['Walk Free Foundation', 'AUS'],
  [WITHDRAWN, 'USA'],
  ['Shakti Vahini', 'IND'],
  ['Prajwala', 'IND'],
  ['Visayan Forum Foundation', 'PHL'],
  ['Foundation for Women', 'THA'],
  ['Caritas Lebanon Migrant Center', 'LBN'],
  ['HAART Kenya', 'KEN'],
  ['Women Trafficking and Child Labour Eradication Foundation', 'NGA'],
  ['Molo Songololo', 'ZAF'],
  ['Fundación María de los Ángeles', 'ARG'],
  ['Casa Alianza', 'HND'],
  ['Repórter Brasil', 'BRA'],
  ['Fundacja La Strada', 'POL'],
  [OBJECTED, 'RUS'],
  ['Terre des hommes Moldova', 'MDA'],
  ['Centre for Women Studies and Intervention', 'ROU'],
];

export const organizationsCsv = () =>
  Buffer.from(
    [
      'name,country,category,ecosocStatus,website,contactEmail',
      ...ORGANIZATIONS.map(([name, country]) => `"${name}",${country},ngo,,,`),
    ].join('\r\n'),
  );

/** Tomorrow's date on New York's clock, as a date input takes it. */
export const tomorrowInNewYork = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(new Date(now.getTime() + 24 * 3_600_000));
